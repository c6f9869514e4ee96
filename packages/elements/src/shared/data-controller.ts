import { initialState, Task, TaskStatus } from '@lit/task';
import {
  Dataset,
  type DatasetSource,
  formatProblem,
  type LoadResult,
  loadDataset,
} from '@samordningskartan/sdk';
import type { ReactiveControllerHost } from 'lit';
import { LoadError } from './load-error.js';

export { LoadError, type LoadErrorReason } from './load-error.js';

/**
 * Parses a `src` attribute: one URL, or several separated by whitespace or commas (merged by the SDK).
 */
export function parseSrc(src: string | null | undefined): string[] {
  return (src ?? '').split(/[\s,]+/).filter(Boolean);
}

/** What an element shows while and after loading. */
export type LoadState =
  | { status: 'idle' }
  | { status: 'loading'; loaded?: number; total?: number }
  | { status: 'error'; error: LoadError }
  | { status: 'ready'; dataset: Dataset; result: LoadResult | undefined };

/**
 * Reads and merges datasets. The default is the SDK's `loadDataset` in the page's thread; a
 * worker-backed loader (same contract, async) can replace it without changing any element.
 */
export type DatasetLoader = (
  sources: readonly DatasetSource[],
  options: { signal: AbortSignal; onProgress?: (loaded: number, total: number | undefined) => void },
) => Promise<LoadResult>;

const inThread: DatasetLoader = (sources, options) => loadDataset(sources, options);

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

  constructor(host: DataHost, options: DataControllerOptions = {}) {
    this.host = host;
    this.options = options;
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
        return { status: 'ready', dataset: v.dataset, result: v.result };
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

  /** The SDK's load result (problems, counts) when loaded from `src` or a raw object. */
  get result(): LoadResult | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value?.result : undefined;
  }

  /** Loads again from `data` or `src` (what the error view's retry does). */
  reload(): Promise<void> {
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
    if (data instanceof Dataset) return { dataset: data, result: undefined };
    // A string set as data is JSON text, never a URL: `data` is not fetched.
    const sources: DatasetSource[] = data
      ? [typeof data === 'string' ? new Response(data) : (data as object)]
      : parseSrc(src);
    if (!sources.length) return initialState;
    let result: LoadResult;
    try {
      result = await (this.options.loader ?? inThread)(sources, {
        signal,
        ...(!data && {
          onProgress: (loaded: number, total: number | undefined) => {
            if (signal.aborted) return;
            this.progress = total === undefined ? { loaded } : { loaded, total };
            this.host.requestUpdate();
          },
        }),
      });
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
    return { dataset: result.dataset, result };
  }
}

/** True for the rejection of an aborted load (a newer load replaced it). */
function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}
