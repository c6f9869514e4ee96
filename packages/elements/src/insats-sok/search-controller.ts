import {
  emptySearchFilters,
  FACET_NAMES,
  facetFilters,
  type SearchFilters,
  type SearchResult,
  type SortOrder,
} from '@samordningskartan/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CatalogueClient, CatalogueView } from '../shared/catalogue-client.js';
import type { CataloguePage, CatalogueQuery, ServiceView } from '../shared/catalogue-protocol.js';
import { LoadError } from '../shared/load-error.js';

/** Hits per page ("Visa fler" adds as many). */
export const PAGE = 20;
/**
 * How long typing must pause before the hit count is announced (ms): one announcement per search,
 * not one per keystroke.
 */
export const ANNOUNCE_AFTER = 600;

/** What the search controller reads from its element. */
export interface SearchHost extends ReactiveControllerHost {
  /** Only the insatser of this förbund (the `association` attribute). */
  readonly association: string | undefined;
}

/** The loaded catalogue the search asks. */
export interface SearchSource {
  client: CatalogueClient;
  view: CatalogueView;
}

/**
 * The search of `<insats-sok>`: holds the query, filters, sort order and page size, and asks the
 * catalogue (in its worker) for the page of hits whenever one of them changed. The page keeps showing
 * the previous result until the new one arrives, so typing never waits for the search.
 *
 * A trailing one-letter word is left out of the search until a space or a second letter follows (a
 * one-letter prefix matches nothing and would flash an empty list). The hit count is handed to the
 * live region only once typing pauses, so it speaks once, not on every keystroke.
 */
export class SearchController implements ReactiveController {
  query = '';
  filters: SearchFilters = emptySearchFilters();
  sort: SortOrder = 'relevance';
  limit = PAGE;
  /** The latest result (undefined until the first one arrived for the current catalogue). */
  result: SearchResult | undefined;
  /** What the live region says: the hit count, once typing paused. */
  announced: number | undefined;
  /** Why the catalogue could not answer the current query (its worker broke, its data went away). */
  failed: LoadError | undefined;

  private readonly host: SearchHost;
  private readonly source: () => SearchSource | undefined;
  private readonly onFirstResult: (() => void) | undefined;
  private typing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The query last sent, and the view it was sent for. */
  private sent: { key: string; view: CatalogueView } | undefined;
  private shown: CatalogueView | undefined;
  private answered: { key: string; view: CatalogueView } | undefined;
  private inFlight: Promise<void> | undefined;

  constructor(host: SearchHost, source: () => SearchSource | undefined, onFirstResult?: () => void) {
    this.host = host;
    this.source = source;
    this.onFirstResult = onFirstResult;
    host.addController(this);
  }

  /** True when `result` answers the current query (not an older one still shown while typing). */
  get current(): boolean {
    return this.result !== undefined && this.answered === this.sent;
  }

  /** Resolves when no search or record request is on its way (the host's `updateComplete` waits for it). */
  get pending(): Promise<void> | undefined {
    return this.inFlight;
  }

