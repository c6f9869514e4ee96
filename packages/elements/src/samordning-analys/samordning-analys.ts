import {
  type CollaborationAxis,
  type CoverageRowKind,
  collaborationPair,
  coverageCell,
  Dataset,
  type Lang,
  loadDataset,
  localize,
} from '@samordningskartan/sdk';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { type LoadState, loadSrc, parseSrc } from '../shared/data-source.js';
import { aliasDatasetToData } from '../shared/dataset-alias.js';
import { formatNumber } from '../shared/format.js';
import { resolveLang, translate } from '../shared/messages.js';
import { type Analysis, analyse, COVERAGE_STATUSES, tableModels } from './analysis.js';
import { CellSelection } from './cell-selection.js';
import { renderCollaboration } from './collaboration-section.js';
import type { AnalysisContext, MatrixTable, Selection } from './context.js';
import { renderCoverage } from './coverage-section.js';
import { downloadText } from './download.js';
import { GridNavigation } from './grid-navigation.js';
import { renderKeyFigures } from './key-figures-section.js';
import { nameOf } from './labels.js';
import { type AnalysMessageKey, analysCatalogue } from './samordning-analys.messages.js';
import { analysStyles } from './samordning-analys.styles.js';
import { cellSearchFilters, type FilterableSearch } from './search-link.js';
import { type AnalysTable, type TableModel, tableCsv } from './table-model.js';

/** What `samordning-analys-select` tells: the cell chosen and the insatser behind it. */
export interface SamordningAnalysSelectDetail {
  table: MatrixTable;
  /** Target group id or age band id (coverage), or the first organisation/kind (collaboration). */
  row: string;
  /** Kommun code or förbund id (coverage), or the second organisation/kind (collaboration). */
  column: string;
  /** Ids of the insatser behind the cell. */
  services: string[];
  /** True when the selection went to a connected `<insats-sok>` rather than the element's own list. */
  search: boolean;
}

/**
 * Kartläggning for a samordningsförbund: which target groups lack insatser where (coverage), who
 * collaborates with whom (collaboration) and the key figures from budgets and funding. Every matrix is
 * a real table with numbers and colour, its cells open the insatser behind them, and each table
 * downloads as CSV.
 *
 * @tag samordning-analys
 * @summary Coverage gaps, collaboration matrix and key figures of one förbund or all in a dataset.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The main heading.
 * @csspart table - Each table.
 * @csspart cell - A matrix cell's button.
 * @csspart details - The panel listing the insatser behind a cell.
 *
 * @cssproperty --sk-color-accent - Shared accent colour read by all three elements.
 * @cssproperty --sk-color-text - Shared text colour.
 * @cssproperty --sk-color-background - Shared background colour.
 * @cssproperty --sk-color-border - Shared border colour.
 * @cssproperty --sk-font-family - Shared font family (default: the page's font).
 * @cssproperty --samordning-analys-accent - Focus ring, buttons and panel edge (default #1d4f85).
 * @cssproperty --samordning-analys-level-1 - Background of cells with the fewest insatser.
 * @cssproperty --samordning-analys-level-2 - Background of the second level.
 * @cssproperty --samordning-analys-level-3 - Background of the third level (text turns white).
 * @cssproperty --samordning-analys-level-4 - Background of cells with the most insatser.
 * @cssproperty --samordning-analys-gap - Stripe colour of gaps (cells with 0).
 * @cssproperty --samordning-analys-border - Table borders.
 * @cssproperty --samordning-analys-color - Text colour.
 * @cssproperty --samordning-analys-background - Background.
 * @cssproperty --samordning-analys-font - Font family.
 *
 * @fires samordning-analys-select - A matrix cell was chosen; `detail` is a `SamordningAnalysSelectDetail`.
 *   Cancel it (`preventDefault()`) to handle the selection yourself.
 */
export class SamordningAnalys extends LitElement {
  static override styles = analysStyles;

  static override properties = {
    src: { type: String, reflect: true },
    lang: { type: String, reflect: true },
    association: { type: String, reflect: true },
    for: { type: String, reflect: true },
    data: { attribute: false },
    strings: { attribute: false },
    _state: { state: true },
    _rows: { state: true },
    _axis: { state: true },
  };

