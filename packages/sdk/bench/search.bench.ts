/**
 * Search benchmark: our engine vs MiniSearch, FlexSearch (`strict`) and Fuse.js on the same generated
 * Swedish catalogues, documents and fields. Index build time, p50/p95 of 200 queries including facet
 * counts, heap after indexing. Run: `node --expose-gc --import tsx packages/sdk/bench/search.bench.ts [10000,50000] [--fuse-queries=20]`
 */
import { Document as FlexDocument } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import {
  Dataset,
  FACET_NAMES,
  type FacetFilters,
  type FacetName,
  foldText,
  type SearchDocument,
  SearchIndex,
  searchOptionsFor,
  serviceDocument,
  validateDataset,
} from '../src/index.js';
import { generateCatalogue, seededRandom } from './generate-catalogue.js';

const args = process.argv.slice(2);
const sizes = (args.find((a) => /^\d/.test(a)) ?? '10000,50000').split(',').map(Number);
const fuseQueries = Number(args.find((a) => a.startsWith('--fuse-queries='))?.split('=')[1] ?? 20);
const FIELDS = ['name', 'targetGroups', 'summary', 'description', 'other'] as const;
const BOOST = { name: 5, targetGroups: 3, summary: 2, description: 1, other: 0.7 };

/** 200 queries: words, prefixes, typos, compounds, broad and narrow, half with facet filters. */
function makeQueries(): Array<{ text: string; filters: FacetFilters }> {
  const texts = [
    'unga',
    'unga vuxna',
    'arbetsträning',
    'arbetstr',
    'arbe',
    'psykisk ohälsa',
    'psyk',
    'angest',
    'vasteras',
    'göteborg',
    'omsorg',
    'träning',
    'samordningstemet',
    'kartlägning',
    'supported employment',
    'npf',
    'stöd',
    'coach',
    'hälsa',
    'nystart malmö',
    'jobbcoach uppsala',
    'kommunerna',
    'försäkringskassan',
    'af',
    'depression',
    'motivation',
    'sjukskrivning',
    'praktik arbetsgivare',
    'case management',
    'vägledning',
    'kompassen',
    'ung',
    'språk',
    'rehab',
    'friskvård',
    'familj',
    'äldreomsorgen',
    'horisont umeå',
    'fysisk aktivitet',
    'handläggare',
  ];
  const rnd = seededRandom(7);
  const filterChoices: FacetFilters[] = [
    {},
    { kind: ['individual'] },
    { municipality: ['1980'] },
    { targetGroup: ['unga-vuxna'], status: ['active'] },
    { financing: ['association'], kind: ['individual'] },
    { municipality: ['1480', '1280'], targetGroup: ['psykisk-ohalsa'] },
  ];
  return Array.from({ length: 200 }, (_, i) => ({
    text: texts[i % texts.length]!,
    filters: i % 2 ? filterChoices[Math.floor(rnd() * filterChoices.length)]! : {},
  }));
}

/** The same disjunctive facet counting our engine does, for libraries that only return ids. */
function facetCounts(docs: SearchDocument[], matched: Iterable<number>, filters: FacetFilters) {
  const sel = FACET_NAMES.map((f) => new Set(filters[f] ?? []));
  const counts = Object.fromEntries(FACET_NAMES.map((f) => [f, new Map<string, number>()])) as Record<
    FacetName,
    Map<string, number>
  >;
  let total = 0;
  for (const d of matched) {
    const f = docs[d]!.facets ?? {};
    const fails = FACET_NAMES.map(
      (name, i) => sel[i]!.size > 0 && !(f[name] ?? []).some((v) => sel[i]!.has(v)),
    );
    const nFail = fails.filter(Boolean).length;
    if (nFail === 0) total++;
    FACET_NAMES.forEach((name, i) => {
      if (nFail === 0 || (nFail === 1 && fails[i]))
        for (const v of f[name] ?? []) counts[name].set(v, (counts[name].get(v) ?? 0) + 1);
    });
  }
  return { total, counts };
}

interface Engine {
  name: string;
  build(docs: SearchDocument[]): unknown;
  query(index: unknown, docs: SearchDocument[], q: { text: string; filters: FacetFilters }): number;
  queries?: number;
}

const ours = (synonyms: ReturnType<typeof searchOptionsFor>): Engine => ({
  name: 'ours',
  build: (docs) => SearchIndex.build(docs, synonyms),
  query: (index, _docs, q) =>
    (index as SearchIndex).search({ text: q.text, filters: q.filters, limit: 20 }).total,
});

