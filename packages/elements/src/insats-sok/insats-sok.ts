import {
  createServiceIndexAsync,
  Dataset,
  type FacetName,
  findMunicipality,
  formatProblem,
  highlight,
  type LoadResult,
  loadDataset,
  municipalityByCode,
  type Problem,
  type SearchIndex,
  type SearchResult,
  type Service,
  type SortOrder,
} from '@samordningskartan/sdk';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { parseSrc } from '../shared/data-source.js';
import { aliasDatasetToData } from '../shared/dataset-alias.js';
import { formatDate, formatNumber } from '../shared/format.js';
import { type Messages, resolveLang, translate } from '../shared/messages.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { type InsatsSokMessageKey, type InsatsSokStrings, MESSAGES } from './insats-sok.messages.js';
import { styles } from './insats-sok.styles.js';
import { ageText, freshness, names, type RenderContext } from './render-context.js';
import { renderDetail } from './render-detail.js';
import { FACETS, type FacetKey, renderFacet, valueLabel } from './render-facets.js';
import {
  emptyFilters,
  type InsatsSokFilters,
  type InsatsSokState,
  readState,
  stateUrl,
  writeState,
} from './url-state.js';

export type { InsatsSokStrings } from './insats-sok.messages.js';
export type { InsatsSokFilters } from './url-state.js';

const CATALOGUE: Messages<InsatsSokMessageKey> = MESSAGES;
const PAGE = 20;

type LoadStatus =
  | { status: 'idle' }
  | { status: 'loading'; loaded?: number; total?: number }
  | { status: 'indexing'; done: number; total: number }
  | { status: 'error'; problems: Problem[]; error?: unknown }
  | { status: 'ready' };

export interface InsatsSokSelectDetail {
  id: string;
}
export interface InsatsSokChangeDetail {
  query: string;
  filters: InsatsSokFilters;
  total: number;
}
export interface InsatsSokLoadDetail {
  errors: number;
  warnings: number;
}

/**
 * Search in a catalogue of insatser: search as you type (Swedish-aware), facets with live counts,
 * results and a detail view with a shareable link.
 *
 * @tag insats-sok
 * @summary Fast, faceted, accessible search over a samordningsförbund's insatser.
 *
 * @slot - Nothing is slotted; the element renders everything from its data.
 *
 * @csspart search - The search field and its label.
 * @csspart input - The search input.
 * @csspart filters - The column of facet fieldsets.
 * @csspart facet - One facet fieldset.
 * @csspart chips - The list of selected filters.
 * @csspart chip - One selected-filter button.
 * @csspart count - The hit count (a `role="status"` live region).
 * @csspart results - The list of hits.
 * @csspart hit - One hit.
 * @csspart hit-link - The link in a hit that opens its detail view.
 * @csspart more - The "visa fler" button.
 * @csspart detail - The detail view of one insats.
 * @csspart back - The button back from the detail view.
 * @csspart print - The print button of the detail view.
 * @csspart share-link - The shareable link in the detail view.
 * @csspart loading - The loading state with its progress bar.
 * @csspart error - The error state.
 * @csspart retry - The retry button of the error state.
 * @csspart empty - The no-hits state.
 * @csspart notice - The notice about invalid records (with `debug`).
 *
 * @cssproperty --sk-color-accent - Links, focus, primary buttons. Default #1f5f8b.
 * @cssproperty --sk-color-text - Text colour. Default #1b1b1b.
 * @cssproperty --sk-color-background - Background. Default #fff.
 * @cssproperty --sk-color-surface - Background of notices and buttons. Default #f3f5f7.
 * @cssproperty --sk-color-muted - Secondary text. Default #545454.
 * @cssproperty --sk-color-border - Borders. Default #8a8a8a.
 * @cssproperty --sk-color-mark - Background of highlighted matches. Default #fff0a8.
 * @cssproperty --sk-color-warning - Freshness and error markers. Default #8a4b00.
 * @cssproperty --sk-color-focus - Focus outline. Default the accent.
 * @cssproperty --sk-font-family - Font; inherits the page's font by default.
 * @cssproperty --sk-radius - Corner radius. Default 6px.
 * @cssproperty --sk-space - Base spacing. Default 1rem.
 *
 * @fires {CustomEvent<InsatsSokSelectDetail>} insats-sok-select - A hit's detail view opened.
 * @fires {CustomEvent<InsatsSokChangeDetail>} insats-sok-change - Query or filters changed.
 * @fires {CustomEvent<InsatsSokLoadDetail>} insats-sok-load - Data loaded (or failed), with problem counts.
 */
