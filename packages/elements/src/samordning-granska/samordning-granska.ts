import { compareDatasets, Dataset, formatProblem, loadDataset } from '@samordningskartan/sdk';
import type { DataFilesKind, DataFilesResult } from '@samordningskartan/sdk/interop';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { SkElement } from '../shared/base-element.js';
import { downloadBlob } from '../shared/download.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { groupProblems, type ProblemGroup } from './problem-groups.js';
import { type ReadProgressStage, readFiles } from './read-client.js';
import { type CompareState, renderCompare } from './render-compare.js';
import { renderDrop } from './render-drop.js';
import { renderPreview } from './render-preview.js';
import { renderProblems, renderRow } from './render-problems.js';
import {
  MESSAGES,
  type SamordningGranskaMessageKey,
  type SamordningGranskaStrings,
} from './samordning-granska.messages.js';
import { styles } from './samordning-granska.styles.js';

export type { SamordningGranskaStrings } from './samordning-granska.messages.js';

export interface SamordningGranskaReadDetail {
  kind: DataFilesKind;
  errors: number;
  warnings: number;
  services: number;
  organisations: number;
}
export interface SamordningGranskaDownloadDetail {
  kind: 'json' | 'xlsx';
  filename: string;
}
export interface SamordningGranskaCompareDetail {
  added: number;
  changed: number;
  removed: number;
}

type Phase =
  | { status: 'idle' }
  | { status: 'reading'; files: string; stage: ReadProgressStage }
  | { status: 'failed'; files: string; message: string }
  | { status: 'ready'; files: string; result: DataFilesResult; groups: ProblemGroup[] };

// Above this many insatser the preview waits for a click: the three elements then take seconds to
// draw (measured with 10 000: the map about 6 s, the analysis 3.6 s, the search 1 s of blocked page).
const PREVIEW_AUTO = 2000;

const STAGES: ReadProgressStage[] = ['start', 'unzip', 'tables', 'validate', 'done'];

/**
 * Staff check, preview and publish their data in the browser: choose or drop the workbook, its CSV
 * files, a JSON or an HSDS file; see every problem by sheet, row and column, grouped by what to fix;
 * see the data in the search, the map and the analysis as the site will show it; download the JSON
 * to publish and the workbook back; compare with the file published now. Nothing is uploaded.
 *
 * Registering it (`define.js`) also registers `<insats-sok>`, `<samordning-karta>` and
 * `<samordning-analys>` for the preview.
 *
 * @tag samordning-granska
 * @summary Check, preview and publish a samordningsförbund's data, in the browser.
 *
 * @slot - Nothing is slotted.
 *
 * @csspart drop - The file field and drop zone.
 * @csspart progress - The progress while reading.
 * @csspart summary - The counts after reading.
 * @csspart problems - The grouped problems.
 * @csspart problem-group - One group of problems with the same fix.
 * @csspart problem - One problem.
 * @csspart row - The row of the chosen problem.
 * @csspart preview - The three elements showing the data.
 * @csspart downloads - The download buttons.
 * @csspart compare - The comparison with the published file.
 * @csspart compare-summary - The counts of the comparison.
 * @csspart added - The list of new insatser.
 * @csspart changed - The list of changed insatser.
 * @csspart removed - The list of removed insatser.
 *
 * @cssproperty --sk-color-accent - Links, focus, buttons. Default #1f5f8b.
 * @cssproperty --sk-color-text - Text colour. Default #1b1b1b.
 * @cssproperty --sk-color-background - Background. Default #fff.
 * @cssproperty --sk-color-warning - Error markers. Default an orange mixed with the text colour.
 *
 * @fires {CustomEvent<SamordningGranskaReadDetail>} samordning-granska-read - Files were read, with the counts.
 * @fires {CustomEvent<SamordningGranskaDownloadDetail>} samordning-granska-download - A file was offered for download.
 * @fires {CustomEvent<SamordningGranskaCompareDetail>} samordning-granska-compare - The comparison with the published file is ready.
 */
export class SamordningGranska extends SkElement {
  static override styles = [tokens, sharedStyles, styles];

  static override properties: PropertyDeclarations = {
    association: { type: String, reflect: true },
    published: { type: String, reflect: true },
    _phase: { state: true },
    _selected: { state: true },
    _expanded: { state: true },
    _compare: { state: true },
    _dragging: { state: true },
    _previewShown: { state: true },
  };

  /** Show the preview for this samordningsförbund only (organisation id), as the site does. */
  declare association: string | undefined;
  /** URL of the data file published now, filled into the comparison field. */
  declare published: string | undefined;
  /** Overrides of UI texts, by message key. */
  declare strings: SamordningGranskaStrings | undefined;

