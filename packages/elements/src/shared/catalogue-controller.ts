import { formatProblem } from '@samordningskartan/sdk';
import type { ReactiveController } from 'lit';
import {
  type CatalogueClient,
  CatalogueHold,
  CatalogueView,
  catalogueClient,
  useCatalogueCode,
} from './catalogue-client.js';
import { keyOf, toSources, withIndex } from './catalogue-key.js';
import type { CatalogueSummary } from './catalogue-protocol.js';
import { code as searchCode } from './catalogue-source.js';
import type { DataHost } from './data-controller.js';
import { LoadError } from './load-error.js';

// The search's catalogue; with the analysis when an element on the page needs that too.
useCatalogueCode([searchCode], ['search']);

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
  private args: readonly [string, unknown, string | undefined] | undefined;
  private abort: AbortController | undefined;
  private running: Promise<void> = Promise.resolve();
  private fresh = false;
  private readonly hold = new CatalogueHold();

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

  hostConnected(): void {
    // Back after leaving the page: its catalogue may be gone, and the searches need it.
    if (this.hold.back() && this.current.status === 'ready') void this.run();
  }

  hostDisconnected(): void {
    this.hold.leave();
  }

  /** Starts a load when `src` or `data` changed, before the update renders (so it shows "loading"). */
  hostUpdate(): void {
    const { src, data } = this.host;
    const index = indexOf(this.host);
    if (this.args && this.args[0] === src && this.args[1] === data && this.args[2] === index) return;
    this.args = [src, data, index];
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
    const sources = withIndex(toSources(src, data), indexOf(this.host));
    if (!sources.length) {
      this.hold.release();
      return undefined;
    }
    const key = keyOf(src, data);
    const log = this.options.log ?? '[samordningskartan]';
    let summary: CatalogueSummary;
    let client: CatalogueClient;
    try {
      // Objects set from code stay in the page: an SDK `Dataset` is not cloneable, and a raw object
      // may not be either (cycles, nesting deeper than a clone goes); JSON text and URLs go to the worker.
      client = await catalogueClient(typeof data === 'object' && data !== null, ['search']);
      if (this.fresh) await client.request({ op: 'close', key }).catch(() => undefined);
      this.fresh = false;
      this.hold.hold(client, key);
      summary = await client.request<CatalogueSummary>(
        { op: 'open', key, sources, holder: this.hold.id },
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

/** The host's `index` attribute (only `<insats-sok>` has one). */
function indexOf(host: DataHost): string | undefined {
  return (host as DataHost & { index?: string }).index || undefined;
}
