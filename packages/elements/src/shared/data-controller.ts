import { initialState, Task, TaskStatus } from '@lit/task';
import {
  Dataset,
  type DatasetSource,
  formatProblem,
  inSlices,
  type LoadResult,
} from '@samordningskartan/sdk';
import type { ReactiveControllerHost } from 'lit';
import { CatalogueHold, catalogueClient, useCatalogueCode } from './catalogue-client.js';
import { keyOf, parseSrc, toSources } from './catalogue-key.js';
import type { DatasetLoad } from './catalogue-protocol.js';
import { code as searchCode } from './catalogue-source.js';
import { LoadError } from './load-error.js';

// The map needs only the data, which every catalogue gives: the search's, unless the page has
// elements that need more.
useCatalogueCode([searchCode]);

export { parseSrc } from './catalogue-key.js';
export { LoadError, type LoadErrorReason } from './load-error.js';

/** What an element shows while and after loading. */
export type LoadState =
  | { status: 'idle' }
  | { status: 'loading'; loaded?: number; total?: number }
  | { status: 'error'; error: LoadError }
  | {
      status: 'ready';
      dataset: Dataset;
      result: LoadResult | undefined;
      /** The names of the kommuner the data names, by SCB code (from the catalogue; none from a custom loader). */
      municipalities: Readonly<Record<string, string>>;
    };

/**
 * Reads and merges datasets. The default is the page's catalogue (a worker where one starts, see
 * `catalogueClient`); another loader with the same contract (the SDK's `loadDataset`, in tests)
 * can replace it without changing any element.
 */
export type DatasetLoader = (
  sources: readonly DatasetSource[],
  options: { signal: AbortSignal; onProgress?: (loaded: number, total: number | undefined) => void },
) => Promise<LoadResult>;

/** What the data controller reads from its element. */
export type DataHost = ReactiveControllerHost & HTMLElement & { src: string; data: unknown };

export interface DataControllerOptions {
  loader?: DatasetLoader;
  /** Prefix of console messages for webmasters, e.g. "[insats-sok]". */
  log?: string;
  /** Called once per load when it settled (ready or error), after the state changed. */
  onSettled?: (state: LoadState) => void;
}

interface Loaded {
  dataset: Dataset;
  result: LoadResult | undefined;
  municipalities: Readonly<Record<string, string>>;
}

/**
 * Loads an element's data: `data` when set (an SDK `Dataset` as it is, a raw object validated; never
 * fetched), else the URLs of `src`; again whenever either changes, and on `reload()`. A newer load
 * aborts the older one. Partly invalid data still loads (the problems are in `result`); when nothing
 * usable was read the state is an error with a classified `LoadError`.
 *
 * Built on `@lit/task` (2 kB minified): it already handles the race between loads, aborting and
 * re-rendering; this adds progress, the classification and one `LoadState`.
 */
export class DataController {
  private readonly host: DataHost;
  private readonly options: DataControllerOptions;
  private readonly task: Task<readonly [string, unknown], Loaded>;
  private progress: { loaded?: number; total?: number } = {};
  /** Set by `reload()`: the catalogue reads the sources anew instead of answering from memory. */
  private fresh = false;
  private readonly hold = new CatalogueHold();

  constructor(host: DataHost, options: DataControllerOptions = {}) {
    this.host = host;
    this.options = options;
    // The element keeps its dataset in the page: back after leaving, it needs no new read.
    host.addController({ hostConnected: () => this.hold.back(), hostDisconnected: () => this.hold.leave() });
    this.task = new Task(host, {
      task: ([src, data], { signal }) => this.load(src, data, signal),
      args: () => [this.host.src, this.host.data] as const,
      onComplete: () => this.settle(),
      onError: (e) => {
        if (!isAbort(e)) this.settle();
      },
    });
  }

  /** The current state. */
  get state(): LoadState {
    switch (this.task.status) {
      case TaskStatus.INITIAL:
        return { status: 'idle' };
      case TaskStatus.PENDING:
        return { status: 'loading', ...this.progress };
      case TaskStatus.COMPLETE: {
        const v = this.task.value!;
        return { status: 'ready', ...v };
      }
      default: {
        const e = this.task.error;
        return { status: 'error', error: e instanceof LoadError ? e : new LoadError(undefined, e) };
      }
    }
  }