const minisearch: Engine = {
  name: 'MiniSearch',
  build(docs) {
    const ms = new MiniSearch<SearchDocument & { i: number }>({
      fields: [...FIELDS],
      storeFields: [],
      idField: 'i',
      processTerm: (t) => foldText(t),
      searchOptions: {
        boost: BOOST,
        prefix: true,
        fuzzy: (t) => (t.length >= 5 ? 1 : 0),
        combineWith: 'AND',
      },
    });
    ms.addAll(docs.map((d, i) => ({ ...d, i })));
    return ms;
  },
  query(index, docs, q) {
    const hits = (index as MiniSearch).search(q.text);
    return facetCounts(
      docs,
      hits.map((h) => h.id as number),
      q.filters,
    ).total;
  },
};

const flexsearch: Engine = {
  name: 'FlexSearch(strict)',
  build(docs) {
    const index = new FlexDocument({
      tokenize: 'strict',
      encoder: 'Normalize',
      document: { id: 'i', index: [...FIELDS] },
    } as ConstructorParameters<typeof FlexDocument>[0]);
    docs.forEach((d, i) => {
      index.add({ i, ...Object.fromEntries(FIELDS.map((f) => [f, d[f] ?? ''])) });
    });
    return index;
  },
  query(index, docs, q) {
    const res = (index as FlexDocument).search(q.text, { limit: 1_000_000 }) as unknown as Array<{
      result: number[];
    }>;
    const ids = new Set<number>();
    for (const field of res) for (const id of field.result) ids.add(id);
    return facetCounts(docs, ids, q.filters).total;
  },
};

const fuse: Engine = {
  name: 'Fuse.js',
  queries: fuseQueries,
  build(docs) {
    return new Fuse(docs, {
      keys: FIELDS.map((f) => ({ name: f, weight: BOOST[f] })),
      threshold: 0.3,
      ignoreLocation: true,
      includeScore: true,
    });
  },
  query(index, docs, q) {
    const hits = (index as Fuse<SearchDocument>).search(q.text);
    return facetCounts(
      docs,
      hits.map((h) => h.refIndex),
      q.filters,
    ).total;
  },
};

const pct = (xs: number[], p: number) =>
  xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const heap = () => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  // Typed arrays live outside the JS heap; count them too.
  return m.heapUsed + m.arrayBuffers;
};

export interface BenchRow {
  size: number;
  engine: string;
  buildMs: number;
  p50: number;
  p95: number;
  heapMB: number;
  queries: number;
}

export async function runSearchBench(sizeList = sizes): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const queries = makeQueries();
  for (const size of sizeList) {
    const dataset = new Dataset(validateDataset(generateCatalogue(size, 42)).data);
    const docs = dataset.services.map((s) => serviceDocument(dataset, s));
    for (const engine of [ours(searchOptionsFor(dataset)), flexsearch, minisearch, fuse]) {
      const before = heap();
      const t0 = performance.now();
      let index: unknown = engine.build(docs);
      const buildMs = performance.now() - t0;
      const heapMB = (heap() - before) / 1048576;
      const n = Math.min(queries.length, engine.queries ?? queries.length);
      // Warm-up: one pass over the queries (steady state, same for every engine; Fuse.js is too slow
      // for a full pass and gets five).
      const warm = engine.queries ? Math.min(5, n) : n;
      for (let i = 0; i < warm; i++) engine.query(index, docs, queries[i]!);
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        engine.query(index, docs, queries[i]!);
        times.push(performance.now() - t);
      }
      rows.push({
        size,
        engine: engine.name,
        buildMs,
        p50: pct(times, 50),
        p95: pct(times, 95),
        heapMB,
        queries: n,
      });
      if (index instanceof SearchIndex) {
        const bytes = Object.values(index.data).reduce(
          (sum, v) => sum + (ArrayBuffer.isView(v) ? v.byteLength : 0),
          0,
        );
        console.log(`ours at ${size}: ${(bytes / 1048576).toFixed(1)} MB of typed arrays in the index`);
      }
      index = undefined;
    }
  }
  return rows;
}

function print(rows: BenchRow[]): void {
  for (const size of new Set(rows.map((r) => r.size))) {
    const ourRow = rows.find((r) => r.size === size && r.engine === 'ours')!;
    console.log(`\n${size} insatser`);
    console.log(
      'engine               build ms   p50 ms   p95 ms  heap MB  queries  p95 ratio (ours/x)  build ratio',
    );
    for (const r of rows.filter((x) => x.size === size)) {
      console.log(
        `${r.engine.padEnd(20)} ${r.buildMs.toFixed(0).padStart(8)} ${r.p50.toFixed(3).padStart(8)} ${r.p95.toFixed(3).padStart(8)} ${r.heapMB.toFixed(1).padStart(8)} ${String(r.queries).padStart(8)} ${(ourRow.p95 / r.p95).toFixed(3).padStart(19)} ${(ourRow.buildMs / r.buildMs).toFixed(2).padStart(12)}`,
      );
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  print(await runSearchBench());
}