export class InsatsSok extends LitElement {
  static override styles = [sharedStyles, styles];

  static override properties = {
    src: { type: String, reflect: true },
    lang: { type: String },
    association: { type: String, reflect: true },
    municipality: { type: String, reflect: true },
    targetGroup: { type: String, reflect: true, attribute: 'target-group' },
    organisation: { type: String, reflect: true },
    syncUrl: { type: Boolean, reflect: true, attribute: 'sync-url' },
    debug: { type: Boolean, reflect: true },
    staleMonths: { type: Number, reflect: true, attribute: 'stale-months' },
    data: { attribute: false },
    strings: { attribute: false },
    _load: { state: true },
    _query: { state: true },
    _filters: { state: true },
    _sort: { state: true },
    _limit: { state: true },
    _detail: { state: true },
    _expanded: { state: true },
    _filtersOpen: { state: true },
  };

  /** URL of the dataset, or several separated by spaces (merged by the SDK). */
  declare src: string;
  /** Only the insatser of this samordningsförbund (organisation id). */
  declare association: string | undefined;
  /** Preset kommun filter: SCB code or name ("1980", "Västerås"). */
  declare municipality: string | undefined;
  /** Preset target group filter (term id, e.g. "unga-vuxna"). */
  declare targetGroup: string | undefined;
  /** Preset organisation filter: the insatser this organisation provides, funds or steers. */
  declare organisation: string | undefined;
  /** Keep the whole search state in the page URL so links share it and the back button works. */
  declare syncUrl: boolean;
  /** Show a notice about invalid records in the data (for webmasters). */
  declare debug: boolean;
  /** Months after which an insats that was not verified gets a freshness marker (default 12). */
  declare staleMonths: number;
  /**
   * The data, set from code: an SDK `Dataset`, or a raw dataset object (validated by the SDK).
   * Named `data`, not `dataset`, so the element keeps the built-in `HTMLElement.dataset` (data-* attributes).
   */
  declare data: Dataset | object | undefined;
  /** Overrides of UI texts, by message key. */
  declare strings: InsatsSokStrings | undefined;

  declare _load: LoadStatus;
  declare _query: string;
  declare _filters: InsatsSokFilters;
  declare _sort: SortOrder;
  declare _limit: number;
  declare _detail: string | undefined;
  declare _expanded: ReadonlySet<string>;
  /** Filters start folded away on narrow screens (results first), open on wide ones. */
  declare _filtersOpen: boolean | undefined;

  private _data?: Dataset;
  private _index?: SearchIndex;
  private _result?: SearchResult;
  private _loadResult?: LoadResult;
  private _abort?: AbortController;
  private _returnFocus?: string;
  private _focusDetail = false;
  private _history: 'push' | 'replace' | 'none' = 'none';
  private _lastChange = '';
  private _onlyCache?: { key: string; set: ReadonlySet<string> | undefined };
  private _stateInitialised = false;

  constructor() {
    super();
    this.src = '';
    this.syncUrl = false;
    this.debug = false;
    this.staleMonths = 12;
    this._load = { status: 'idle' };
    this._query = '';
    this._filters = emptyFilters();
    this._sort = 'relevance';
    this._limit = PAGE;
    this._detail = undefined;
    this._expanded = new Set();
  }

  // ---- Public API ---------------------------------------------------------------------------------

  /** Sets the search text (as if typed). */
  setQuery(q: string): void {
    this._query = q;
    this._limit = PAGE;
    this._history = 'replace';
  }