  /** Sets the text (as typed): the hit count is announced once typing pauses. */
  setQuery(q: string): void {
    this.query = q;
    this.limit = PAGE;
    this.typing = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.typing = false;
      if (this.result) this.announced = this.result.total;
      this.host.requestUpdate();
    }, ANNOUNCE_AFTER);
    // No render for the keystroke itself (the field shows what was typed): the page renders once,
    // when the hits for the new text arrive.
    if (this.result) this.ask();
    else this.host.requestUpdate();
  }

  /** Merges filters into the current ones; lists replace lists, `undefined` removes age/organisation. */
  setFilters(filters: Partial<SearchFilters>): void {
    const next = { ...this.filters };
    for (const f of FACET_NAMES) if (filters[f]) next[f] = [...filters[f]];
    for (const key of ['age', 'organisation'] as const) {
      if (!(key in filters)) continue;
      if (filters[key] === undefined) delete next[key];
      else (next as Record<string, unknown>)[key] = filters[key];
    }
    this.filters = next;
    this.limit = PAGE;
    this.host.requestUpdate();
  }

  setSort(sort: SortOrder): void {
    this.sort = sort;
    this.host.requestUpdate();
  }

  showMore(): void {
    this.limit += PAGE;
    this.host.requestUpdate();
  }

  /** Fetches an insats's record (a deep link to one not among the hits); the host updates when it came. */
  fetchRecord(id: string): void {
    const src = this.source();
    if (!src || src.view.known(id)) return;
    this.track(
      src.client
        .request<ServiceView[]>({ op: 'records', key: src.view.key, ids: [id] })
        .then(
          (views) => src.view.remember(views, [id]),
          () => src.view.remember([], [id]),
        )
        // The detail was rendered as "loading" while the record was on its way: render it now.
        .then(() => this.host.requestUpdate()),
    );
  }

  hostUpdate(): void {
    const src = this.source();
    if (!src) {
      // Loading again (a retry after a failed search, too): ask afresh once it is ready.
      this.result = undefined;
      this.failed = undefined;
      this.sent = undefined;
      this.shown = undefined;
      return;
    }
    if (this.shown !== src.view) this.result = undefined;
    this.ask();
  }

  /** Asks the catalogue for the hits of the current query, unless that was the last question. */
  private ask(): void {
    const src = this.source();
    if (!src) return;
    // A kommun given by name (a preset, a link) searches by its code.
    const kommuner = this.filters.municipality;
    const codes = kommuner.map((k) => src.view.municipalityCode(k) ?? k);
    if (codes.some((c, i) => c !== kommuner[i])) this.filters = { ...this.filters, municipality: codes };
    const query: CatalogueQuery = {
      text: withoutTrailingLetter(this.query),
      filters: facetFilters(this.filters),
      ...(this.filters.age !== undefined && { age: this.filters.age }),
      ...(this.host.association && { association: this.host.association }),
      ...(this.filters.organisation && { organisation: this.filters.organisation }),
      sort: this.sort,
      limit: this.limit,
    };
    const key = JSON.stringify(query);
    if (this.sent?.key === key && this.sent.view === src.view) return;
    const sent = { key, view: src.view };
    this.sent = sent;
    this.track(
      src.client.request<CataloguePage>({ op: 'search', key: src.view.key, query }).then(
        async (page) => {
          // An answer to an older query is dropped: a newer one is on its way.
          if (this.sent !== sent) return;
          this.failed = undefined;
          src.view.remember(page.records);
          const first = this.shown !== src.view;
          this.shown = src.view;
          this.answered = sent;
          const { records: _, terms, ...rest } = page;
          const result = { ...rest, terms: new Set(terms) };
          if (!this.typing) this.announced = result.total;
          if (first) {
            // The first render builds the whole view: the hits in one task, the facets in the next,
            // so neither blocks the page for long.
            this.result = { ...result, facets: noFacets() };
            this.host.requestUpdate();
            await new Promise((r) => setTimeout(r, 0));
            if (this.sent !== sent) return;
          }
          this.result = result;
          this.host.requestUpdate();
          if (first) void this.host.updateComplete.then(() => this.onFirstResult?.());
        },
        (error: unknown) => {
          if (this.sent !== sent) return;
          this.failed = new LoadError(undefined, error);
          this.host.requestUpdate();
        },
      ),
    );
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.typing = false;
  }

  private track(p: Promise<void>): void {
    const all: Promise<void> = Promise.all([this.inFlight, p]).then(() => {
      if (this.inFlight === all) this.inFlight = undefined;
    });
    this.inFlight = all;
  }
}

const noFacets = () => Object.fromEntries(FACET_NAMES.map((f) => [f, {}])) as SearchResult['facets'];

/** "unga v" → "unga": a one-letter word still being typed matches nothing yet. */
export function withoutTrailingLetter(q: string): string {
  if (/\s$/.test(q)) return q;
  const m = /(^|\s)(\S)$/u.exec(q);
  return m ? q.slice(0, q.length - 1).trimEnd() : q;
}
