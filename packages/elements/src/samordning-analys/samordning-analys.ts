import { type CollaborationAxis, type CoverageRowKind, localize } from '@samordningskartan/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SkElement } from '../shared/base-element.js';
import { connectedSearch } from '../shared/connect.js';
import { downloadBlob } from '../shared/download.js';
import { renderDataNotice, renderErrorView, renderLoadingView } from '../shared/error-view.js';
import { formatNumber } from '../shared/format.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { tableModels } from './analysis.js';
import { AnalysisController, type AnalysisLoadState } from './analysis-controller.js';
import type { AnalysisModel } from './analysis-types.js';
import { CellSelection } from './cell-selection.js';
import { pairOf, renderCollaboration } from './collaboration-section.js';
import type { AnalysisContext, MatrixTable, Selection } from './context.js';
import { coverageCellOf, renderCoverage } from './coverage-section.js';
import { followUpStyles } from './follow-up.styles.js';
import { renderFollowUp } from './follow-up-section.js';
import { GridNavigation } from './grid-navigation.js';
import { renderKeyFigures } from './key-figures-section.js';
import { type AnalysMessageKey, analysCatalogue } from './samordning-analys.messages.js';
import { analysStyles } from './samordning-analys.styles.js';
import { type AnalysTable, ROWS_SHOWN, type TableModel, tableCsv } from './table-model.js';