  /** Merges filters into the current ones; lists replace lists. */
  setFilters(filters: Partial<InsatsSokFilters>): void {
    const next = { ...this._filters, ...filters };
    for (const key of ['age', 'organisation'] as const)
      if (key in filters && filters[key] === undefined) delete next[key];
    this._filters = next;
    this._limit = PAGE;
    this._history = 'push';
  }

  /** Removes every filter (the text stays). */
  clearFilters(): void {
    this._filters = emptyFilters();
    this._limit = PAGE;
    this._history = 'push';
  }

  /** Opens the detail view of an insats. */
  openService(id: string): void {
    if (this._detail !== id) this._returnFocus = this._detail ? this._returnFocus : id;
    this._detail = id;
    this._focusDetail = true;
    this._history = 'push';
    this.emit<InsatsSokSelectDetail>('insats-sok-select', { id });
  }

  /** Closes the detail view; focus returns to the hit it was opened from. */
  closeDetail(): void {
    if (this._detail === undefined) return;
    this._detail = undefined;
    this._history = 'push';
  }

  /** The current state: what a shareable link holds. */
  get state(): InsatsSokState {
    const s: InsatsSokState = { query: this._query, filters: this._filters, sort: this._sort };
    if (this._detail) s.detail = this._detail;
    return s;
  }

