import {
  createServiceIndexAsync,
  type Dataset,
  effectiveStatus,
  type LoadResult,
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
  CatalogueProgress,
  CatalogueQuery,
  CatalogueSource,
  CatalogueSummary,
  ServiceView,
} from './catalogue-protocol.js';
import { keepWarm, warmUp } from './catalogue-warm-up.js';

/** A loaded catalogue with its search index. */
export interface Catalogue {
  result: LoadResult;
  index: SearchIndex;
  only?: { key: string; set: ReadonlySet<string> | undefined };
}

/**
 * The search of a catalogue engine (`<insats-sok>`'s `open`, `search` and `records` requests, and
 * reading a data file with its prebuilt index): given to the engine by the workers that carry its
 * code, so a worker for a page without the search (the analysis alone) stays without it.
 */
export interface CatalogueSearch {
  /** Reads one file with its prebuilt index; undefined for sources without one. */
  load(
    sources: CatalogueSource[],
    signal: AbortSignal,
    progress: CatalogueProgress,
  ): Promise<LoadResult> | undefined;
  /** The whole dataset (a prebuilt index's catalogue reads every insats first: the map, the analysis). */
  complete(result: LoadResult): LoadResult;
  /** Builds (or takes the prebuilt) search index, in slices, and warms the search up in the background. */
  index(result: LoadResult, signal: AbortSignal, progress: CatalogueProgress): Promise<Catalogue>;
  summarise(result: LoadResult): CatalogueSummary;
  search(cat: Catalogue, q: CatalogueQuery): CataloguePage;
  records(cat: Catalogue, ids: readonly string[]): ServiceView[];
}

export const catalogueSearch: CatalogueSearch = {
  load(sources, signal, progress) {
    const [first] = sources;
    if (sources.length !== 1 || !first || !('url' in first) || !first.index) return undefined;
    return loadPrebuilt({ url: first.url, index: first.index }, signal, progress);
  },
  complete: completeResult,
  async index(result, signal, progress) {
    const d = result.dataset;
    let index = prebuiltIndexOf(result);
    if (!index) {
      progress('indexing', 0, d.services.length);
      index = await createServiceIndexAsync(d, {
        signal,
        onProgress: (done, total) => progress('indexing', done, total),
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
  },
  summarise,
  search,
  records: (cat, ids) =>
    ids.flatMap((id) => {
      const s = cat.result.dataset.service(id);
      return s ? [view(cat.result.dataset, s)] : [];
    }),
};

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
