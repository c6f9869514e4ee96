import { Task, TaskStatus } from '@lit/task';
import {
  createServiceIndexAsync,
  type Dataset,
  emptySearchFilters,
  FACET_NAMES,
  facetFilters,
  type SearchFilters,
  type SearchIndex,
  type SearchResult,
  type Service,
  type SortOrder,
} from '@samordningskartan/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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

/** Where the index is: not yet, being built (with progress), or ready. */
export type IndexState =
  | { status: 'none' }
  | { status: 'indexing'; done: number; total: number }
  | { status: 'ready'; index: SearchIndex };

/**
 * The search of `<insats-sok>`: builds the index for a dataset (in slices, with progress), holds the
 * query, filters, sort order and page size, and computes the result once per update.
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
  /** The result of the current update (undefined until the index is ready). */
  result: SearchResult | undefined;
  /** What the live region says: the hit count, once typing paused. */
  announced: number | undefined;

  private readonly host: SearchHost;
  private readonly dataset: () => Dataset | undefined;
  private readonly task: Task<readonly [Dataset | undefined], SearchIndex | undefined>;
  private progress = { done: 0, total: 0 };
  private typing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private onlyCache?: { key: string; dataset: Dataset; set: ReadonlySet<string> | undefined };

  constructor(host: SearchHost, dataset: () => Dataset | undefined, onIndexed?: () => void) {
    this.host = host;
    this.dataset = dataset;
    host.addController(this);
    this.task = new Task(host, {
      task: async ([d], { signal }) => {
        if (!d) return undefined;
        this.progress = { done: 0, total: d.services.length };
        return createServiceIndexAsync(d, {
          signal,
          onProgress: (done, total) => {
            if (signal.aborted) return;
            this.progress = { done, total };
            host.requestUpdate();
          },
        });
      },
      args: () => [dataset()] as const,
      onComplete: (index) => {
        // @lit/task sets its status after this hook: report once the host rendered the result.
        if (index) queueMicrotask(() => void host.updateComplete.then(() => onIndexed?.()));
      },
    });
  }

  /** The index's state. */
  get index(): IndexState {
    const v = this.task.value;
    if (this.task.status === TaskStatus.COMPLETE && v) return { status: 'ready', index: v };
    return this.task.status === TaskStatus.PENDING
      ? { status: 'indexing', ...this.progress }
      : { status: 'none' };
  }

  /** Sets the text (as typed): the hit count is announced once typing pauses. */
  setQuery(q: string): void {
    this.query = q;
    this.limit = PAGE;
    this.typing = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.typing = false;
      this.host.requestUpdate();
    }, ANNOUNCE_AFTER);
    this.host.requestUpdate();
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

  hostUpdate(): void {
    const index = this.index;
    if (index.status !== 'ready') {
      this.result = undefined;
      return;
    }
    this.result = index.index.search({
      text: withoutTrailingLetter(this.query),
      filters: facetFilters(this.filters),
      ...(this.filters.age !== undefined && { age: this.filters.age }),
      ...this.only(),
      sort: this.sort,
      limit: this.limit,
    });
    if (!this.typing) this.announced = this.result.total;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.typing = false;
  }

  /** Restriction to a förbund's and/or an organisation's insatser, cached per (data, ids). */
  private only(): { only?: ReadonlySet<string> } {
    const data = this.dataset();
    if (!data) return {};
    const key = `${this.host.association ?? ''}\u0000${this.filters.organisation ?? ''}`;
    if (this.onlyCache?.key !== key || this.onlyCache.dataset !== data) {
      let set: Set<string> | undefined;
      const restrict = (services: Service[]) => {
        const ids = new Set(services.map((s) => s.id));
        set = set ? new Set([...set].filter((id) => ids.has(id))) : ids;
      };
      if (this.host.association) restrict(data.servicesByAssociation(this.host.association));
      if (this.filters.organisation) restrict(data.servicesByOrganisation(this.filters.organisation));
      this.onlyCache = { key, dataset: data, set };
    }
    return this.onlyCache.set ? { only: this.onlyCache.set } : {};
  }
}

/** "unga v" → "unga": a one-letter word still being typed matches nothing yet. */
export function withoutTrailingLetter(q: string): string {
  if (/\s$/.test(q)) return q;
  const m = /(^|\s)(\S)$/u.exec(q);
  return m ? q.slice(0, q.length - 1).trimEnd() : q;
}
