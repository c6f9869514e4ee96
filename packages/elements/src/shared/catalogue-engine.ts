import {
  createServiceIndexAsync,
  type Dataset,
  effectiveStatus,
  type LoadResult,
  loadDataset,
  municipalities,
  type SearchIndex,
  type Service,
} from '@samordningskartan/sdk';
import {
  completeResult,
  isPrebuilt,
  loadPrebuilt,
  prebuiltIndexOf,
  serviceCount,
} from './catalogue-prebuilt.js';
import type {
  CataloguePage,
  CatalogueQuery,
  CatalogueRequest,
  CatalogueResponse,
  CatalogueSource,
  CatalogueSummary,
  DatasetLoad,
  ServiceView,
} from './catalogue-protocol.js';
import { keepWarm, warmUp } from './catalogue-warm-up.js';

/**
 * Work an engine does on a loaded catalogue beyond searching it, by request: the analysis. Given to
 * the engine by the worker that carries its code, so a worker without it (the search's) stays small.
 */
export type CatalogueExtensions = {
  [op in Extract<CatalogueRequest, { request: unknown }>['op']]?: (
    result: LoadResult,
    request: Extract<CatalogueRequest, { op: op }>['request'],
  ) => unknown;
};

interface Catalogue {
  result: LoadResult;
  index: SearchIndex;
  only?: { key: string; set: ReadonlySet<string> | undefined };
}

type Progress = (stage: 'loading' | 'indexing', done: number, total?: number) => void;

interface Entry {
  /** The loaded, validated and merged data. */
  loaded: Promise<LoadResult>;
  /** The search index, built on the first request that needs it (the map and analysis never do). */
  indexed?: Promise<Catalogue>;
  /** Open requests waiting for it (they get its progress); the load is aborted when none is left. */
  waiting: Set<number>;
  abort: AbortController;
  progress: Progress;
  /** True once the read ended (loaded or failed). */
  settled?: boolean;
  /** Closed after the read: the next open or dataset request reads afresh; searches use it till then. */
  stale?: boolean;
}

/**
 * The catalogue's work: fetch (streamed), parse, validate, merge, index and search. Runs in the
 * catalogue worker, or in the page when no worker can start — the same code; everything long runs in
 * slices (the SDK's validation and index build yield every few milliseconds).
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
    void this.run(req).then(
      (value) => this.post({ id: req.id, kind: 'done', value }),
      (e: unknown) => {
        const error = e instanceof Error ? e : new Error(String(e));
        this.post({ id: req.id, kind: 'failed', error: { name: error.name, message: error.message } });
      },
    );
  }

  private async run(req: Exclude<CatalogueRequest, { op: 'abort' | 'close' }>): Promise<unknown> {
    if (req.op === 'open') return summarise((await this.wait(req.id, req.key, req.sources, true)).result);
    if (req.op === 'dataset') return loaded(await this.wait(req.id, req.key, req.sources, false));
    if (req.op === 'analysis') {
      const extension = this.extensions[req.op];
      if (!extension) throw new Error(`this catalogue has no ${req.op}`);
      return extension(await this.wait(req.id, req.key, req.sources, false), req.request);
    }
    const entry = this.entries.get(req.key);
    if (!entry) throw new Error(`catalogue ${req.key} is not open`);
    const cat = await indexed(entry);
    if (req.op === 'search') return search(cat, req.query);
    return req.ids.flatMap((id) => {
      const s = cat.result.dataset.service(id);
      return s ? [view(cat.result.dataset, s)] : [];
    });
  }

  private wait(id: number, key: string, sources: CatalogueSource[], index: true): Promise<Catalogue>;
  private wait(id: number, key: string, sources: CatalogueSource[], index: false): Promise<LoadResult>;
  private wait(
    id: number,
    key: string,
    sources: CatalogueSource[],
    index: boolean,
  ): Promise<Catalogue | LoadResult> {
    let entry = this.entries.get(key);
    if (entry?.stale) retire(entry);
    if (!entry || entry.stale) {
      const abort = new AbortController();
      const waiting = new Set<number>();
      const progress: Progress = (stage, done, total) => {
        for (const w of waiting)
          this.post({ id: w, kind: 'progress', stage, done, ...(total !== undefined && { total }) });
      };
      const e: Entry = { loaded: load(sources, abort.signal, progress), waiting, abort, progress };
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
    this.opening.set(id, { key, entry: e });
    const done = () => {
      e.waiting.delete(id);
      this.opening.delete(id);
      // Replaced by a fresh read meanwhile: nothing will ask it again (its warm-up stops too).
      if (e.waiting.size === 0 && this.entries.get(key) !== e) e.abort.abort();
    };
    return (index ? indexed(e) : e.loaded).finally(done);
  }

  private abort(id: number): void {
    // The read this request waits for, which a fresh read may have replaced under its key since.
    const { key, entry } = this.opening.get(id) ?? {};
    if (!entry) return;
    entry.waiting.delete(id);
    this.opening.delete(id);
    this.post({ id, kind: 'failed', error: { name: 'AbortError', message: 'aborted' } });
    if (entry.waiting.size === 0) {
      entry.abort.abort();
      if (this.entries.get(key!) === entry) this.entries.delete(key!);
    }
  }
}

async function load(
  sources: CatalogueSource[],
  signal: AbortSignal,
  progress: Progress,
): Promise<LoadResult> {
  const [first] = sources;
  if (sources.length === 1 && first && 'url' in first && first.index)
    return loadPrebuilt({ url: first.url, index: first.index }, signal, progress);
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

function indexed(entry: Entry): Promise<Catalogue> {
  entry.indexed ??= entry.loaded.then(async (result) => {
    const { signal } = entry.abort;
    const d = result.dataset;
    let index = prebuiltIndexOf(result);
    if (!index) {
      entry.progress('indexing', 0, d.services.length);
      index = await createServiceIndexAsync(d, {
        signal,
        onProgress: (done, total) => entry.progress('indexing', done, total),
      });
    }
    const cat: Catalogue = { result, index };
    // In the background: the first results do not wait for it (a search asked meanwhile goes between
    // its searches). A prebuilt index's search code is as cold as a built one's.
    const warm = () => warmUp(index, (q) => search(cat, q), signal);
    void warm().then(
      () => keepWarm(warm, signal),
      () => undefined,
    );
    return cat;
  });
  return entry.indexed;
}

/** The validated data as it crosses to the page, where a `Dataset` is built on it without validating again. */
function loaded(result: LoadResult): DatasetLoad {
  const { dataset, ...rest } = completeResult(result);
  return { data: dataset.data, ...rest };
}