export type { AnalysisLoadState } from './analysis-controller.js';
export type { AnalysisModel } from './analysis-types.js';

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
 * @csspart follow-up - The follow-up section: charts of SUS, NNS and participant figures, each with its table.
 * @csspart chart - One chart (a figure with its caption and sources).
 * @csspart review - The review section: insatser due for review this term, per owner role.
 *
 * @cssproperty --sk-color-accent - Shared accent colour: buttons, focus, the darker heat levels.
 * @cssproperty --sk-color-text - Shared text colour.
 * @cssproperty --sk-color-background - Shared background colour.
 * @cssproperty --sk-color-border - Shared border colour (table borders).
 * @cssproperty --sk-font-family - Shared font family (default: the page's font).
 * @cssproperty --samordning-analys-level-1 - Background of cells with the fewest insatser (default: 14 % accent).
 * @cssproperty --samordning-analys-level-2 - Background of the second level (35 % accent).
 * @cssproperty --samordning-analys-level-3 - Background of the third level (the accent; text in the background colour).
 * @cssproperty --samordning-analys-level-4 - Background of cells with the most insatser (accent mixed with text).
 * @cssproperty --samordning-analys-gap - Stripe colour of gaps (cells with 0).
 *
 * @fires samordning-analys-load - The data was loaded or failed; `detail` is an `AnalysisLoadState`
 *   (`ready` carries the load's problems and counts; the analysis itself is the `analysis` property).
 * @fires samordning-analys-select - A matrix cell was chosen; `detail` is a `SamordningAnalysSelectDetail`.
 *   Cancel it (`preventDefault()`) to handle the selection yourself.
 */
export class SamordningAnalys extends SkElement {
  static override styles = [tokens, sharedStyles, analysStyles, followUpStyles];

  static override properties = {
    ...SkElement.properties,
    association: { type: String, reflect: true },
    municipality: { type: String, reflect: true },
    for: { type: String, reflect: true },
    today: { type: String, reflect: true },
    _rows: { state: true },
    _axis: { state: true },
  };

  /** Id of the förbund to analyse: its kommuner become the columns and its members the pairs. */
  declare association: string;
  /**
   * A kommun (SCB code or name) to analyse when no `association` is given: its insatser, the
   * organisations working there and the förbund covering it.
   */
  declare municipality: string;
  /** Id of an `<insats-sok>` on the page; coverage cells then set its filters instead of listing. */
  declare for: string;
  /** The day (YYYY-MM-DD) the review status is for; empty means today. */
  declare today: string;
  /** Overrides of UI strings by key (see `samordning-analys.messages.ts`). */
  declare strings: Partial<Record<AnalysMessageKey, string>> | undefined;

  declare private _rows: CoverageRowKind;
  declare private _axis: CollaborationAxis;

  private readonly l = new LocalizeController(this, analysCatalogue, () => this.analysis?.language);
  private readonly source = new AnalysisController(this, {
    log: '[samordning-analys]',
    request: () => ({
      association: this.association,
      municipality: this.municipality,
      rows: this._rows,
      axis: this._axis,
      today: this.today || undefined,
    }),
    onSettled: (state) => this.emit('samordning-analys-load', state),
  });
  private readonly cells = new CellSelection(this);
  /** What the chosen cell belongs to; another dataset or scope clears it. */
  private chosenFor: readonly unknown[] = [];
  /** Rows shown of each long table of the analysis `shownFor`, when more than the first were asked for. */
  private shownRows = new Map<AnalysTable, number>();
  private shownFor: AnalysisModel | undefined;

  constructor() {
    super();
    this.association = '';
    this.municipality = '';
    this.for = '';
    this.today = '';
    this.strings = undefined;
    this._rows = 'targetGroup';
    this._axis = 'organisation';
    new GridNavigation(this);
  }

  /**
   * The analysis shown (computed in the page's catalogue worker, or in the page where no worker
   * starts), once the data loaded: plain data, the same as the tables and the CSV show.
   */
  get analysis(): AnalysisModel | undefined {
    return this.source.model;
  }

  /** Also waits for an analysis asked for after the data loaded (a new scope, rows or axis). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.source.busy) return done;
    await this.source.idle();
    return super.getUpdateComplete();
  }

  private t = (key: string, params?: Record<string, string | number>): string =>
    this.l.t(key as AnalysMessageKey, params);

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const inputs = [this.src, this.data, this.association, this.municipality];
    // Another dataset or scope: a chosen cell may not exist any more.
    if (inputs.some((v, i) => v !== this.chosenFor[i])) this.cells.clear();
    this.chosenFor = inputs;
  }

  /** What the sections read and call back; built per render so it always matches the state. */
  private context(model: AnalysisModel): AnalysisContext {
    const lang = this.l.lang;
    return {
      model,
      lang,
      name: (id) => {
        const name = model.names[id];
        return name === undefined ? id : localize(name, lang);
      },
      t: this.t,
      fmt: (n) => formatNumber(lang, n),
      dataText: (value) => this.l.data(value),
      association: model.association,
      municipality: model.municipality,
      selection: this.cells.selection,
      rows: this._rows,
      axis: this._axis,
      setRows: (rows) => {
        this._rows = rows;
      },
      setAxis: (axis) => {
        this._axis = axis;
      },
      choose: (selection, button) => void this.source.track(this.choose(model, selection, button)),
      close: () => this.cells.close(),
      download: (model) => this.download(model),
      rowsShown: (id) => (this.shownFor === model && this.shownRows.get(id)) || ROWS_SHOWN,
      showMoreRows: (id) => {
        // Another analysis (data, scope, day) starts again from the first rows.
        if (this.shownFor !== model) this.shownRows.clear();
        this.shownFor = model;
        this.shownRows.set(id, (this.shownRows.get(id) ?? ROWS_SHOWN) + ROWS_SHOWN);
        this.requestUpdate();
      },
    };
  }

  private tableModel(table: AnalysTable): TableModel | undefined {
    const model = this.analysis;
    return model ? tableModels(this.context(model))[table] : undefined;
  }

  /** The CSV text (`;`-separated, Swedish spreadsheet conventions) of one of the tables shown. */
  csv(table: AnalysTable): string {
    const model = this.tableModel(table);
    return model ? tableCsv(model) : '';
  }

  /** Downloads one table as a CSV file. */
  downloadCsv(table: AnalysTable): void {
    const model = this.tableModel(table);
    if (model) this.download(model);
  }

  private download(model: TableModel): void {
    const blob = new Blob([tableCsv(model)], { type: 'text/csv;charset=utf-8' });
    const scope = this.association || this.analysis?.municipality || 'samordning';
    downloadBlob(blob, `${scope}-${model.id}.csv`, this.renderRoot);
  }

  private async choose(model: AnalysisModel, selection: Selection, button: HTMLElement): Promise<void> {
    if (selection.table === 'collaboration') {
      const pair = model.collaboration && pairOf(model.collaboration, selection.row, selection.column);
      if (!pair) return;
      if (
        this.emit(
          'samordning-analys-select',
          { ...selection, services: pair.sharedServices, search: false },
          { cancelable: true },
        )
      )
        void this.cells.open(selection, button);
      return;
    }
    const found = model.coverage && coverageCellOf(model.coverage, selection.row, selection.column);
    if (!found) return;
    const { cell, row, column } = found;
    const search = connectedSearch(this, this.for);
    // The catalogue checks that the search would show exactly the cell's insatser.
    const filters = search ? await this.source.cellFilters(row.id, column.id) : null;
    if (model !== this.analysis) return;
    const detail = { ...selection, services: [...cell.services], search: !!filters };
    if (!this.emit('samordning-analys-select', detail, { cancelable: true })) return;
    if (!search || !filters) {
      void this.cells.open(selection, button);
      return;
    }
    search.setFilters(filters);
    this.cells.announce(
      this.t('shownInSearch', {
        row: localize(row.label, this.l.lang),
        column: localize(column.label, this.l.lang),
      }),
    );
  }

  private focusSearch(): void {
    const search = connectedSearch(this, this.for) as (Element & Partial<HTMLElement>) | undefined;
    search?.scrollIntoView({ block: 'start' });
    search?.focus?.();
  }

  protected override render(): TemplateResult {
    const model = this.analysis;
    const scopeName = model?.scopeName;
    const title =
      scopeName !== undefined
        ? this.t('titleFor', { name: localize(scopeName, this.l.lang) })
        : this.t('title');
    return html`<div part="base" class="base">
      <h2 part="heading">${title}</h2>
      ${this.renderBody(model)}
    </div>`;
  }

  private renderBody(model: AnalysisModel | undefined): TemplateResult {
    const state = this.source.state;
    if (!model) {
      if (state.status === 'loading') return renderLoadingView(this.t('loading'), state.loaded, state.total);
      if (state.status === 'error')
        return renderErrorView(state.error, this.l.t, this.l.lang, () => void this.source.reload());
      return html`<p role="status">${this.t('noData')}</p>`;
    }
    if (model.empty) return html`<p role="status">${this.t('empty')}</p>`;
    if (model.unknown !== undefined)
      return html`<p role="alert">${this.t('unknownScope', { id: model.unknown })}</p>`;
    const ctx = this.context(model);
    const models = tableModels(ctx);
    return html`
      ${renderDataNotice(this.debug, model.load, this.l.t, this.l.lang)}
      <p role="status" class="notice">
        ${this.cells.notice}
        ${
          this.cells.notice && connectedSearch(this, this.for)
            ? html`<button type="button" class="action" @click=${this.focusSearch}>${this.t('goToSearch')}</button>`
            : nothing
        }
      </p>
      ${model.coverage && models.coverage ? renderCoverage(ctx, model.coverage, models.coverage) : nothing}
      ${
        model.collaboration && models.collaboration
          ? renderCollaboration(ctx, model.collaboration, models.collaboration)
          : nothing
      }
      ${renderKeyFigures(ctx, model.figures, models)}
      ${model.review ? renderFollowUp(ctx, model.charts, model.review, models) : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'samordning-analys': SamordningAnalys;
  }
  interface HTMLElementEventMap {
    'samordning-analys-select': CustomEvent<SamordningAnalysSelectDetail>;
    'samordning-analys-load': CustomEvent<AnalysisLoadState>;
  }
}