  // ---- Lifecycle ----------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    if (!this._stateInitialised) {
      this._stateInitialised = true;
      // 44rem: where the layout gets two columns.
      const width = this.getBoundingClientRect().width;
      if (width > 0) this._filtersOpen = width >= 704;
      const fromUrl = readState(new URLSearchParams(location.search));
      if (fromUrl) this.applyState(fromUrl);
      else this.applyPresets();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this._abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data')) void this.reload();
    if (this._index && this._load.status === 'ready') this._result = this.runSearch();
  }

  protected override updated(): void {
    if (this._focusDetail && this._detail && this._data) {
      this._focusDetail = false;
      this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
    } else if (!this._detail && this._returnFocus && this._load.status === 'ready') {
      const id = this._returnFocus;
      this._returnFocus = undefined;
      const link = [...this.renderRoot.querySelectorAll<HTMLElement>('a[data-id]')].find(
        (a) => a.dataset.id === id,
      );
      (link ?? this.renderRoot.querySelector<HTMLElement>('input[type=search]'))?.focus();
    }
    if (this._result) {
      const key = JSON.stringify([this._query, this._filters, this._result.total]);
      if (key !== this._lastChange) {
        this._lastChange = key;
        this.emit<InsatsSokChangeDetail>('insats-sok-change', {
          query: this._query,
          filters: structuredClone(this._filters),
          total: this._result.total,
        });
      }
    }
    if (this._history !== 'none') {
      if (this.syncUrl) {
        const url = new URL(location.href);
        writeState(url.searchParams, this.state);
        if (url.href !== location.href) {
          if (this._history === 'push') history.pushState({ insatsSok: true }, '', url);
          else history.replaceState(history.state, '', url);
        }
      }
      this._history = 'none';
    }
  }

  // ---- Data ---------------------------------------------------------------------------------------

  /** Loads (or re-loads) the data from `dataset` or `src` and builds the search index. */
  async reload(): Promise<void> {
    this._abort?.abort();
    const abort = new AbortController();
    this._abort = abort;
    this._index = undefined;
    this._result = undefined;
    try {
      let dataset: Dataset;
      if (this.data instanceof Dataset) {
        dataset = this.data;
        this._loadResult = undefined;
      } else {
        let result: LoadResult;
        if (this.data) {
          this._load = { status: 'loading' };
          // Wrapped in a list: data set from code is one dataset, never a list of URLs to fetch.
          result = await loadDataset([this.data], { signal: abort.signal });
        } else {
          const urls = parseSrc(this.src);
          if (!urls.length) {
            this._load = { status: 'idle' };
            return;
          }
          this._load = { status: 'loading' };
          result = await loadDataset(urls, {
            signal: abort.signal,
            onProgress: (loaded, total) => {
              if (this._abort === abort)
                this._load = { status: 'loading', loaded, ...(total !== undefined && { total }) };
            },
          });
        }
        if (this._abort !== abort) return;
        this._loadResult = result;
        const empty = result.dataset.services.length === 0 && result.dataset.organisations.length === 0;
        if (result.fatal && empty) {
          for (const p of result.problems) console.error(`[insats-sok] ${formatProblem(p, 'en')}`);
          this._load = { status: 'error', problems: result.problems };
          this.emit<InsatsSokLoadDetail>('insats-sok-load', {
            errors: result.errors,
            warnings: result.warnings,
          });
          return;
        }
        if (result.errors)
          for (const p of result.problems)
            if (p.severity === 'error') console.warn(`[insats-sok] ${formatProblem(p, 'en')}`);
        dataset = result.dataset;
      }
      this._data = dataset;
      this._load = { status: 'indexing', done: 0, total: dataset.services.length };
      const index = await createServiceIndexAsync(dataset, {
        signal: abort.signal,
        onProgress: (done, total) => {
          if (this._abort === abort) this._load = { status: 'indexing', done, total };
        },
      });
      if (this._abort !== abort) return;
      this._index = index;
      this._onlyCache = undefined;
      this._load = { status: 'ready' };
      this.emit<InsatsSokLoadDetail>('insats-sok-load', {
        errors: this._loadResult?.errors ?? 0,
        warnings: this._loadResult?.warnings ?? 0,
      });
    } catch (error) {
      if (abort.signal.aborted) return;
      console.error('[insats-sok]', error);
      this._load = { status: 'error', problems: [], error };
      this.emit<InsatsSokLoadDetail>('insats-sok-load', { errors: 1, warnings: 0 });
    }
  }

  private runSearch(): SearchResult {
    const f = this._filters;
    return this._index!.search({
      text: this._query,
      filters: {
        targetGroup: f.targetGroups,
        municipality: f.municipalities,
        provider: f.providers,
        kind: f.kinds,
        status: f.statuses,
        financing: f.financing,
      },
      ...(f.age !== undefined && { age: f.age }),
      ...this.onlyOption(),
      sort: this._sort,
      limit: this._limit,
    });
  }

  /** Restriction to a förbund's and/or an organisation's insatser, cached per (data, ids). */
  private onlyOption(): { only?: ReadonlySet<string> } {
    const data = this._data;
    if (!data) return {};
    const key = `${this.association ?? ''}\u0000${this._filters.organisation ?? ''}`;
    if (this._onlyCache?.key !== key) {
      let set: Set<string> | undefined;
      const restrict = (services: Service[]) => {
        const ids = new Set(services.map((s) => s.id));
        set = set ? new Set([...set].filter((id) => ids.has(id))) : ids;
      };
      if (this.association) restrict(data.servicesByAssociation(this.association));
      if (this._filters.organisation) restrict(data.servicesByOrganisation(this._filters.organisation));
      this._onlyCache = { key, set };
    }
    return this._onlyCache.set ? { only: this._onlyCache.set } : {};
  }

  private applyPresets(): void {
    const f = emptyFilters();
    if (this.municipality) {
      const m = findMunicipality(this.municipality);
      f.municipalities = [m?.code ?? this.municipality];
    }
    if (this.targetGroup) f.targetGroups = [this.targetGroup];
    if (this.organisation) f.organisation = this.organisation;
    this._filters = f;
  }

  private applyState(s: InsatsSokState): void {
    this._query = s.query;
    this._filters = s.filters;
    this._sort = s.sort;
    this._limit = PAGE;
    if (s.detail !== this._detail) {
      if (s.detail) {
        this._detail = s.detail;
        this._focusDetail = this.hasUpdated;
      } else {
        this._returnFocus = this._detail;
        this._detail = undefined;
      }
    }
  }

  private onPopState = (): void => {
    if (!this.syncUrl) return;
    const s = readState(new URLSearchParams(location.search));
    if (s) this.applyState(s);
    else {
      this.applyPresets();
      this._query = '';
      this.applyState({ query: '', filters: this._filters, sort: 'relevance' });
    }
    this._history = 'none';
  };

  private emit<T>(name: keyof HTMLElementEventMap, detail: T): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  // ---- Rendering ----------------------------------------------------------------------------------

  private get lang2() {
    return resolveLang(this);
  }

  private t = (key: InsatsSokMessageKey, params?: Record<string, string | number>): string =>
    translate(CATALOGUE, this.lang2, this.strings, key, params);

  private ctx(): RenderContext {
    return {
      t: this.t,
      lang: this.lang2,
      dataset: this._data!,
      staleMonths: this.staleMonths ?? 12,
      now: new Date(),
    };
  }

  override render(): TemplateResult {
    const load = this._load;
    if (load.status === 'error') return this.renderError(load);
    if (load.status === 'idle')
      return html`<div class="notice" part="notice"><p>${this.t('noData')}</p></div>`;
    if (load.status !== 'ready' || !this._result || !this._data) return this.renderLoading(load);
    const ctx = this.ctx();
    const service = this._detail ? this._data.service(this._detail) : undefined;
    return html`
      ${this.renderNotice()}
      ${
        this._detail
          ? service
            ? renderDetail(ctx, service, {
                back: () => this.closeDetail(),
                print: () => window.print(),
                keydown: (e) => {
                  if (e.key === 'Escape') {
                    e.preventDefault();
                    this.closeDetail();
                  }
                },
                shareHref: stateUrl(location.href, this.state),
              })
            : html`<div class="empty" part="empty">
                <p>${this.t('notFound', { id: this._detail })}</p>
                <button type="button" part="back" @click=${() => this.closeDetail()}>${this.t('back')}</button>
              </div>`
          : this.renderSearch(ctx, this._result)
      }
    `;
  }

  private renderLoading(load: LoadStatus): TemplateResult {
    const indexing = load.status === 'indexing';
    const value = indexing ? load.done : load.status === 'loading' ? load.loaded : undefined;
    const max = indexing ? load.total : load.status === 'loading' ? load.total : undefined;
    const label = indexing ? this.t('indexing') : this.t('loading');
    return html`<div class="loading" part="loading" aria-busy="true">
      <p id="loading-label" role="status">${label}</p>
      ${
        value !== undefined && max
          ? html`<progress aria-labelledby="loading-label" max=${max} .value=${value}></progress>`
          : html`<progress aria-labelledby="loading-label"></progress>`
      }
    </div>`;
  }

  private renderError(load: Extract<LoadStatus, { status: 'error' }>): TemplateResult {
    const lang = this.lang2;
    const details = load.problems.length
      ? load.problems.map((p) => formatProblem(p, lang))
      : [String(load.error)];
    return html`<div class="error" part="error" role="alert">
      <h2>${this.t('errorTitle')}</h2>
      <p>${this.t('errorText')}</p>
      <details>
        <summary>${this.t('errorDetails')}</summary>
        <ul>
          ${details.map((d) => html`<li>${d}</li>`)}
        </ul>
      </details>
      <p><button type="button" class="primary" part="retry" @click=${() => void this.reload()}>${this.t('retry')}</button></p>
    </div>`;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const r = this._loadResult;
    if (!this.debug || !r?.problems.length) return nothing;
    const lang = this.lang2;
    return html`<div class="notice" part="notice">
      <p>${this.t('invalidNotice', { count: r.errors })}</p>
      <details>
        <summary>${this.t('invalidDetails')}</summary>
        <ul>
          ${r.problems.map((p) => html`<li>${formatProblem(p, lang)}</li>`)}
        </ul>
      </details>
    </div>`;
  }

  private renderSearch(ctx: RenderContext, r: SearchResult): TemplateResult {
    const t = this.t;
    const chips = this.chips(ctx);
    return html`
      <div class="search" part="search" role="search" aria-label=${t('searchLabel')}>
        <label for="q">${t('searchLabel')}</label>
        <input
          id="q"
          part="input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="q-hint"
          .value=${this._query}
          @input=${(e: Event) => this.setQuery((e.target as HTMLInputElement).value)}
        />
        <p class="hint" id="q-hint">${t('searchHint')}</p>
      </div>
      <div class="layout">
        <details
          class="filters"
          part="filters"
          .open=${this._filtersOpen ?? true}
          @toggle=${(e: Event) => {
            this._filtersOpen = (e.target as HTMLDetailsElement).open;
          }}
        >
          <summary>${chips.length ? t('filtersSelected', { count: chips.length }) : t('filters')}</summary>
          <div class="filter-list">
          ${FACETS.map(([facet, key]) => this.renderFacet(ctx, r, facet, key))}
          <fieldset part="facet">
            <legend>${t('age')}</legend>
            <label for="age" class="visually-hidden">${t('age')}</label>
            <input
              id="age"
              type="number"
              inputmode="numeric"
              min="0"
              max="120"
              aria-describedby="age-hint"
              .value=${this._filters.age === undefined ? '' : String(this._filters.age)}
              @change=${(e: Event) => {
                const v = Number.parseInt((e.target as HTMLInputElement).value, 10);
                this.setFilters({ age: Number.isFinite(v) && v >= 0 && v <= 120 ? v : undefined });
              }}
            />
            <p class="hint" id="age-hint">${t('ageHint')}</p>
          </fieldset>
          </div>
        </details>
        <div class="results">
          ${
            chips.length
              ? html`<h2 class="visually-hidden">${t('activeFilters')}</h2>
                  <ul class="chips" part="chips" aria-label=${t('activeFilters')}>
                    ${chips.map(
                      (c) => html`<li>
                        <button type="button" part="chip" aria-label=${t('removeFilter', { label: c.label })} @click=${c.remove}>
                          ${c.label} <span aria-hidden="true">✕</span>
                        </button>
                      </li>`,
                    )}
                    <li><button type="button" class="link-button" @click=${() => this.clearFilters()}>${t('clearAll')}</button></li>
                  </ul>`
              : nothing
          }
          <div class="bar">
            <p role="status" part="count">${r.total === 0 ? t('count_0') : r.total === 1 ? t('count_1') : t('count_n', { count: formatNumber(ctx.lang, r.total) })}</p>
            <label>
              ${t('sort')}
              <select
                .value=${this._sort}
                @change=${(e: Event) => {
                  this._sort = (e.target as HTMLSelectElement).value as SortOrder;
                  this._history = 'push';
                }}
              >
                ${(['relevance', 'name', 'updated'] as const).map(
                  (s) => html`<option value=${s} ?selected=${this._sort === s}>${t(`sort_${s}`)}</option>`,
                )}
              </select>
            </label>
          </div>
          ${r.total === 0 ? this.renderEmpty(chips) : this.renderHits(ctx, r)}
        </div>
      </div>
    `;
  }

  private renderHits(ctx: RenderContext, r: SearchResult): TemplateResult {
    const data = this._data!;
    return html`
      <h2 class="visually-hidden">${this.t('results')}</h2>
      <ul class="hits" part="results">
        ${r.hits.map(({ id }) => {
          const s = data.service(id);
          return s ? this.renderHit(ctx, s, r.terms) : nothing;
        })}
      </ul>
      ${
        r.total > r.hits.length
          ? html`<button
              type="button"
              class="more"
              part="more"
              @click=${() => {
                this._limit += PAGE;
              }}
            >
              ${this.t('showMore', { shown: r.hits.length, total: r.total })}
            </button>`
          : nothing
      }
    `;
  }

  private renderHit(ctx: RenderContext, s: Service, terms: ReadonlySet<string>): TemplateResult {
    const t = this.t;
    const name = ctx.dataset.label(s.id, ctx.lang);
    const summary = s.summary
      ? typeof s.summary === 'string'
        ? s.summary
        : ((ctx.lang === 'en' ? s.summary.en : undefined) ?? s.summary.sv)
      : '';
    const kommuner = ctx.dataset.municipalitiesOf(s).map((c) => municipalityByCode(c)?.name ?? c);
    const fresh = freshness(ctx, s);
    const age = ageText(ctx, s);
    const mark = (text: string) =>
      highlight(text, terms).map((seg) => (seg.match ? html`<mark>${seg.text}</mark>` : seg.text));
    return html`<li class="hit" part="hit">
      <h3>
        <a part="hit-link" data-id=${s.id} href=${stateUrl(location.href, { ...this.state, detail: s.id })} @click=${(e: MouseEvent) => this.onHitClick(e, s.id)}
          >${mark(name)}</a
        >
      </h3>
      <dl>
        <div><dt>${t('providers')}</dt><dd>${names(ctx, s.providers).join(', ')}</dd></div>
        ${s.targetGroups?.length ? html`<div><dt>${t('targetGroups')}</dt><dd>${mark(names(ctx, s.targetGroups).join(', '))}${age ? ` (${age})` : ''}</dd></div>` : nothing}
        ${kommuner.length ? html`<div><dt>${t('municipalities')}</dt><dd>${mark(kommuner.join(', '))}</dd></div>` : nothing}
      </dl>
      ${summary ? html`<p>${mark(summary)}</p>` : nothing}
      ${
        fresh.date
          ? html`<p class="fresh ${fresh.stale ? 'stale' : ''}">
              ${fresh.stale ? html`<span aria-hidden="true">⚠ </span>${t('stale', { date: formatDate(ctx.lang, fresh.date) })}` : t('verified', { date: formatDate(ctx.lang, fresh.date) })}
            </p>`
          : nothing
      }
    </li>`;
  }

  private onHitClick(e: MouseEvent, id: string): void {
    // Let the browser open the link in a new tab or window when asked to.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    this.openService(id);
  }

  private renderEmpty(chips: Array<{ label: string; remove: () => void }>): TemplateResult {
    const t = this.t;
    return html`<div class="empty" part="empty">
      <h2>${t('emptyTitle')}</h2>
      <p>${t('emptyHelp')}</p>
      <ul class="plain">
        ${chips.map((c) => html`<li><button type="button" class="link-button" @click=${c.remove}>${t('removeFilter', { label: c.label })}</button></li>`)}
        ${this._query ? html`<li><button type="button" class="link-button" @click=${() => this.setQuery('')}>${t('clearQuery')}</button></li>` : nothing}
      </ul>
    </div>`;
  }

  private chips(ctx: RenderContext): Array<{ label: string; remove: () => void }> {
    const out: Array<{ label: string; remove: () => void }> = [];
    for (const [facet, key] of FACETS) {
      for (const v of this._filters[key]) {
        out.push({
          label: valueLabel(ctx, facet, v),
          remove: () => this.setFilters({ [key]: this._filters[key].filter((x) => x !== v) }),
        });
      }
    }
    if (this._filters.age !== undefined)
      out.push({
        label: this.t('ageChip', { age: this._filters.age }),
        remove: () => this.setFilters({ age: undefined }),
      });
    if (this._filters.organisation) {
      out.push({
        label: this.t('organisationChip', { label: ctx.dataset.label(this._filters.organisation, ctx.lang) }),
        remove: () => this.setFilters({ organisation: undefined }),
      });
    }
    return out;
  }

  private renderFacet(
    ctx: RenderContext,
    r: SearchResult,
    facet: FacetName,
    key: FacetKey,
  ): TemplateResult | typeof nothing {
    return renderFacet(ctx, r.facets[facet], facet, {
      selected: this._filters[key],
      expanded: this._expanded.has(facet),
      toggle: (value, on) => {
        const list = this._filters[key].filter((x) => x !== value);
        this.setFilters({ [key]: on ? [...list, value] : list });
      },
      expand: () => {
        const next = new Set(this._expanded);
        if (next.has(facet)) next.delete(facet);
        else next.add(facet);
        this._expanded = next;
      },
    });
  }
}

aliasDatasetToData(InsatsSok);

declare global {
  interface HTMLElementEventMap {
    'insats-sok-select': CustomEvent<InsatsSokSelectDetail>;
    'insats-sok-change': CustomEvent<InsatsSokChangeDetail>;
    'insats-sok-load': CustomEvent<InsatsSokLoadDetail>;
  }
  interface HTMLElementTagNameMap {
    'insats-sok': InsatsSok;
  }
}
