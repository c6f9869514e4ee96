import { type Dataset, formatProblem } from '@samordningskartan/sdk';
import type { ReactiveController } from 'lit';
import { type CatalogueClient, CatalogueView, catalogueClient } from './catalogue-client.js';
import type { CatalogueSource, CatalogueSummary } from './catalogue-protocol.js';
import { type DataHost, parseSrc } from './data-controller.js';
import { LoadError } from './load-error.js';

/** What an element that reads a catalogue shows while and after loading. */
export type CatalogueState =
  | { status: 'idle' }
  | { status: 'loading'; stage: 'loading' | 'indexing'; loaded?: number; total?: number }
  | { status: 'error'; error: LoadError }
  | { status: 'ready'; client: CatalogueClient; view: CatalogueView };

export interface CatalogueControllerOptions {
  /** Prefix of console messages for webmasters, e.g. "[insats-sok]". */
  log?: string;
  /** Called once per load when it failed, after the state changed. */
  onError?: (error: LoadError) => void;
}

interface Opened {
  client: CatalogueClient;
  view: CatalogueView;
}

const objectKeys = new WeakMap<object, string>();
let nextKey = 0;

/**
 * The data controller of an element that searches a catalogue: the catalogue loads, validates and
 * indexes in the page's one catalogue worker (or in the page, in slices, where no worker starts), and
 * the element keeps only a `CatalogueView` — names and the records it rendered. Same inputs as
 * `DataController` (`data` first, else the URLs of `src`; a newer load aborts an older one), same
 * error classification. Elements reading the same sources share one catalogue. Without `@lit/task`:
 * its 1 kB (min+gzip) is more than this needs in the page's bundle.
 */
export class CatalogueController implements ReactiveController {
  private readonly host: DataHost;
  private readonly options: CatalogueControllerOptions;
  private current: CatalogueState = { status: 'idle' };
  private args: readonly [string, unknown] | undefined;
  private abort: AbortController | undefined;
  private running: Promise<void> = Promise.resolve();
  private fresh = false;

  constructor(host: DataHost, options: CatalogueControllerOptions = {}) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  get state(): CatalogueState {
    return this.current;
  }

  /** The view of the loaded catalogue, when ready. */
  get view(): CatalogueView | undefined {
    return this.current.status === 'ready' ? this.current.view : undefined;
  }

  /** Resolves when the current load settled (ready or error). */
  get settled(): Promise<void> {
    return this.running;
  }

  /** Loads again from `data` or `src`, reading the sources anew. */
  reload(): Promise<void> {
    this.fresh = true;
    return this.run();
  }

  /** Starts a load when `src` or `data` changed, before the update renders (so it shows "loading"). */
  hostUpdate(): void {
    const { src, data } = this.host;
    if (this.args && this.args[0] === src && this.args[1] === data) return;
    this.args = [src, data];
    void this.run();
  }

  // A newer load aborts the older one; only the newest sets the state.
  private run(): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const { src, data } = this.host;
    const { signal } = abort;
    this.current = { status: 'loading', stage: 'loading' };
    this.host.requestUpdate();
    this.running = this.load(src, data, signal).then(
      (opened) => {
        if (signal.aborted) return;
        this.current = opened ? { status: 'ready', ...opened } : { status: 'idle' };
        this.host.requestUpdate();
      },
      (e: unknown) => {
        if (signal.aborted) return;
        const error = e instanceof LoadError ? e : new LoadError(undefined, e);
        this.current = { status: 'error', error };
        this.host.requestUpdate();
        void this.host.updateComplete.then(() => this.options.onError?.(error));
      },
    );
    return this.running;
  }

  private async load(src: string, data: unknown, signal: AbortSignal): Promise<Opened | undefined> {
    const sources = toSources(src, data);
    if (!sources.length) return undefined;
    const key = keyOf(src, data);
    const log = this.options.log ?? '[samordningskartan]';
    let summary: CatalogueSummary;
    let client: CatalogueClient;
    try {
      // Objects set from code stay in the page: an SDK `Dataset` is not cloneable, and a raw object
      // may not be either (cycles, nesting deeper than a clone goes); JSON text and URLs go to the worker.
      client = await catalogueClient(typeof data === 'object' && data !== null);
      if (this.fresh) await client.request({ op: 'close', key }).catch(() => undefined);
      this.fresh = false;
      summary = await client.request<CatalogueSummary>(
        { op: 'open', key, sources },
        {
          signal,
          progress: (stage, done, total) => {
            if (signal.aborted) return;
            this.current = { status: 'loading', stage, loaded: done, ...(total !== undefined && { total }) };
            this.host.requestUpdate();
          },
        },
      );
    } catch (error) {
      if (signal.aborted) throw error;
      console.error(log, error);
      throw new LoadError(undefined, error);
    }
    if (summary.fatal && summary.services === 0 && summary.organisations === 0) {
      for (const p of summary.problems) console.error(`${log} ${formatProblem(p, 'en')}`);
      throw new LoadError(summary);
    }
    for (const p of summary.problems)
      if (p.severity === 'error') console.warn(`${log} ${formatProblem(p, 'en')}`);
    return { client, view: new CatalogueView(key, summary) };
  }
}

/** `data` (never fetched: a string is JSON text) when set, else the URLs of `src`, absolute. */
function toSources(src: string, data: unknown): CatalogueSource[] {
  if (isDataset(data)) return [{ dataset: data }];
  if (typeof data === 'string') return [{ text: data }];
  if (data) return [{ data: data as object }];
  return parseSrc(src).map((u) => ({ url: new URL(u, document.baseURI).href }));
}

/** One catalogue per set of URLs; per object for data set from code. */
function keyOf(src: string, data: unknown): string {
  if (!data)
    return `src:${parseSrc(src)
      .map((u) => new URL(u, document.baseURI).href)
      .join(' ')}`;
  if (typeof data === 'string') return `text:${nextKey++}`;
  let k = objectKeys.get(data as object);
  if (!k) {
    k = `data:${nextKey++}`;
    objectKeys.set(data as object, k);
  }
  return k;
}

/**
 * An SDK `Dataset` (set from code), told by its shape: importing the class for `instanceof` would put
 * it and its vocabulary into the page's bundle, which otherwise needs neither.
 */
function isDataset(data: unknown): data is Dataset {
  const d = data as Partial<Dataset> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    typeof d.service === 'function' &&
    typeof d.relationsOf === 'function'
  );
}
