import { emptySearchFilters, type SearchFilters } from '@samordningskartan/sdk';
import { html, type nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { SkElement } from '../shared/base-element.js';
import { CatalogueController } from '../shared/catalogue-controller.js';
import { renderDataNotice, renderErrorView, renderLoadingView } from '../shared/error-view.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { type InsatsSokStrings, MESSAGES } from './insats-sok.messages.js';
import { styles } from './insats-sok.styles.js';
import type { RenderContext } from './render-context.js';
import { renderDetail } from './render-detail.js';
import { renderSearch } from './render-search.js';
import { SearchController } from './search-controller.js';
import { type InsatsSokState, stateUrl } from './url-state.js';
import { UrlSyncController } from './url-sync-controller.js';

export type { InsatsSokStrings } from './insats-sok.messages.js';

export interface InsatsSokSelectDetail {
  id: string;
}
export interface InsatsSokChangeDetail {
  query: string;
  filters: SearchFilters;
  total: number;
}
export interface InsatsSokLoadDetail {
  errors: number;
  warnings: number;
  /** True when the search answers from the prebuilt index (`index`), false when it indexed the file. */
  prebuiltIndex: boolean;
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
 * @csspart count - The hit count.
 * @csspart status - The live region (visually hidden) that announces the hit count once typing pauses.
 * @csspart results - The list of hits.
 * @csspart hit - One hit.
 * @csspart hit-link - The link in a hit that opens its detail view.
 * @csspart more - The "visa fler" button.
 * @csspart detail - The detail view of one insats.
 * @csspart back - The button back from the detail view.
 * @csspart print - The print button of the detail view.
 * @csspart share-link - The shareable link in the detail view.
 * @csspart access-link - The link to the page that says how to apply or register, when the data gives one.
 * @csspart participation - The list of ways employers and associations take part.
 * @csspart no-contact - "Not given" when an insats names no contact and its providers no web page.
 * @csspart error-report - The "Rapportera fel i uppgiften" link (hidden when the data gives no address).
 * @csspart loading - The loading state with its progress bar.
 * @csspart error - The error state.
 * @csspart retry - The retry button of the error state (only for errors that may pass).
 * @csspart empty - The no-hits state.
 * @csspart notice - The notice about invalid records (with `debug`).
 *
 * @cssproperty --sk-color-accent - Links, focus, primary buttons, checkboxes. Default #1f5f8b.
 * @cssproperty --sk-color-text - Text colour. Default #1b1b1b.
 * @cssproperty --sk-color-background - Background. Default #fff.
 * @cssproperty --sk-color-on-accent - Text on the accent colour. Default the background.
 * @cssproperty --sk-color-surface - Background of notices and buttons. Default 5% text on the background.
 * @cssproperty --sk-color-muted - Secondary text. Default 72% text on the background.
 * @cssproperty --sk-color-border - Borders. Default 50% text on the background.
 * @cssproperty --sk-color-mark - Background of highlighted matches. Default a light yellow mixed with the background.
 * @cssproperty --sk-color-warning - Freshness and error markers. Default an orange mixed with the text colour.
 * @cssproperty --sk-color-focus - Focus outline. Default the accent.
 * @cssproperty --sk-font-family - Font; inherits the page's font by default.
 * @cssproperty --sk-radius - Corner radius. Default 6px.
 * @cssproperty --sk-space - Base spacing. Default 1rem.
 *
 * @fires {CustomEvent<InsatsSokSelectDetail>} insats-sok-select - A hit's detail view opened.
 * @fires {CustomEvent<InsatsSokChangeDetail>} insats-sok-change - Query or filters changed.
 * @fires {CustomEvent<InsatsSokLoadDetail>} insats-sok-load - Data loaded (or failed), with problem counts.
 */
export class InsatsSok extends SkElement {
  static override styles = [tokens, sharedStyles, styles];

  static override properties: PropertyDeclarations = {
    association: { type: String, reflect: true },
    municipality: { type: String, reflect: true },
    targetGroup: { type: String, reflect: true, attribute: 'target-group' },
    audience: { type: String, reflect: true },
    organisation: { type: String, reflect: true },
    syncUrl: { type: Boolean, reflect: true, attribute: 'sync-url' },
    staleMonths: { type: Number, reflect: true, attribute: 'stale-months' },
    index: { type: String, reflect: true },
    _detail: { state: true },
    _expanded: { state: true },
    _filtersOpen: { state: true },
  };

  /** Only the insatser of this samordningsförbund (organisation id). */
  declare association: string | undefined;
  /** Preset kommun filter: SCB code or name ("1980", "Västerås"). */
  declare municipality: string | undefined;
  /** Preset target group filter (term id, e.g. "unga-vuxna"). */
  declare targetGroup: string | undefined;
  /**
   * Preset audience filter (`employers`, `civilSociety`, `staff`, `individuals`): an entry for
   * employers and civil society shows the offers they can take part in first.
   */
  declare audience: string | undefined;
  /** Preset organisation filter: the insatser this organisation provides, funds or steers. */
  declare organisation: string | undefined;
  /** Keep the whole search state in the page URL so links share it and the back button works. */
  declare syncUrl: boolean;
  /** Months after which an insats that was not verified gets a freshness marker (default 12). */
  declare staleMonths: number;
  /**
   * URL of the data file's prebuilt search index, written by `samordningskartan index <file.json>`
   * (`<file.json>.index`). The search then starts without indexing and reads only the insatser it
   * shows. Used only with one file in `src`; an index that does not belong to the file is ignored
   * with a notice (the file is indexed as without it). Nothing is fetched when it is not set.
   */
  declare index: string | undefined;
  /** Overrides of UI texts, by message key. */
  declare strings: InsatsSokStrings | undefined;

  declare _detail: string | undefined;
  declare _expanded: ReadonlySet<string>;
  /** Filters start folded away on narrow screens (results first), open on wide ones. */
  declare _filtersOpen: boolean | undefined;

  private readonly l = new LocalizeController(this, MESSAGES, () => this.source.view?.meta.language);
  private readonly source = new CatalogueController(this, {
    log: '[insats-sok]',
    onError: (error) => {
      const r = error.result;
      this.emit('insats-sok-load', {
        errors: r?.errors ?? 1,
        warnings: r?.warnings ?? 0,
        prebuiltIndex: false,
      });
    },
  });
  private readonly search = new SearchController(
    this,
    () => {
      const s = this.source.state;
      return s.status === 'ready' ? s : undefined;
    },
    () => {
      const r = this.source.view?.summary;
      this.emit('insats-sok-load', {
        errors: r?.errors ?? 0,
        warnings: r?.warnings ?? 0,
        prebuiltIndex: r?.prebuiltIndex ?? false,
      });
    },
  );
  private readonly urlSync = new UrlSyncController(this);
  private returnFocus?: string;
  private focusDetail = false;
  private lastChange = '';

  constructor() {
    super();
    this.syncUrl = false;
    this.staleMonths = 12;
    this._detail = undefined;
    this._expanded = new Set();
  }

  // ---- Public API ---------------------------------------------------------------------------------

  /** Sets the search text (as if typed). */
  setQuery(q: string): void {
    this.search.setQuery(q);
    this.urlSync.changed('replace');
  }

  /** Merges filters into the current ones; lists replace lists, `undefined` removes age/organisation. */
  setFilters(filters: Partial<SearchFilters>): void {
    this.search.setFilters(filters);
    this.urlSync.changed('push');
  }

  /** Removes every filter (the text stays). */
  clearFilters(): void {
    this.search.setFilters({ ...emptySearchFilters(), age: undefined, organisation: undefined });
    this.urlSync.changed('push');
  }

  /** Opens the detail view of an insats. */
  openService(id: string): void {
    if (this._detail !== id) this.returnFocus = this._detail ? this.returnFocus : id;
    this._detail = id;
    this.focusDetail = true;
    this.urlSync.changed('push');
    this.emit('insats-sok-select', { id });
  }

  /** Closes the detail view; focus returns to the hit it was opened from. */
  closeDetail(): void {
    if (this._detail === undefined) return;
    this._detail = undefined;
    this.urlSync.changed('push');
  }

  /** Loads the data again from `data` or `src`. */
  reload(): Promise<void> {
    return this.source.reload();
  }

  /** The current state: what a shareable link holds. */
  get state(): InsatsSokState {
    const { query, filters, sort } = this.search;
    const s: InsatsSokState = { query, filters, sort };
    if (this._detail) s.detail = this._detail;
    return s;
  }

  /**
   * Takes a state (from a deep link or the back button); without one, the presets of the
   * attributes. Used by the URL sync.
   * @internal
   */
  applyState(s: InsatsSokState | undefined): void {
    const search = this.search;
    if (!s) {
      search.query = '';
      search.sort = 'relevance';
      search.filters = emptySearchFilters();
      // A name becomes its code once the catalogue is there (it knows the kommuner).
      if (this.municipality) search.filters.municipality = [this.municipality];
      if (this.targetGroup) search.filters.targetGroup = [this.targetGroup];
      if (this.audience) search.filters.audience = [this.audience];
      if (this.organisation) search.filters.organisation = this.organisation;
    } else {
      search.query = s.query;
      search.filters = s.filters;
      search.sort = s.sort;
    }
    this.requestUpdate();
    const detail = s?.detail;
    if (detail === this._detail) return;
    if (detail) {
      this._detail = detail;
      this.focusDetail = this.hasUpdated;
    } else {
      this.returnFocus = this._detail;
      this._detail = undefined;
    }
  }

  // ---- Lifecycle ----------------------------------------------------------------------------------

  /** Also waits for the search the update asked the catalogue for, and its rendering. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.search.pending) {
      await this.search.pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  override connectedCallback(): void {
    if (this._filtersOpen === undefined) {
      // 44rem: where the layout gets two columns.
      const width = this.getBoundingClientRect().width;
      if (width > 0) this._filtersOpen = width >= 704;
    }
    super.connectedCallback();
  }

  protected override updated(): void {
    const ready = this.search.result !== undefined;
    if (this.focusDetail && this._detail && ready) {
      this.focusDetail = false;
      this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
    } else if (!this._detail && this.returnFocus && ready) {
      const id = this.returnFocus;
      this.returnFocus = undefined;
      const link = [...this.renderRoot.querySelectorAll<HTMLElement>('a[data-id]')].find(
        (a) => a.dataset.id === id,
      );
      (link ?? this.renderRoot.querySelector<HTMLElement>('input[type=search]'))?.focus();
    }
    const r = this.search.result;
    if (r && this.search.current) {
      const { query, filters } = this.search;
      const key = JSON.stringify([query, filters, r.total]);
      if (key !== this.lastChange) {
        this.lastChange = key;
        this.emit('insats-sok-change', { query, filters: structuredClone(filters), total: r.total });
      }
    }
  }

  // ---- Rendering ----------------------------------------------------------------------------------

  override render(): TemplateResult {
    const { t } = this.l;
    const load = this.source.state;
    // A failed load, or a search the catalogue failed: "Försök igen" reads the catalogue again.
    const { failed } = this.search;
    if (load.status === 'error' || failed)
      return renderErrorView(load.status === 'error' ? load.error : failed!, t, this.l.lang, () => {
        void this.source.reload();
      });
    if (load.status === 'idle') return html`<div class="sk-notice" part="notice"><p>${t('noData')}</p></div>`;
    if (load.status === 'loading')
      return renderLoadingView(
        t(load.stage === 'indexing' ? 'indexing' : 'loading'),
        load.loaded,
        load.total,
      );
    const result = this.search.result;
    if (!result) return renderLoadingView(t('indexing'));
    const ctx: RenderContext = {
      t,
      lang: this.l.lang,
      text: (v) => this.l.data(v),
      dataset: load.view,
      staleMonths: this.staleMonths ?? 12,
      now: new Date(),
    };
    if (!this._detail)
      return html`${this.renderNotice()}${renderSearch(ctx, {
        search: this.search,
        result,
        filtersOpen: this._filtersOpen ?? true,
        expanded: this._expanded,
        setQuery: (q) => this.setQuery(q),
        setFilters: (f) => this.setFilters(f),
        clearFilters: () => this.clearFilters(),
        setSort: (sort) => {
          this.search.setSort(sort);
          this.urlSync.changed('push');
        },
        toggleFilters: (open) => {
          this._filtersOpen = open;
        },
        expand: (facet) => {
          const next = new Set(this._expanded);
          if (!next.delete(facet)) next.add(facet);
          this._expanded = next;
        },
        hitHref: (id) => stateUrl(location.href, { ...this.state, detail: id }),
        openHit: (e, id) => {
          // Let the browser open the link in a new tab or window when asked to.
          if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
          e.preventDefault();
          this.openService(id);
        },
      })}`;
    const back = () => this.closeDetail();
    if (!load.view.known(this._detail)) {
      this.search.fetchRecord(this._detail);
      return renderLoadingView(t('loading'));
    }
    const service = load.view.service(this._detail);
    return html`${this.renderNotice()}${
      service
        ? renderDetail(ctx, service, {
            back,
            print: () => window.print(),
            keydown: (e) => {
              if (e.key !== 'Escape') return;
              e.preventDefault();
              back();
            },
            shareHref: stateUrl(location.href, this.state),
          })
        : html`<div class="sk-notice" part="empty">
            <p>${t('notFound', { id: this._detail })}</p>
            <button type="button" part="back" @click=${back}>${t('back')}</button>
          </div>`
    }`;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    return renderDataNotice(this.debug, this.source.view?.summary, this.l.t, this.l.lang);
  }
}

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