function summarise(result: LoadResult): CatalogueSummary {
  const d = result.dataset;
  const names: CatalogueSummary['names'] = {};
  const kinds: CatalogueSummary['kinds'] = {};
  const websites: CatalogueSummary['websites'] = {};
  for (const o of d.organisations) {
    names[o.id] = o.name;
    kinds[o.id] = o.kind;
    if (o.website) websites[o.id] = o.website;
  }
  for (const t of d.taxonomy) names[t.id] ??= t.label;
  return {
    meta: d.meta,
    names,
    kinds,
    websites,
    problems: result.problems,
    municipalities: Object.fromEntries(municipalities.map((m) => [m.code, m.name])),
    errors: result.errors,
    warnings: result.warnings,
    fatal: result.fatal,
    services: serviceCount(result),
    prebuiltIndex: isPrebuilt(result),
    organisations: d.organisations.length,
  };
}

function search(cat: Catalogue, q: CatalogueQuery): CataloguePage {
  const only = restriction(cat, q.association, q.organisation);
  const r = cat.index.search({
    text: q.text,
    filters: q.filters,
    ...(q.age !== undefined && { age: q.age }),
    ...(only && { only }),
    sort: q.sort,
    limit: q.limit,
  });
  const d = cat.result.dataset;
  const records = r.hits.flatMap(({ id }) => {
    const s = d.service(id);
    return s ? [view(d, s)] : [];
  });
  return { ...r, terms: [...r.terms], records };
}

/** The insatser of a förbund and/or an organisation, cached per catalogue and pair of ids. */
function restriction(cat: Catalogue, association?: string, organisation?: string) {
  const key = `${association ?? ''}\u0000${organisation ?? ''}`;
  if (cat.only?.key !== key) {
    const d = cat.result.dataset;
    let set: Set<string> | undefined;
    const restrict = (services: Service[]) => {
      const ids = new Set(services.map((s) => s.id));
      set = set ? new Set([...set].filter((id) => ids.has(id))) : ids;
    };
    if (association) restrict(d.servicesByAssociation(association));
    if (organisation) restrict(d.servicesByOrganisation(organisation));
    cat.only = { key, set };
  }
  return cat.only.set;
}

function view(d: Dataset, s: Service): ServiceView {
  const from = (kind: 'funds' | 'steeringGroupOf') =>
    d.relationsOf(s.id, { kind, direction: 'in' }).map((r) => r.from);
  return {
    service: s,
    municipalities: d.municipalitiesOf(s),
    financing: d.financingOf(s),
    status: effectiveStatus(s),
    fundedBy: from('funds'),
    steeredBy: from('steeringGroupOf'),
  };
}
