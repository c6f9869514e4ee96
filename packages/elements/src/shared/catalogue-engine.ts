import { type Dataset, type LoadResult, loadDataset, municipalityByCode } from '@samordningskartan/sdk';
import type {
  CatalogueProgress,
  CatalogueRequest,
  CatalogueResponse,
  CatalogueSource,
  DatasetLoad,
} from './catalogue-protocol.js';
import type { Catalogue, CatalogueSearch } from './catalogue-search.js';

/**
 * Work an engine does on a loaded catalogue beyond giving its data, given to the engine by the worker
 * that carries its code, so each worker has only what its page's elements ask for: the search
 * (`<insats-sok>`) and, by request, the analysis (`<samordning-analys>`).
 */
export type CatalogueExtensions = {
  search?: CatalogueSearch;
} & {
  [op in Extract<CatalogueRequest, { request: unknown }>['op']]?: (
    result: LoadResult,
    request: Extract<CatalogueRequest, { op: op }>['request'],
  ) => unknown;
};

interface Entry {
  /** The loaded, validated and merged data. */
  loaded: Promise<LoadResult>;
  /** The search index, built on the first search request (the map and analysis never ask for it). */
  indexed?: Promise<Catalogue>;
  /** Open requests waiting for it (they get its progress); the load is aborted when none is left. */
  waiting: Set<number>;
  abort: AbortController;
  progress: CatalogueProgress;
  /** True once the read ended (loaded or failed). */
  settled?: boolean;
  /** Closed after the read: the next open or dataset request reads afresh; searches use it till then. */
  stale?: boolean;
  /** The elements that hold it (the `holder` of their reads); the last one's release drops it. */
  holders: Set<number>;
  /** Set once its last holder released it: dropped as soon as no read waits for it. */
  released?: boolean;
}

/** A request that reads a catalogue. */
type Read = Extract<CatalogueRequest, { sources: CatalogueSource[] }>;

/**
 * The catalogue's work: fetch (streamed), parse, validate and merge; with its extensions index and
 * search, or analyse. Runs in a catalogue worker, or in the page when no worker can start — the same
 * code; everything long runs in slices (the SDK's validation and index build yield every few ms).
 *
 * One engine per page serves every element: a catalogue is loaded once per set of sources (`key`),
 * whether a search opens it or a map or analysis asks for its data.
 */
export class CatalogueEngine {
  private readonly entries = new Map<string, Entry>();
  private readonly post: (m: CatalogueResponse) => void;
  /** Which catalogue each open request waits for, so `abort` can find it. */
  private readonly opening = new Map<number, { key: string; entry: Entry }>();

  private readonly extensions: CatalogueExtensions;

  constructor(post: (m: CatalogueResponse) => void, extensions: CatalogueExtensions = {}) {
    this.post = post;
    this.extensions = extensions;
  }

  handle(req: CatalogueRequest): void {
    if (req.op === 'abort') {
      this.abort(req.id);
      return;
    }
    if (req.op === 'close') {
      // A read still under way is already fresh, and others may wait for it (two retries at once).
      // A finished read is only marked: another element's search may still ask it (its index may be
      // under way) before the closing element's fresh read replaces it.
      const entry = this.entries.get(req.key);
      if (entry?.settled) entry.stale = true;
      this.post({ id: req.id, kind: 'done', value: undefined });
      return;
    }
    if (req.op === 'release') {
      const entry = this.entries.get(req.key);
      if (entry?.holders.delete(req.holder) && entry.holders.size === 0) {
        entry.released = true;
        this.dropIfFree(req.key, entry);
      }
      this.post({ id: req.id, kind: 'done', value: undefined });
      return;
    }
    void this.run(req).then(
      (value) => this.post({ id: req.id, kind: 'done', value }),
      (e: unknown) => {
        const error = e instanceof Error ? e : new Error(String(e));
        this.post({ id: req.id, kind: 'failed', error: { name: error.name, message: error.message } });
      },
    );
  }

  private async run(req: Exclude<CatalogueRequest, { op: 'abort' | 'close' | 'release' }>): Promise<unknown> {
    const { search } = this.extensions;
    if (req.op === 'dataset') {
      const result = await this.wait(req, false);
      const { dataset, ...rest } = search?.complete(result) ?? result;
      // Crosses to the page, where a `Dataset` is built on it without validating again.
      return {
        data: dataset.data,
        ...rest,
        municipalities: municipalityNames(dataset),
      } satisfies DatasetLoad;
    }
    if (req.op === 'analysis') {
      const extension = this.extensions[req.op];
      if (!extension) throw new Error(`this catalogue has no ${req.op}`);
      return extension(await this.wait(req, false), req.request);
    }
    if (!search) throw new Error('this catalogue has no search');
    if (req.op === 'open') return search.summarise((await this.wait(req, true)).result);
    const entry = this.entries.get(req.key);
    if (!entry) throw new Error(`catalogue ${req.key} is not open`);
    const cat = await this.indexed(entry);
    return req.op === 'search' ? search.search(cat, req.query) : search.records(cat, req.ids);
  }

