import {
  type CollaborationAxis,
  type CoverageRowKind,
  collaborationPair,
  coverageCell,
  type Dataset,
  findMunicipality,
  localize,
} from '@samordningskartan/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SkElement } from '../shared/base-element.js';
import { connectedSearch } from '../shared/connect.js';
import { DataController, type LoadState } from '../shared/data-controller.js';
import { downloadBlob } from '../shared/download.js';
import { renderDataNotice, renderErrorView, renderLoadingView } from '../shared/error-view.js';
import { formatNumber } from '../shared/format.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { type Analysis, analyse, COVERAGE_STATUSES, tableModels } from './analysis.js';
import { CellSelection } from './cell-selection.js';
import { renderCollaboration } from './collaboration-section.js';
import type { AnalysisContext, MatrixTable, Selection } from './context.js';
import { renderCoverage } from './coverage-section.js';
import { followUpView } from './follow-up.js';
import { followUpStyles } from './follow-up.styles.js';
import { renderFollowUp } from './follow-up-section.js';
import { GridNavigation } from './grid-navigation.js';
import { renderKeyFigures } from './key-figures-section.js';
import { nameOf } from './labels.js';
import { type AnalysMessageKey, analysCatalogue } from './samordning-analys.messages.js';
import { analysStyles } from './samordning-analys.styles.js';
import { cellSearchFilters } from './search-link.js';
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
 * @fires samordning-analys-load - The data was loaded or failed; `detail` is the `LoadState`.
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

  private readonly l = new LocalizeController(
    this,
    analysCatalogue,
    () => this.source.dataset?.meta.language,
  );
  private readonly source = new DataController(this, {
    log: '[samordning-analys]',
    onSettled: (state) => this.emit('samordning-analys-load', state),
  });
  private readonly cells = new CellSelection(this);
  private analysis: Analysis = {};
  /** What `analysis` was computed from; a change of any part computes it again. */
  private analysedFor: readonly unknown[] = [];

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

  /** The dataset being analysed (from `data` or `src`), once loaded. */
  get activeDataset(): Dataset | undefined {
    return this.source.dataset;
  }

  private t = (key: string, params?: Record<string, string | number>): string =>
    this.l.t(key as AnalysMessageKey, params);

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const ds = this.activeDataset;
    const inputs = [ds, this.association, this.municipality, this._rows, this._axis];
    if (inputs.every((v, i) => v === this.analysedFor[i])) return;
    // Another dataset or scope: a chosen cell may not exist any more.
    if (inputs.slice(0, 3).some((v, i) => v !== this.analysedFor[i])) this.cells.clear();
    this.analysedFor = inputs;
    const association = ds && this.knownAssociation(ds);
    const municipality = this.knownMunicipality();
    this.analysis =
      ds && !this.unknownScope(ds)
        ? analyse(ds, { association, municipality, rows: this._rows, axis: this._axis })
        : {};
  }

  /** The kommun code of `municipality` (a code or a name), when it names one. */
  private knownMunicipality(): string | undefined {
    return this.municipality ? findMunicipality(this.municipality)?.code : undefined;
  }

  /** The `association` or `municipality` asked for that the data (or Sweden) does not have. */
  private unknownScope(ds: Dataset): string | undefined {
    if (this.association) return this.knownAssociation(ds) ? undefined : this.association;
    if (this.municipality) return this.knownMunicipality() ? undefined : this.municipality;
    return undefined;
  }

  private knownAssociation(ds: Dataset): string | undefined {
    const org = this.association ? ds.organisation(this.association) : undefined;
    return org?.kind === 'coordinationAssociation' ? org.id : undefined;
  }

  /** What the sections read and call back; built per render so it always matches the state. */
  private context(ds: Dataset): AnalysisContext {
    const lang = this.l.lang;
    return {
      ds,
      lang,
      t: this.t,
      fmt: (n) => formatNumber(lang, n),
      dataText: (value) => this.l.data(value),
      association: this.knownAssociation(ds),
      municipality: this.association ? undefined : this.knownMunicipality(),
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
    const blob = new Blob([tableCsv(model)], { type: 'text/csv;charset=utf-8' });
    const scope = this.association || this.knownMunicipality() || 'samordning';
    downloadBlob(blob, `${scope}-${model.id}.csv`, this.renderRoot);
  }

  private choose(selection: Selection, button: HTMLElement): void {
    const ds = this.activeDataset;
    if (!ds) return;
    if (selection.table === 'collaboration') {
      const pair =
        this.analysis.collaboration &&
        collaborationPair(this.analysis.collaboration, selection.row, selection.column);
      if (!pair) return;
      if (
        this.emit(
          'samordning-analys-select',
          { ...selection, services: pair.sharedServices.map((s) => s.id), search: false },
          { cancelable: true },
        )
      )
        void this.cells.open(selection, button);
      return;
    }
    const m = this.analysis.coverage;
    const cell = m && coverageCell(m, selection.row, selection.column);
    const row = m?.rows.find((r) => r.id === selection.row);
    const column = m?.columns.find((c) => c.id === selection.column);
    if (!cell || !row || !column) return;
    const search = connectedSearch(this, this.for);
    const filters = search ? cellSearchFilters(ds, row, column, cell, COVERAGE_STATUSES) : undefined;
    const services = cell.services.map((s) => s.id);
    const detail = { ...selection, services, search: !!filters };
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

  /** The name of the förbund or kommun analysed, for the title. */
  private scopeName(ds: Dataset): string | undefined {
    const association = this.knownAssociation(ds);
    if (association) return nameOf(ds, association, this.l.lang);
    return this.association ? undefined : findMunicipality(this.municipality)?.name;
  }

  protected override render(): TemplateResult {
    const ds = this.activeDataset;
    const scopeName = ds && this.scopeName(ds);
    const title = scopeName ? this.t('titleFor', { name: scopeName }) : this.t('title');
    return html`<div part="base" class="base">
      <h2 part="heading">${title}</h2>
      ${this.renderBody(ds)}
    </div>`;
  }

  private renderBody(ds: Dataset | undefined): TemplateResult {
    const state = this.source.state;
    if (!ds) {
      if (state.status === 'loading') return renderLoadingView(this.t('loading'), state.loaded, state.total);
      if (state.status === 'error')
        return renderErrorView(state.error, this.l.t, this.l.lang, () => void this.source.reload());
      return html`<p role="status">${this.t('noData')}</p>`;
    }
    if (ds.organisations.length === 0 && ds.services.length === 0) {
      return html`<p role="status">${this.t('empty')}</p>`;
    }
    const unknown = this.unknownScope(ds);
    if (unknown !== undefined) return html`<p role="alert">${this.t('unknownScope', { id: unknown })}</p>`;
    const ctx = this.context(ds);
    const models = tableModels(ctx, this.analysis);
    return html`
      ${renderDataNotice(this.debug, state.status === 'ready' ? state.result : undefined, this.l.t, this.l.lang)}
      <p role="status" class="notice">
        ${this.cells.notice}
        ${
          this.cells.notice && connectedSearch(this, this.for)
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
      ${renderFollowUp(ctx, followUpView(ds, { association: ctx.association, municipality: ctx.municipality, today: this.today || undefined }))}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'samordning-analys': SamordningAnalys;
  }
  interface HTMLElementEventMap {
    'samordning-analys-select': CustomEvent<SamordningAnalysSelectDetail>;
    'samordning-analys-load': CustomEvent<LoadState>;
  }
}
