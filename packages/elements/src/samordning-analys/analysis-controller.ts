import { formatProblem } from '@samordningskartan/sdk';
import type { ReactiveController } from 'lit';
import {
  type CatalogueClient,
  CatalogueHold,
  catalogueClient,
  useCatalogueCode,
} from '../shared/catalogue-client.js';
import { keyOf, toSources } from '../shared/catalogue-key.js';
import { code as analysisCode } from '../shared/catalogue-source-analysis.js';
import type { DataHost } from '../shared/data-controller.js';
import { LoadError } from '../shared/load-error.js';
import type { AnalysisLoad, AnalysisModel, AnalysisRequest, CellSearchFilters } from './analysis-types.js';

// The catalogue with the analysis (a bundle with the search too offers the code with both).
useCatalogueCode([analysisCode], ['analysis']);

/**
 * What `<samordning-analys>` shows while and after loading, and the `detail` of its
 * `samordning-analys-load` event: `ready` carries how the data loaded (its problems and counts).
 */
export type AnalysisLoadState =
  | { status: 'idle' }
  | { status: 'loading'; loaded?: number; total?: number }
  | { status: 'error'; error: LoadError }
  | { status: 'ready'; result: AnalysisLoad };

export interface AnalysisControllerOptions {
  log: string;
  /** The scope and choices the analysis is for, read at each update. */
  request: () => Omit<AnalysisRequest, 'cell'>;
  /** Called once per load of the data (ready or error), after the host rendered it. */
  onSettled: (state: AnalysisLoadState) => void;
}

/**
 * Asks the page's catalogue (its worker, or the page in slices where no worker starts) for the
 * analysis whenever the data (`data`, else `src`), the scope or a choice changes, and keeps only the
 * model it answers with. A newer request aborts an older one; a new scope keeps the old model shown
 * until its own arrives.
 */
export class AnalysisController implements ReactiveController {
  private readonly host: DataHost;
  private readonly options: AnalysisControllerOptions;
  private current: AnalysisLoadState = { status: 'idle' };
  private shown: AnalysisModel | undefined;
  private data: readonly unknown[] = [];
  private asked: readonly unknown[] = [];
  private abort: AbortController | undefined;
  private running: Promise<void> = Promise.resolve();
  private fresh = false;
  /** Requests for a loaded dataset still under way (`updateComplete` waits for them). */
  private readonly pending = new Set<Promise<unknown>>();
  private client: CatalogueClient | undefined;
  private readonly hold = new CatalogueHold();

  constructor(host: DataHost, options: AnalysisControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  // Each analysis request names its sources: back after leaving, the next one reads them if need be.
  hostConnected(): void {
    this.hold.back();
  }

  hostDisconnected(): void {
    this.hold.leave();
  }

  get state(): AnalysisLoadState {
    return this.current;
  }

  /** The analysis shown, once the data loaded. */
  get model(): AnalysisModel | undefined {
    return this.shown;
  }

  /** Resolves when the current load settled (ready or error). */
  get settled(): Promise<void> {
    return this.running;
  }

  /** True while a request about loaded data is under way (a new scope, a cell's filters). */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  /** Resolves when no request about loaded data is under way. */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  reload(): Promise<void> {
    this.fresh = true;
    this.data = [];
    return this.run();
  }

  hostUpdate(): void {
    const r = this.options.request();
    const asked = [this.host.src, this.host.data, r.association, r.municipality, r.rows, r.axis, r.today];
    if (asked.every((v, i) => v === this.asked[i])) return;
    this.asked = asked;
    void this.run();
  }

  /** The search filters of a coverage cell, when a search can show exactly its insatser. */
  cellFilters(row: string, column: string): Promise<CellSearchFilters | null> {
    const { client, current } = this;
    if (!client || current.status !== 'ready') return Promise.resolve(null);
    const key = keyOf(this.host.src, this.host.data);
    const sources = toSources(this.host.src, this.host.data);
    const request = { ...this.request(), cell: { row, column } };
    return this.track(
      client.request<CellSearchFilters | null>({ op: 'analysis', key, sources, request }).catch(() => null),
    );
  }

  private request(): AnalysisRequest {
    return this.options.request();
  }

  /** Keeps `updateComplete` waiting until `p` settled (a cell's answer that goes to a search). */
  track<T>(p: Promise<T>): Promise<T> {
    this.pending.add(p);
    const done = () => this.pending.delete(p);
    p.then(done, done);
    return p;
  }

  private run(): Promise<void> {
    const { src, data } = this.host;
    const load = src !== this.data[0] || data !== this.data[1] || this.current.status !== 'ready';
    this.data = [src, data];
    const previous = this.abort;
    const abort = new AbortController();
    this.abort = abort;
    if (load) {
      this.shown = undefined;
      this.current = { status: 'loading' };
      this.host.requestUpdate();
    }
    const asking = this.ask(src, data, abort.signal, previous);
    // Only the newest request sets the state.
    const mine = () => this.abort === abort;
    const answered = asking.then(
      (model) => {
        if (!mine()) return;
        this.shown = model;
        this.current = model ? { status: 'ready', result: model.load } : { status: 'idle' };
        this.host.requestUpdate();
        if (model && load) this.settle();
      },
      (e: unknown) => {
        if (!mine()) return;
        const error = e instanceof LoadError ? e : new LoadError(undefined, e);
        this.shown = undefined;
        this.current = { status: 'error', error };
        this.host.requestUpdate();
        this.settle();
      },
    );
    if (load) this.running = answered;
    else this.track(answered);
    return answered;
  }

  private settle(): void {
    const state = this.current;
    void this.host.updateComplete.then(() => this.options.onSettled(state));
  }

  private async ask(
    src: string,
    data: unknown,
    signal: AbortSignal,
    previous: AbortController | undefined,
  ): Promise<AnalysisModel | undefined> {
    const sources = toSources(src, data);
    if (!sources.length) {
      previous?.abort();
      this.hold.release();
      return undefined;
    }
    const key = keyOf(src, data);
    const log = this.options.log;
    let model: AnalysisModel;
    try {
      // Objects set from code stay in the page: they may not be cloneable.
      const client = await catalogueClient(typeof data === 'object' && data !== null, ['analysis']);
      this.client = client;
      if (this.fresh) await client.request({ op: 'close', key }).catch(() => undefined);
      this.fresh = false;
      this.hold.hold(client, key);
      const answer = client.request<AnalysisModel>(
        { op: 'analysis', key, sources, request: this.request(), holder: this.hold.id },
        {
          signal,
          progress: (stage, done, total) => {
            if (signal.aborted || stage !== 'loading' || this.current.status !== 'loading') return;
            this.current = { status: 'loading', loaded: done, ...(total !== undefined && { total }) };
            this.host.requestUpdate();
          },
        },
      );
      // Aborted after the new request is sent, so a read both wait for goes on.
      previous?.abort();
      model = await answer;
    } catch (error) {
      previous?.abort();
      if (signal.aborted) throw error;
      console.error(log, error);
      throw new LoadError(undefined, error);
    }
    const { load } = model;
    if (load.fatal && model.empty) {
      for (const p of load.problems) console.error(`${log} ${formatProblem(p, 'en')}`);
      throw new LoadError(load);
    }
    if (this.current.status === 'loading')
      for (const p of load.problems)
        if (p.severity === 'error') console.warn(`${log} ${formatProblem(p, 'en')}`);
    return model;
  }
}