  private wait(req: Read, index: true): Promise<Catalogue>;
  private wait(req: Read, index: false): Promise<LoadResult>;
  private wait({ id, key, sources, holder }: Read, index: boolean): Promise<Catalogue | LoadResult> {
    let entry = this.entries.get(key);
    if (entry?.stale) retire(entry);
    if (!entry || entry.stale) {
      const abort = new AbortController();
      const waiting = new Set<number>();
      const progress: CatalogueProgress = (stage, done, total) => {
        for (const w of waiting)
          this.post({ id: w, kind: 'progress', stage, done, ...(total !== undefined && { total }) });
      };
      const loaded =
        this.extensions.search?.load(sources, abort.signal, progress) ??
        load(sources, abort.signal, progress);
      // A fresh read after a close serves the old one's elements too.
      const e: Entry = { loaded, waiting, abort, progress, holders: new Set(entry?.holders) };
      this.entries.set(key, e);
      // A failed or fatal load is not kept: the next open (a retry) reads the sources again.
      const forget = () => {
        if (this.entries.get(key) === e) this.entries.delete(key);
      };
      e.loaded.then((r) => r.fatal && forget(), forget).finally(() => (e.settled = true));
      entry = e;
    }
    const e = entry;
    e.waiting.add(id);
    if (holder !== undefined) {
      e.holders.add(holder);
      e.released = false;
    }
    this.opening.set(id, { key, entry: e });
    const done = () => {
      e.waiting.delete(id);
      this.opening.delete(id);
      // Replaced by a fresh read meanwhile: nothing will ask it again (its warm-up stops too).
      if (e.waiting.size === 0 && this.entries.get(key) !== e) e.abort.abort();
      else this.dropIfFree(key, e);
    };
    return (index ? this.indexed(e) : e.loaded).finally(done);
  }

  /** Drops a catalogue its elements all released, once no read waits for it (its memory is freed). */
  private dropIfFree(key: string, entry: Entry): void {
    if (!entry.released || entry.waiting.size > 0 || this.entries.get(key) !== entry) return;
    this.entries.delete(key);
    entry.abort.abort();
  }

  private indexed(entry: Entry): Promise<Catalogue> {
    const search = this.extensions.search!;
    entry.indexed ??= entry.loaded.then((result) => search.index(result, entry.abort.signal, entry.progress));
    return entry.indexed;
  }

  private abort(id: number): void {
    // The read this request waits for, which a fresh read may have replaced under its key since.
    const { key, entry } = this.opening.get(id) ?? {};
    if (!entry) return;
    entry.waiting.delete(id);
    this.opening.delete(id);
    this.post({ id, kind: 'failed', error: { name: 'AbortError', message: 'aborted' } });
    // Nothing waits for it and no element holds it (held, the holders' release drops it).
    if (entry.waiting.size === 0 && entry.holders.size === 0) {
      entry.abort.abort();
      if (this.entries.get(key!) === entry) this.entries.delete(key!);
    }
  }
}

/** The names of the kommuner the data names, by SCB code. */
function municipalityNames(d: Dataset): Record<string, string> {
  const names: Record<string, string> = {};
  for (const r of [...d.organisations, ...d.services])
    for (const code of r.municipalities ?? []) {
      const m = municipalityByCode(code);
      if (m) names[code] = m.name;
    }
  return names;
}

async function load(
  sources: CatalogueSource[],
  signal: AbortSignal,
  progress: CatalogueProgress,
): Promise<LoadResult> {
  const [first] = sources;
  const result: LoadResult =
    first && 'dataset' in first
      ? { dataset: first.dataset, problems: [], errors: 0, warnings: 0, fatal: false }
      : await loadDataset(
          sources.map((s) =>
            'url' in s ? s.url : 'text' in s ? new Response(s.text) : (s as { data: object }).data,
          ),
          { signal, onProgress: (done, total) => progress('loading', done, total) },
        );
  signal.throwIfAborted();
  return result;
}

/**
 * A stale read that a fresh one replaces stops (its index build and warm-up) once the work asked of it
 * is done: requests still waiting, and an index build a search is waiting for.
 */
function retire(entry: Entry): void {
  const stop = () => entry.waiting.size === 0 && entry.abort.abort();
  void (entry.indexed ?? entry.loaded).then(stop, stop);
}
