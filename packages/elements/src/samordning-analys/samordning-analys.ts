import {
  type CollaborationAxis,
  type CollaborationMatrix,
  type CollaborationPair,
  type CoverageColumn,
  type CoverageMatrix,
  type CoverageRowKind,
  collaboration,
  coverage,
  Dataset,
  type GraphRelation,
  indicatorYears,
  isAvailable,
  type KeyFigures,
  keyFigures,
  type Lang,
  loadDataset,
  localize,
  type Service,
  toCsv,
} from '@samordningskartan/sdk';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { type LoadState, loadSrc, parseSrc } from '../shared/data-source.js';
import { aliasDatasetToData } from '../shared/dataset-alias.js';
import { formatNumber } from '../shared/format.js';
import { resolveLang, translate } from '../shared/messages.js';
import { type AnalysMessageKey, analysCatalogue } from './samordning-analys.messages.js';
import { analysStyles } from './samordning-analys.styles.js';
import {
  type AnalysTable,
  budgetCsv,
  budgetRows,
  collaborationCsv,
  coverageCsv,
  fundingCsv,
  fundingRows,
  itemLabel,
  nameOf,
  otherCsv,
  otherRows,
  overviewCsv,
  overviewRows,
  yearLabel,
} from './tables.js';

/** What `samordning-analys-select` tells: the cell chosen and the insatser behind it. */
export interface SamordningAnalysSelectDetail {
  table: 'coverage' | 'collaboration';
  /** Target group id or age band id (coverage), or the first organisation/kind (collaboration). */
  row: string;
  /** Kommun code or förbund id (coverage), or the second organisation/kind (collaboration). */
  column: string;
  /** Ids of the insatser behind the cell. */
  services: string[];
  /** True when the selection went to a connected `<insats-sok>` rather than the element's own list. */
  search: boolean;
}

/** A connected search element, duck-typed so this element does not import `<insats-sok>`. */
interface FilterableSearch extends HTMLElement {
  setFilters(filters: { targetGroup?: string[]; municipality?: string[] }): unknown;
}