  declare _phase: Phase;
  declare _selected: number | undefined;
  declare _expanded: ReadonlySet<string>;
  declare _compare: CompareState;
  declare _dragging: boolean;
  declare _previewShown: boolean;

  private readonly l = new LocalizeController<SamordningGranskaMessageKey>(this, MESSAGES);
  private reading: AbortController | undefined;
  private comparing: AbortController | undefined;

  constructor() {
    super();
    this._phase = { status: 'idle' };
    this._expanded = new Set();
    this._compare = { status: 'idle' };
    this._dragging = false;
    this._previewShown = false;
  }

  /** The result of the last reading, when it succeeded. */
  get result(): DataFilesResult | undefined {
    return this._phase.status === 'ready' ? this._phase.result : undefined;
  }

  /** Reads files (what choosing or dropping does). Resolves when they are read or failed. */
  async read(files: Iterable<File>): Promise<void> {
    const list = [...files];
    if (!list.length) return;
    this.reading?.abort();
    const controller = new AbortController();
    this.reading = controller;
    const names = list.map((f) => f.name).join(', ');
    this._selected = undefined;
    this._expanded = new Set();
    this._compare = { status: 'idle' };
    this._phase = { status: 'reading', files: names, stage: 'start' };
    try {
      const result = await readFiles(
        list,
        (stage) => {
          if (!controller.signal.aborted) this._phase = { status: 'reading', files: names, stage };
        },
        controller.signal,
      );
      if (controller.signal.aborted) return;
      this._previewShown = result.data.services.length <= PREVIEW_AUTO;
      this._phase = {
        status: 'ready',
        files: names,
        result,
        groups: groupProblems(result.problems, result.tables, this.l.lang),
      };
      this.emit('samordning-granska-read', {
        kind: result.kind,
        errors: result.errors,
        warnings: result.warnings,
        services: result.data.services.length,
        organisations: result.data.organisations.length,
      });
    } catch (error) {
      if (controller.signal.aborted) return;
      this._phase = { status: 'failed', files: names, message: (error as Error).message };
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.reading?.abort();
    this.comparing?.abort();
  }

  private t = (key: SamordningGranskaMessageKey, params?: Record<string, string | number>) =>
    this.l.t(key, params);

  private count(prefix: 'services' | 'organisations', n: number): string {
    return this.t(`${prefix}_${n === 0 ? '0' : n === 1 ? '1' : 'n'}`, { count: n });
  }

  private stem(): string {
    const first = this._phase.status === 'ready' ? this._phase.files.split(', ')[0]! : 'data';
    return first.replace(/\.[^.]+$/, '') || 'data';
  }

  private downloadJson(): void {
    const r = this.result;
    if (!r) return;
    const filename = `${this.stem()}.json`;
    const blob = new Blob([`${JSON.stringify(r.file, null, 2)}\n`], { type: 'application/json' });
    downloadBlob(blob, filename, this.renderRoot);
    this.emit('samordning-granska-download', { kind: 'json', filename });
  }

  private async downloadXlsx(): Promise<void> {
    const r = this.result;
    if (!r) return;
    // The writer is loaded on first use only.
    const { datasetToTables, tablesToXlsx } = await import('@samordningskartan/sdk/interop');
    const filename = `${this.stem()}-granskad.xlsx`;
    const bytes = tablesToXlsx(datasetToTables(r.data));
    const blob = new Blob([bytes as BlobPart], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    downloadBlob(blob, filename, this.renderRoot);
    this.emit('samordning-granska-download', { kind: 'xlsx', filename });
  }

  private async compare(url: string): Promise<void> {
    const r = this.result;
    if (!r || !url) return;
    this.comparing?.abort();
    const controller = new AbortController();
    this.comparing = controller;
    this._compare = { status: 'loading' };
    const loaded = await loadDataset([url], { signal: controller.signal }).catch((e: Error) => e);
    if (controller.signal.aborted) return;
    if (loaded instanceof Error) {
      this._compare = { status: 'error', reason: loaded.message };
      return;
    }
    const empty = loaded.dataset.services.length === 0 && loaded.dataset.organisations.length === 0;
    if (loaded.fatal && empty) {
      const first = loaded.problems[0];
      this._compare = { status: 'error', reason: first ? formatProblem(first, this.l.lang) : url };
      return;
    }
    const comparison = compareDatasets(loaded.dataset.data, r.data);
    this._compare = { status: 'ready', comparison };
    this.emit('samordning-granska-compare', {
      added: comparison.services.added.length,
      changed: comparison.services.changed.length,
      removed: comparison.services.removed.length,
    });
  }

  // Built when the preview is first shown (indexing 10 000 insatser takes a moment).
  private datasetCache: { result: DataFilesResult; dataset: Dataset } | undefined;
  private previewDataset(result: DataFilesResult): Dataset {
    if (this.datasetCache?.result !== result)
      this.datasetCache = { result, dataset: new Dataset(result.data) };
    return this.datasetCache.dataset;
  }

  /** `published` as an absolute URL (the field is `type=url`, which needs one). */
  private publishedUrl(): string {
    if (!this.published) return '';
    try {
      return new URL(this.published, document.baseURI).href;
    } catch {
      return this.published;
    }
  }

  private select(index: number | undefined): void {
    this._selected = index;
    if (index === undefined) return;
    // The row view takes focus so keyboard and screen-reader users land on it.
    void this.updateComplete.then(() =>
      (this.renderRoot.querySelector('#row-view') as HTMLElement | null)?.focus(),
    );
  }

  private renderStatus(): TemplateResult | typeof nothing {
    const { t } = this;
    const p = this._phase;
    if (p.status === 'reading')
      return html`<div part="progress" class="sk-loading">
        <p id="progress-label">${t('reading', { files: p.files })}
          ${p.stage === 'start' ? nothing : t(`stage_${p.stage}`)}</p>
        <progress aria-labelledby="progress-label" max=${STAGES.length - 1} value=${STAGES.indexOf(p.stage)}></progress>
      </div>`;
    if (p.status === 'failed')
      return html`<div class="sk-error" part="error">
        <h2>${t('readFailed')}</h2>
        <p>${p.message}</p>
      </div>`;
    if (p.status !== 'ready') return nothing;
    const r = p.result;
    return html`<div part="summary" class="summary">
      <h2>${t('summaryTitle')}</h2>
      <p>
        ${t('summary', {
          files: p.files,
          services: this.count('services', r.data.services.length),
          organisations: this.count('organisations', r.data.organisations.length),
        })}
        ${r.errors || r.warnings ? t('problemCount', { errors: r.errors, warnings: r.warnings }) : t('noProblems')}
      </p>
      ${r.errors ? html`<p class="problem-text">${t('errorsLeftOut')}</p>` : nothing}
    </div>`;
  }

  private renderReady(p: Extract<Phase, { status: 'ready' }>): TemplateResult {
    const { t } = this;
    const problems = {
      t,
      lang: this.l.lang,
      groups: p.groups,
      tables: p.result.tables,
      selected: this._selected,
      expanded: this._expanded,
      select: (i: number | undefined) => this.select(i),
      expand: (key: string) => {
        this._expanded = new Set([...this._expanded, key]);
      },
    };
    return html`${
      p.groups.length
        ? html`<div class="problems-and-row">${renderProblems(problems)} ${renderRow(problems)}</div>`
        : nothing
    }
      <section part="downloads" aria-labelledby="downloads-title">
        <h2 id="downloads-title">${t('downloadTitle')}</h2>
        <div class="downloads">
          <div>
            <button type="button" class="primary" @click=${this.downloadJson}>${t('downloadJson')}</button>
            <p class="hint">${t('downloadJsonHint')}</p>
          </div>
          <div>
            <button type="button" @click=${this.downloadXlsx}>${t('downloadXlsx')}</button>
            <p class="hint">${t('downloadXlsxHint')}</p>
          </div>
        </div>
      </section>
      ${renderCompare({
        t,
        lang: this.l.lang,
        state: this._compare,
        url: this.publishedUrl(),
        submit: (url) => void this.compare(url),
      })}
      <section part="preview" aria-labelledby="preview-title">
        <h2 id="preview-title">${t('previewTitle')}</h2>
${
  this._previewShown
    ? renderPreview(t, this.previewDataset(p.result), this.association || undefined)
    : html`<p>${t('previewLarge', { count: p.result.data.services.length })}</p>
              <button type="button" @click=${() => {
                this._previewShown = true;
              }}>${t('previewShow')}</button>`
}
      </section>`;
  }

  override render(): TemplateResult {
    const p = this._phase;
    return html`<div class="granska">
      <p class="intro">${this.t('intro')}</p>
      ${renderDrop({
        t: this.t,
        dragging: this._dragging,
        setDragging: (on) => {
          this._dragging = on;
        },
        read: (files) => void this.read(files),
      })}
      <div role="status" class="status">${this.renderStatus()}</div>
      ${p.status === 'ready' ? this.renderReady(p) : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'samordning-granska-read': CustomEvent<SamordningGranskaReadDetail>;
    'samordning-granska-download': CustomEvent<SamordningGranskaDownloadDetail>;
    'samordning-granska-compare': CustomEvent<SamordningGranskaCompareDetail>;
  }
}