  /** The loaded dataset, when ready. */
  get dataset(): Dataset | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value?.dataset : undefined;
  }

  /** The load result (problems, counts); for an SDK `Dataset` set as `data`, one with no problems. */
  get result(): LoadResult | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value?.result : undefined;
  }

  /** Loads again from `data` or `src` (what the error view's retry does). */
  reload(): Promise<void> {
    this.fresh = true;
    return this.task.run();
  }

  /** Resolves when the current load settled (ready or error). */
  get settled(): Promise<void> {
    return this.task.taskComplete.then(
      () => undefined,
      () => undefined,
    );
  }

  // @lit/task calls its hooks before it sets the new status: report once the host rendered it.
  private settle(): void {
    queueMicrotask(() => {
      void this.host.updateComplete.then(() => this.options.onSettled?.(this.state));
    });
  }

  private async load(src: string, data: unknown, signal: AbortSignal): Promise<Loaded | typeof initialState> {
    this.progress = {};
    const { loader } = this.options;
    if (loader) this.hold.release();
    const fresh = this.fresh;
    this.fresh = false;
    let result: Awaited<ReturnType<Read>> & {};
    try {
      const read = loader ? this.custom(loader, src, data) : catalogue(src, data, fresh, this.hold);
      const r = await read(signal, (loaded, total) => {
        if (signal.aborted) return;
        this.progress = total === undefined ? { loaded } : { loaded, total };
        this.host.requestUpdate();
      });
      if (!r) return initialState;
      result = r;
    } catch (error) {
      if (signal.aborted) throw error;
      console.error(this.options.log ?? '[samordningskartan]', error);
      throw new LoadError(undefined, error);
    }
    const log = this.options.log ?? '[samordningskartan]';
    const empty = result.dataset.organisations.length === 0 && result.dataset.services.length === 0;
    if (result.fatal && empty) {
      for (const p of result.problems) console.error(`${log} ${formatProblem(p, 'en')}`);
      throw new LoadError(result);
    }
    for (const p of result.problems)
      if (p.severity === 'error') console.warn(`${log} ${formatProblem(p, 'en')}`);
    const { municipalities = {}, ...loaded } = result;
    return { dataset: result.dataset, result: loaded, municipalities };
  }

  private custom(loader: DatasetLoader, src: string, data: unknown): Read {
    // A string set as data is JSON text, never a URL: `data` is not fetched.
    const sources: DatasetSource[] = data
      ? [typeof data === 'string' ? new Response(data) : (data as object)]
      : parseSrc(src);
    return async (signal, onProgress) =>
      sources.length ? loader(sources, { signal, ...(!data && { onProgress }) }) : undefined;
  }
}

type Read = (
  signal: AbortSignal,
  onProgress: (loaded: number, total: number | undefined) => void,
) => Promise<(LoadResult & { municipalities?: Record<string, string> }) | undefined>;

/**
 * Reads through the page's catalogue: fetched, validated and merged in its worker (shared with any
 * other element reading the same sources); the page builds the `Dataset` on the validated data. An
 * SDK `Dataset` set as `data` is kept as it is (the page's catalogue names its kommuner).
 */
function catalogue(src: string, data: unknown, fresh: boolean, hold: CatalogueHold): Read {
  return async (signal, onProgress) => {
    const sources = toSources(src, data);
    if (!sources.length) {
      hold.release();
      return undefined;
    }
    const key = keyOf(src, data);
    // Objects set from code stay in the page: they may not be cloneable.
    const client = await catalogueClient(typeof data === 'object' && data !== null);
    if (fresh) await client.request({ op: 'close', key }).catch(() => undefined);
    hold.hold(client, key);
    const { data: valid, ...rest } = await client.request<DatasetLoad>(
      { op: 'dataset', key, sources, holder: hold.id },
      { signal, progress: (stage, done, total) => stage === 'loading' && onProgress(done, total) },
    );
    // Indexed in slices: 50 000 insatser would hold the page a few hundred milliseconds.
    const dataset = data instanceof Dataset ? data : await inSlices(Dataset.steps(valid), { signal });
    return { dataset, ...rest };
  };
}

/** True for the rejection of an aborted load (a newer load replaced it). */
function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}