type Selection = { table: 'coverage' | 'collaboration'; row: string; column: string };

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
    _selection: { state: true },
    _notice: { state: true },
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
  declare private _selection: Selection | undefined;
  declare private _notice: string;

  private abort?: AbortController;
  private coverageMatrix?: CoverageMatrix;
  private collaborationMatrix?: CollaborationMatrix;
  private figures?: KeyFigures;
  private returnFocus?: HTMLElement;

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
    this._selection = undefined;
    this._notice = '';
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

  private fmt(n: number): string {
    return formatNumber(this.uiLang, n);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const raw = this.data !== undefined && !(this.data instanceof Dataset);
    // A raw object is validated like a fetched file (into `_state`); without data, `src` applies again.
    if (changed.has('data') && raw) void this.loadRaw(this.data as object);
    else if (changed.has('src') || (changed.has('data') && this.data === undefined)) void this.load();
    if (['data', 'association', '_state', '_rows', '_axis'].some((k) => changed.has(k))) {
      if (changed.has('data') || changed.has('association') || changed.has('_state'))
        this._selection = undefined;
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
    this.coverageMatrix = this.collaborationMatrix = this.figures = undefined;
    if (!ds) return;
    const association = this.knownAssociation(ds);
    if (this.association && !association) return;
    this.coverageMatrix = coverage(ds, { rows: this._rows, ...(association && { association }) });
    const axis = association ? this._axis : 'kind';
    this.collaborationMatrix = collaboration(
      ds,
      association ? { association, axis } : { axis, organisations: ds.roots().map((o) => o.id) },
    );
    this.figures = association ? keyFigures(ds, association) : undefined;
  }

  /** The CSV text (`;`-separated, Swedish spreadsheet conventions) of one of the tables shown. */
  csv(table: AnalysTable): string {
    const ds = this.activeDataset;
    const lang = this.uiLang;
    const t = this.t;
    if (!ds) return '';
    switch (table) {
      case 'coverage':
        return this.coverageMatrix ? toCsv(coverageCsv(this.coverageMatrix, lang, t)) : '';
      case 'collaboration':
        return this.collaborationMatrix ? toCsv(collaborationCsv(ds, this.collaborationMatrix, lang, t)) : '';
      case 'budget':
        return this.figures ? toCsv(budgetCsv(this.figures, lang, t)) : '';
      case 'funding':
        return this.figures ? toCsv(fundingCsv(ds, this.figures, lang, t)) : '';
      case 'other':
        return this.figures ? toCsv(otherCsv(ds, this.figures, lang, t)) : '';
      case 'overview':
        return toCsv(overviewCsv(ds, lang, t));
    }
  }

  /** Downloads one table as a CSV file. */
  downloadCsv(table: AnalysTable): void {
    const blob = new Blob([this.csv(table)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${this.association || 'samordning'}-${table}.csv`;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private searchElement(): FilterableSearch | undefined {
    if (!this.for) return undefined;
    const root = this.getRootNode() as Document | ShadowRoot;
    const el = root.getElementById?.(this.for) ?? document.getElementById(this.for);
    return el && typeof (el as Partial<FilterableSearch>).setFilters === 'function'
      ? (el as FilterableSearch)
      : undefined;
  }

  private selectCoverage(
    rowId: string,
    column: CoverageColumn,
    services: Service[],
    button: HTMLElement,
  ): void {
    const search = this.searchElement();
    const row = this.coverageMatrix?.rows.find((r) => r.id === rowId);
    const useSearch = !!search && row?.kind === 'targetGroup' && column.municipalities.length > 0;
    const detail: SamordningAnalysSelectDetail = {
      table: 'coverage',
      row: rowId,
      column: column.id,
      services: services.map((s) => s.id),
      search: useSearch,
    };
    if (!this.dispatchSelect(detail)) return;
    if (useSearch && search && row) {
      search.setFilters({ targetGroup: [rowId], municipality: [...column.municipalities] });
      this._selection = undefined;
      this._notice = this.t('shownInSearch', {
        row: localize(row.label, this.uiLang),
        column: localize(column.label, this.uiLang),
      });
      return;
    }
    this.open({ table: 'coverage', row: rowId, column: column.id }, button);
  }

  private selectPair(pair: CollaborationPair, row: string, column: string, button: HTMLElement): void {
    const detail: SamordningAnalysSelectDetail = {
      table: 'collaboration',
      row,
      column,
      services: pair.sharedServices.map((s) => s.id),
      search: false,
    };
    if (!this.dispatchSelect(detail)) return;
    this.open({ table: 'collaboration', row, column }, button);
  }

  private dispatchSelect(detail: SamordningAnalysSelectDetail): boolean {
    return this.dispatchEvent(
      new CustomEvent('samordning-analys-select', {
        detail,
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
  }

  private async open(selection: Selection, button: HTMLElement): Promise<void> {
    this._notice = '';
    this.returnFocus = button;
    this._selection = selection;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.details h4')?.focus();
  }

  private close(): void {
    const selection = this._selection;
    this._selection = undefined;
    void this.updateComplete.then(() => {
      if (!selection) return;
      const back = this.renderRoot.querySelector<HTMLElement>(
        `button[data-table="${selection.table}"][data-row="${CSS.escape(selection.row)}"][data-column="${CSS.escape(selection.column)}"]`,
      );
      (back ?? this.returnFocus)?.focus();
    });
  }

  private focusSearch(): void {
    const search = this.searchElement();
    search?.scrollIntoView({ block: 'start' });
    search?.focus();
  }

  /** Arrow keys, Home and End move between the cells' buttons of a matrix. */
  private onGridKey(event: KeyboardEvent): void {
    const button = (event.target as HTMLElement).closest('button');
    const cell = button?.closest('td');
    const table = cell?.closest('table');
    if (!button || !cell || !table) return;
    const rowEl = cell.parentElement as HTMLTableRowElement;
    const rows = [...table.tBodies[0]!.rows];
    const r = rows.indexOf(rowEl);
    const c = cell.cellIndex;
    const buttonAt = (ri: number, ci: number) => rows[ri]?.cells[ci]?.querySelector('button') ?? null;
    const scan = (dr: number, dc: number): HTMLButtonElement | null => {
      for (
        let ri = r + dr, ci = c + dc;
        ri >= 0 && ri < rows.length && ci >= 0 && ci < rowEl.cells.length;
        ri += dr, ci += dc
      ) {
        const b = buttonAt(ri, ci);
        if (b) return b;
      }
      return null;
    };
    const inRow = [...rowEl.cells].flatMap((td) => {
      const b = td.querySelector('button');
      return b ? [b] : [];
    });
    const moves: Record<string, () => HTMLButtonElement | null | undefined> = {
      ArrowRight: () => scan(0, 1),
      ArrowLeft: () => scan(0, -1),
      ArrowDown: () => scan(1, 0),
      ArrowUp: () => scan(-1, 0),
      Home: () => inRow[0],
      End: () => inRow.at(-1),
    };
    const target = moves[event.key]?.();
    if (target) {
      event.preventDefault();
      target.focus();
    }
  }

  private onDetailsKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close();
    }
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
    return html`
      <p role="status" class="notice">
        ${this._notice}
        ${
          this._notice && this.searchElement()
            ? html`<button type="button" class="action" @click=${this.focusSearch}>${this.t('goToSearch')}</button>`
            : nothing
        }
      </p>
      ${this.renderCoverage(ds)} ${this.renderCollaboration(ds)} ${this.renderKeyFigures(ds)}
    `;
  }

  private exportButton(table: AnalysTable, caption: string): TemplateResult {
    return html`<div class="actions">
      <button
        type="button"
        class="action"
        data-export=${table}
        aria-label=${this.t('exportCsvLabel', { table: caption })}
        @click=${() => this.downloadCsv(table)}
      >
        ${this.t('exportCsv')}
      </button>
    </div>`;
  }

  private level(count: number, max: number): number {
    if (count <= 0) return 0;
    return Math.max(1, Math.min(4, Math.ceil((count / Math.max(max, 1)) * 4)));
  }

  private renderCoverage(ds: Dataset): TemplateResult | typeof nothing {
    const m = this.coverageMatrix;
    if (!m) return nothing;
    const lang = this.uiLang;
    const byAge = this._rows === 'ageBand';
    const byAssociation =
      m.columns[0]?.kind === 'association' || (!this.association && m.columns.length === 0);
    const caption = this.t('coverageCaption', {
      rows: this.t(byAge ? 'wordAgeBand' : 'wordTargetGroup'),
      columns: this.t(byAssociation ? 'wordAssociation' : 'wordMunicipality'),
    });
    const max = Math.max(0, ...m.cells.flat().map((c) => c.count));
    const selected = this._selection?.table === 'coverage' ? this._selection : undefined;
    const emptyRowLabels = m.emptyRows.map((id) => localize(m.rows.find((r) => r.id === id)!.label, lang));
    return html`<section aria-labelledby="coverage-heading">
      <h3 id="coverage-heading">${this.t('coverageHeading')}</h3>
      <p>${this.t('coverageIntro')}</p>
      <fieldset class="controls">
        <legend>${this.t('rowsLegend')}</legend>
        ${(['targetGroup', 'ageBand'] as const).map(
          (kind) => html`<label>
            <input
              type="radio"
              name="rows"
              value=${kind}
              .checked=${this._rows === kind}
              @change=${() => {
                this._rows = kind;
              }}
            />
            ${this.t(kind === 'ageBand' ? 'rowsAgeBand' : 'rowsTargetGroup')}
          </label>`,
        )}
      </fieldset>
      <div class="table-wrap">
        <table part="table" id="coverage-table" @keydown=${this.onGridKey}>
          <caption>${caption}</caption>
          <thead>
            <tr>
              <th scope="col">${this.t(byAge ? 'headerAgeBand' : 'headerTargetGroup')}</th>
              ${m.columns.map((c) => html`<th scope="col">${localize(c.label, lang)}</th>`)}
              <th scope="col" class="num">${this.t('headerTotal')}</th>
            </tr>
          </thead>
          <tbody>
            ${m.rows.map(
              (row, r) => html`<tr>
                <th scope="row">${localize(row.label, lang)}</th>
                ${m.cells[r]!.map((cell, c) => {
                  const column = m.columns[c]!;
                  const lvl = this.level(cell.count, max);
                  if (cell.count === 0) {
                    return html`<td class="cell level-0" data-count="0">
                      <span>0 <span class="gap-word">${this.t('gap')}</span></span>
                    </td>`;
                  }
                  const isSelected = selected?.row === row.id && selected.column === column.id;
                  return html`<td class="cell level-${lvl}" data-count=${cell.count}>
                    <button
                      type="button"
                      part="cell"
                      data-table="coverage"
                      data-row=${row.id}
                      data-column=${column.id}
                      aria-label=${this.t('coverageCell', {
                        count: cell.count,
                        row: localize(row.label, lang),
                        column: localize(column.label, lang),
                      })}
                      aria-expanded=${isSelected ? 'true' : 'false'}
                      aria-controls=${ifDefined(isSelected ? 'coverage-details' : undefined)}
                      @click=${(e: Event) => this.selectCoverage(row.id, column, cell.services, e.currentTarget as HTMLElement)}
                    >
                      ${cell.count}
                    </button>
                  </td>`;
                })}
                <td class="num">${m.rowTotals[r]}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p class="muted">${this.t('legend')}</p>
      <p>
        ${this.t('gapsSummary', { gaps: m.gaps.length, cells: m.rows.length * m.columns.length })}
        ${emptyRowLabels.length ? this.t('emptyRows', { list: emptyRowLabels.join(', ') }) : this.t('noEmptyRows')}
      </p>
      ${this.exportButton('coverage', caption)} ${selected ? this.renderCoverageDetails(ds, m, selected) : nothing}
    </section>`;
  }

  private renderServiceList(ds: Dataset, services: readonly Service[]): TemplateResult {
    if (!services.length) return html`<p>${this.t('noServices')}</p>`;
    return html`<ul>
      ${services.map(
        (s) =>
          html`<li>${nameOf(ds, s.id, this.uiLang)} <span class="muted">(${this.t(`status_${s.status}`)})</span></li>`,
      )}
    </ul>`;
  }

  private renderDetails(id: string, heading: string, body: TemplateResult): TemplateResult {
    return html`<div class="details" part="details" id=${id} role="region" aria-labelledby="${id}-heading" @keydown=${this.onDetailsKey}>
      <h4 id="${id}-heading" tabindex="-1">${heading}</h4>
      ${body}
      <button type="button" class="action" @click=${this.close}>${this.t('close')}</button>
    </div>`;
  }

  private renderCoverageDetails(
    ds: Dataset,
    m: CoverageMatrix,
    selected: Selection,
  ): TemplateResult | typeof nothing {
    const r = m.rows.findIndex((x) => x.id === selected.row);
    const c = m.columns.findIndex((x) => x.id === selected.column);
    const cell = m.cells[r]?.[c];
    if (!cell) return nothing;
    const heading = this.t('cellHeading', {
      row: localize(m.rows[r]!.label, this.uiLang),
      column: localize(m.columns[c]!.label, this.uiLang),
      count: cell.count,
    });
    return this.renderDetails('coverage-details', heading, this.renderServiceList(ds, cell.services));
  }

  private renderCollaboration(ds: Dataset): TemplateResult | typeof nothing {
    const m = this.collaborationMatrix;
    if (!m || m.items.length < 2) return nothing;
    const lang = this.uiLang;
    const association = this.knownAssociation(ds);
    const label = (id: string) => itemLabel(ds, m, id, lang, this.t);
    const caption =
      m.axis === 'organisation' && association
        ? this.t('collaborationCaptionMembers', { name: nameOf(ds, association, lang) })
        : this.t('collaborationCaptionKinds');
    const pairOf = (a: string, b: string) =>
      m.pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
    const max = Math.max(0, ...m.pairs.map((p) => p.strength));
    const selected = this._selection?.table === 'collaboration' ? this._selection : undefined;
    return html`<section aria-labelledby="collaboration-heading">
      <h3 id="collaboration-heading">${this.t('collaborationHeading')}</h3>
      <p>${this.t('collaborationIntro')}</p>
      ${
        association
          ? html`<fieldset class="controls">
            <legend>${this.t('axisLegend')}</legend>
            ${(['organisation', 'kind'] as const).map(
              (axis) => html`<label>
                <input
                  type="radio"
                  name="axis"
                  value=${axis}
                  .checked=${this._axis === axis}
                  @change=${() => {
                    this._axis = axis;
                  }}
                />
                ${this.t(axis === 'kind' ? 'axisKind' : 'axisOrganisation')}
              </label>`,
            )}
          </fieldset>`
          : nothing
      }
      <div class="table-wrap">
        <table part="table" id="collaboration-table" @keydown=${this.onGridKey}>
          <caption>${caption}</caption>
          <thead>
            <tr>
              <th scope="col">${this.t(m.axis === 'kind' ? 'headerKind' : 'headerOrganisation')}</th>
              ${m.items.map((id) => html`<th scope="col">${label(id)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${m.items.map(
              (a) => html`<tr>
                <th scope="row">${label(a)}</th>
                ${m.items.map((b) => {
                  const pair = a === b && m.axis === 'organisation' ? undefined : pairOf(a, b);
                  if (!pair)
                    return html`<td class="self">– <span class="muted">${this.t('same')}</span></td>`;
                  if (pair.strength === 0) {
                    return html`<td class="cell level-0" data-count="0">
                      <span>0 <span class="gap-word">${this.t('gap')}</span></span>
                    </td>`;
                  }
                  const isSelected = selected?.row === a && selected.column === b;
                  return html`<td class="cell level-${this.level(pair.strength, max)}" data-count=${pair.strength}>
                    <button
                      type="button"
                      part="cell"
                      data-table="collaboration"
                      data-row=${a}
                      data-column=${b}
                      aria-label=${this.t('pairCell', { count: pair.strength, a: label(a), b: label(b) })}
                      aria-expanded=${isSelected ? 'true' : 'false'}
                      aria-controls=${ifDefined(isSelected ? 'collaboration-details' : undefined)}
                      @click=${(e: Event) => this.selectPair(pair, a, b, e.currentTarget as HTMLElement)}
                    >
                      ${pair.strength}
                    </button>
                  </td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p class="muted">${this.t('legend')}</p>
      <h4>${this.t('withoutHeading')}</h4>
      ${
        m.withoutCollaboration.length
          ? html`<ul class="without">
            ${m.withoutCollaboration.map((p) => html`<li>${this.t('pairHeading', { a: label(p.a), b: label(p.b) })}</li>`)}
          </ul>`
          : html`<p>${this.t('withoutNone')}</p>`
      }
      ${this.exportButton('collaboration', caption)} ${selected ? this.renderPairDetails(ds, m, selected) : nothing}
    </section>`;
  }

  private relationText(ds: Dataset, r: GraphRelation): string {
    return this.t(`rel_${r.kind}`, { a: nameOf(ds, r.from, this.uiLang), b: nameOf(ds, r.to, this.uiLang) });
  }

  private renderPairDetails(
    ds: Dataset,
    m: CollaborationMatrix,
    selected: Selection,
  ): TemplateResult | typeof nothing {
    const pair = m.pairs.find(
      (p) =>
        (p.a === selected.row && p.b === selected.column) ||
        (p.a === selected.column && p.b === selected.row),
    );
    if (!pair) return nothing;
    const label = (id: string) => itemLabel(ds, m, id, this.uiLang, this.t);
    const heading = this.t('pairHeading', { a: label(selected.row), b: label(selected.column) });
    const body = html`
      ${
        pair.sharedSteeringGroups.length
          ? html`<h5>${this.t('sharedSteering')}</h5>
            ${this.renderServiceList(ds, pair.sharedSteeringGroups)}`
          : nothing
      }
      ${
        pair.sharedServices.length
          ? html`<h5>${this.t('sharedServices')}</h5>
            ${this.renderServiceList(ds, pair.sharedServices)}`
          : nothing
      }
      ${
        pair.relations.length
          ? html`<h5>${this.t('relations')}</h5>
            <ul>
              ${pair.relations.map((r) => html`<li>${this.relationText(ds, r)}</li>`)}
            </ul>`
          : nothing
      }
      ${pair.strength === 0 ? html`<p>${this.t('nothingShared')}</p>` : nothing}
    `;
    return this.renderDetails('collaboration-details', heading, body);
  }

  private renderKeyFigures(ds: Dataset): TemplateResult {
    const association = this.knownAssociation(ds);
    return html`<section aria-labelledby="figures-heading">
      <h3 id="figures-heading">${this.t('keyFiguresHeading')}</h3>
      ${association && this.figures ? this.renderFigures(ds, association, this.figures) : this.renderOverview(ds)}
    </section>`;
  }

  private renderOverview(ds: Dataset): TemplateResult {
    const rows = overviewRows(ds, this.uiLang);
    if (!rows.length) return html`<p>${this.t('noFigures')}</p>`;
    const caption = this.t('keyFiguresOverviewCaption');
    return html`<div class="table-wrap">
        <table part="table" id="overview-table">
          <caption>${caption}</caption>
          <thead>
            <tr>
              <th scope="col">${this.t('headerAssociation')}</th>
              <th scope="col" class="num">${this.t('headerBudgetYear')}</th>
              <th scope="col" class="num">${this.t('headerBudget')}</th>
              <th scope="col" class="num">${this.t('headerFunding')}</th>
              <th scope="col" class="num">${this.t('headerActive')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) => html`<tr>
                <th scope="row">${r.name}</th>
                <td class="num">${r.budgetYear ?? '–'}</td>
                <td class="num">${r.budget === undefined ? '–' : this.fmt(r.budget)}</td>
                <td class="num">${this.fmt(r.funding)}</td>
                <td class="num">${r.active}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.exportButton('overview', caption)}`;
  }

  private renderFigures(ds: Dataset, association: string, k: KeyFigures): TemplateResult {
    const lang = this.uiLang;
    const name = nameOf(ds, association, lang);
    const active = k.services.filter((s) => isAvailable(s.service)).length;
    const participants = k.participantsByYear.filter((y) => y.year !== undefined).at(-1);
    const budgetYears = indicatorYears(k, 'budget');
    const budget = budgetRows(budgetYears, lang, this.t);
    const funding = fundingRows(ds, k, lang);
    const other = otherRows(ds, k, lang, this.t);
    const budgetCaption = this.t('budgetCaption', { name });
    const fundingCaption = this.t('fundingCaption', { name });
    const otherCaption = this.t('otherCaption', { name });
    return html`
      <dl class="summary">
        <dt>${this.t('summaryServices')}</dt>
        <dd>${k.services.length} (${this.t('summaryActive')} ${active})</dd>
        ${
          participants
            ? html`<dt>${this.t('summaryParticipants', { year: yearLabel(participants.year, this.t) })}</dt>
              <dd>${this.fmt(participants.total)}</dd>`
            : nothing
        }
        ${
          k.capacity.length
            ? html`<dt>${this.t('summaryCapacity')}</dt>
              <dd>${k.capacity.map((c) => `${this.fmt(c.total)} ${this.t(`unit_${c.unit}`)}`).join(', ')}</dd>`
            : nothing
        }
      </dl>
      ${
        budget.length
          ? html`<div class="table-wrap">
              <table part="table" id="budget-table">
                <caption>${budgetCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">${this.t('headerYear')}</th>
                    <th scope="col">${this.t('headerPost')}</th>
                    <th scope="col" class="num">${this.t('headerAmount')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${budget.map(
                    (r) => html`<tr class=${r.total ? 'total' : ''}>
                      <td>${yearLabel(r.year, this.t)}</td>
                      <th scope="row">${r.label}</th>
                      <td class="num">${this.fmt(r.value)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            <ul class="balance">
              ${budgetYears
                .filter((y) => y.stated !== undefined && y.lines.length)
                .map(
                  (y) => html`<li class=${y.balanced ? '' : 'warning'}>
                    ${yearLabel(y.year, this.t)}:
                    ${y.balanced ? this.t('balanced') : this.t('unbalanced', { difference: this.fmt(y.difference) })}
                  </li>`,
                )}
            </ul>
            ${this.exportButton('budget', budgetCaption)}`
          : nothing
      }
      ${
        funding.length
          ? html`<div class="table-wrap">
              <table part="table" id="funding-table">
                <caption>${fundingCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">${this.t('headerService')}</th>
                    <th scope="col">${this.t('headerYear')}</th>
                    <th scope="col" class="num">${this.t('headerAmount')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${funding.map(
                    (f) => html`<tr>
                      <th scope="row">${f.name}</th>
                      <td>${yearLabel(f.year, this.t)}</td>
                      <td class="num">${f.amount === undefined ? this.t('amountMissing') : this.fmt(f.amount)}</td>
                    </tr>`,
                  )}
                </tbody>
                <tfoot>
                  ${k.fundingByYear.map(
                    (y) => html`<tr class="total">
                      <th scope="row">${this.t('yearTotal', { year: yearLabel(y.year, this.t) })}</th>
                      <td>${yearLabel(y.year, this.t)}</td>
                      <td class="num">${this.fmt(y.total)}</td>
                    </tr>`,
                  )}
                  <tr class="total">
                    <th scope="row">${this.t('grandTotal')}</th>
                    <td></td>
                    <td class="num">${this.fmt(k.fundingTotal)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
            ${this.exportButton('funding', fundingCaption)}`
          : nothing
      }
      ${
        other.length
          ? html`<div class="table-wrap">
              <table part="table" id="other-table">
                <caption>${otherCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">${this.t('headerIndicator')}</th>
                    <th scope="col">${this.t('headerYear')}</th>
                    <th scope="col">${this.t('headerPost')}</th>
                    <th scope="col" class="num">${this.t('headerValue')}</th>
                    <th scope="col">${this.t('headerUnit')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${other.map(
                    (r) => html`<tr class=${r.total ? 'total' : ''}>
                      <th scope="row">${r.indicator}</th>
                      <td>${yearLabel(r.year, this.t)}</td>
                      <td>${r.label}</td>
                      <td class="num">${this.fmt(r.value)}</td>
                      <td>${r.unit}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            ${this.exportButton('other', otherCaption)}`
          : nothing
      }
      ${!budget.length && !funding.length && !other.length ? html`<p>${this.t('noFigures')}</p>` : nothing}
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