  /** URL(s) of the dataset(s) to analyse, separated by spaces or commas (merged by the SDK). */
  declare src: string;
  /** "en" for English; otherwise the nearest ancestor's `lang`, else Swedish. */
  declare lang: string;
  /** Id of the förbund to analyse: its kommuner become the columns and its members the pairs. */
  declare association: string;
  /** Id of an `<insats-sok>` on the page; coverage cells then set its filters instead of listing. */
  declare for: string;
  /**
   * An already loaded `Dataset` (from the SDK's `loadDataset`), or a raw dataset object (validated
   * by the SDK); wins over `src`.
   * Named `data`, not `dataset`, so the element keeps the built-in `HTMLElement.dataset`.
   */
  declare data: Dataset | object | undefined;
  /** Overrides of UI strings by key (see `samordning-analys.messages.ts`). */
  declare strings: Partial<Record<AnalysMessageKey, string>> | undefined;

  declare private _state: LoadState;
  declare private _rows: CoverageRowKind;
  declare private _axis: CollaborationAxis;

  private abort?: AbortController;
  private analysis: Analysis = {};
  private readonly cells = new CellSelection(this);

  constructor() {
    super();
    this.src = '';
    this.association = '';
    this.for = '';
    this.data = undefined;
    this.strings = undefined;
    this._state = { status: 'idle' };
    this._rows = 'targetGroup';
    this._axis = 'organisation';
    new GridNavigation(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  /** The dataset being analysed: the `data` property, else the one loaded from `src`. */
  get activeDataset(): Dataset | undefined {
    if (this.data instanceof Dataset) return this.data;
    return this._state.status === 'ready' ? this._state.dataset : undefined;
  }

  private get uiLang(): Lang {
    return resolveLang(this);
  }

  private t = (key: string, params?: Record<string, string | number>): string =>
    translate(analysCatalogue, this.uiLang, this.strings, key as AnalysMessageKey, params);

  protected override willUpdate(changed: PropertyValues): void {
    const raw = this.data !== undefined && !(this.data instanceof Dataset);
    // A raw object is validated like a fetched file (into `_state`); without data, `src` applies again.
    if (changed.has('data') && raw) void this.loadRaw(this.data as object);
    else if (changed.has('src') || (changed.has('data') && this.data === undefined)) void this.load();
    if (['data', 'association', '_state', '_rows', '_axis'].some((k) => changed.has(k))) {
      if (changed.has('data') || changed.has('association') || changed.has('_state')) this.cells.clear();
      this.compute();
    }
  }

  private async load(): Promise<void> {
    this.abort?.abort();
    const urls = parseSrc(this.src);
    if (!urls.length) {
      this._state = { status: 'idle' };
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this._state = { status: 'loading' };
    try {
      const state = await loadSrc(urls, abort.signal);
      if (!abort.signal.aborted) this._state = state;
    } catch (error) {
      if (!abort.signal.aborted) this._state = { status: 'error', error };
    }
  }

  private async loadRaw(raw: object): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this._state = { status: 'loading' };
    try {
      // In a list, so an array is read as (invalid) data, never as a list of URLs to fetch.
      const result = await loadDataset([raw], { signal: abort.signal });
      if (abort.signal.aborted) return;
      const empty = result.dataset.organisations.length === 0 && result.dataset.services.length === 0;
      this._state =
        result.fatal && empty
          ? { status: 'error', result }
          : { status: 'ready', dataset: result.dataset, result };
    } catch (error) {
      if (!abort.signal.aborted) this._state = { status: 'error', error };
    }
  }

  private knownAssociation(ds: Dataset): string | undefined {
    const org = this.association ? ds.organisation(this.association) : undefined;
    return org?.kind === 'coordinationAssociation' ? org.id : undefined;
  }

  private compute(): void {
    const ds = this.activeDataset;
    const association = ds && this.knownAssociation(ds);
    this.analysis =
      ds && (association || !this.association)
        ? analyse(ds, { association, rows: this._rows, axis: this._axis })
        : {};
  }

  /** What the sections read and call back; built per render so it always matches the state. */
  private context(ds: Dataset): AnalysisContext {
    const lang = this.uiLang;
    return {
      ds,
      lang,
      t: this.t,
      fmt: (n) => formatNumber(lang, n),
      association: this.knownAssociation(ds),
      selection: this.cells.selection,
      rows: this._rows,
      axis: this._axis,
      setRows: (rows) => {
        this._rows = rows;
      },
      setAxis: (axis) => {
        this._axis = axis;
      },
      choose: (selection, button) => this.choose(selection, button),
      close: () => this.cells.close(),
      download: (model) => this.download(model),
    };
  }

  /** The CSV text (`;`-separated, Swedish spreadsheet conventions) of one of the tables shown. */
  csv(table: AnalysTable): string {
    const ds = this.activeDataset;
    const model = ds ? tableModels(this.context(ds), this.analysis)[table] : undefined;
    return model ? tableCsv(model) : '';
  }

  /** Downloads one table as a CSV file. */
  downloadCsv(table: AnalysTable): void {
    const ds = this.activeDataset;
    const model = ds ? tableModels(this.context(ds), this.analysis)[table] : undefined;
    if (model) this.download(model);
  }

  private download(model: TableModel): void {
    const name = `${this.association || 'samordning'}-${model.id}.csv`;
    downloadText(this.renderRoot, name, tableCsv(model), 'text/csv;charset=utf-8');
  }

  private searchElement(): FilterableSearch | undefined {
    if (!this.for) return undefined;
    const root = this.getRootNode() as Document | ShadowRoot;
    const el = root.getElementById?.(this.for) ?? document.getElementById(this.for);
    return el && typeof (el as Partial<FilterableSearch>).setFilters === 'function'
      ? (el as FilterableSearch)
      : undefined;
  }

  private choose(selection: Selection, button: HTMLElement): void {
    const ds = this.activeDataset;
    if (!ds) return;
    if (selection.table === 'collaboration') {
      const pair =
        this.analysis.collaboration &&
        collaborationPair(this.analysis.collaboration, selection.row, selection.column);
      if (!pair) return;
      if (this.emitSelect({ ...selection, services: pair.sharedServices.map((s) => s.id), search: false }))
        void this.cells.open(selection, button);
      return;
    }
    const m = this.analysis.coverage;
    const cell = m && coverageCell(m, selection.row, selection.column);
    const row = m?.rows.find((r) => r.id === selection.row);
    const column = m?.columns.find((c) => c.id === selection.column);
    if (!cell || !row || !column) return;
    const search = this.searchElement();
    const filters = search ? cellSearchFilters(ds, row, column, cell, COVERAGE_STATUSES) : undefined;
    const services = cell.services.map((s) => s.id);
    if (!this.emitSelect({ ...selection, services, search: !!filters })) return;
    if (!search || !filters) {
      void this.cells.open(selection, button);
      return;
    }
    search.setFilters(filters);
    this.cells.announce(
      this.t('shownInSearch', {
        row: localize(row.label, this.uiLang),
        column: localize(column.label, this.uiLang),
      }),
    );
  }

  private emitSelect(detail: SamordningAnalysSelectDetail): boolean {
    return this.dispatchEvent(
      new CustomEvent('samordning-analys-select', {
        detail,
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
  }

  private focusSearch(): void {
    const search = this.searchElement();
    search?.scrollIntoView({ block: 'start' });
    search?.focus();
  }

  protected override render(): TemplateResult {
    const ds = this.activeDataset;
    const association = ds ? this.knownAssociation(ds) : undefined;
    const title =
      association && ds
        ? this.t('titleFor', { name: nameOf(ds, association, this.uiLang) })
        : this.t('title');
    return html`<div part="base" class="base">
      <h2 part="heading">${title}</h2>
      ${this.renderBody(ds)}
    </div>`;
  }

  private renderBody(ds: Dataset | undefined): TemplateResult {
    const state = this._state;
    if (!ds) {
      if (state.status === 'loading') return html`<p role="status">${this.t('loading')}</p>`;
      if (state.status === 'error') return html`<p role="alert">${this.t('error')}</p>`;
      return html`<p role="status">${this.t('noSource')}</p>`;
    }
    if (ds.organisations.length === 0 && ds.services.length === 0) {
      return html`<p role="status">${this.t('empty')}</p>`;
    }
    if (this.association && !this.knownAssociation(ds)) {
      return html`<p role="alert">${this.t('unknownAssociation', { id: this.association })}</p>`;
    }
    const ctx = this.context(ds);
    const models = tableModels(ctx, this.analysis);
    return html`
      <p role="status" class="notice">
        ${this.cells.notice}
        ${
          this.cells.notice && this.searchElement()
            ? html`<button type="button" class="action" @click=${this.focusSearch}>${this.t('goToSearch')}</button>`
            : nothing
        }
      </p>
      ${this.analysis.coverage && models.coverage ? renderCoverage(ctx, this.analysis.coverage, models.coverage) : nothing}
      ${
        this.analysis.collaboration && models.collaboration
          ? renderCollaboration(ctx, this.analysis.collaboration, models.collaboration)
          : nothing
      }
      ${renderKeyFigures(ctx, this.analysis.figures, models)}
    `;
  }
}

aliasDatasetToData(SamordningAnalys);

declare global {
  interface HTMLElementTagNameMap {
    'samordning-analys': SamordningAnalys;
  }
  interface HTMLElementEventMap {
    'samordning-analys-select': CustomEvent<SamordningAnalysSelectDetail>;
  }
}
