import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createServiceIndex,
  createServiceIndexAsync,
  highlight,
  loadDataset,
  matchRanges,
  parseQuery,
  SearchIndex,
  withinOneEdit,
} from '../src/index.js';
import { SEARCH_DOCS, searchDataset } from './fixtures/search-fixture.js';

const index = SearchIndex.build(SEARCH_DOCS);
const ids = (text: string, extra: Parameters<SearchIndex['search']>[0] = {}) =>
  index
    .search({ text, limit: 100, ...extra })
    .hits.map((h) => h.id)
    .sort();

describe('search: Swedish text', () => {
  it('folds case and diacritics both ways', () => {
    assert.deepEqual(ids('vasteras'), ['vasteras-stod']);
    assert.deepEqual(ids('VÄSTERÅS'), ['vasteras-stod']);
    assert.deepEqual(ids('angest'), ['vasteras-stod']);
  });
  it('stems: kommunerna finds kommuner and kommunerna', () => {
    assert.deepEqual(ids('kommunerna'), ['kommunerna']);
    assert.deepEqual(ids('kommun'), ['kommunerna']);
  });
  it('finds the end of a compound word: omsorg in äldreomsorgens', () => {
    assert.deepEqual(ids('omsorg'), ['aldreomsorg']);
  });
  it('matches prefixes while typing', () => {
    assert.deepEqual(ids('kompe'), ['aldreomsorg']);
    assert.deepEqual(ids('komp'), ['aldreomsorg', 'npf-stod']);
  });
  it('tolerates one typo in words of five letters or more, not in short words', () => {
    assert.deepEqual(ids('kompasen'), ['npf-stod']);
    assert.deepEqual(ids('jobbspårer'), ['se']);
    assert.deepEqual(ids('nätvärk'), ['kommunerna']);
    assert.deepEqual(ids('oto'), []);
    assert.equal(withinOneEdit('stod', 'stöd'), true);
    assert.equal(withinOneEdit('kompass', 'kampasen'), false);
  });
  it('requires every word (AND) and ignores stop words', () => {
    assert.deepEqual(ids('stöd västerås'), ['vasteras-stod']);
    assert.deepEqual(ids('ångest i Västerås'), ['vasteras-stod']);
    assert.deepEqual(ids('ångest kommun'), []);
  });
  it('expands shipped synonyms in both directions', () => {
    assert.deepEqual(ids('NPF'), ['npf-stod']);
    assert.deepEqual(ids('SE'), ['se']);
    assert.deepEqual(ids('supported employment'), ['se']);
  });
  it('ranks name above target group above summary above description', () => {
    const order = index.search({ text: 'trädgård' }).hits.map((h) => h.id);
    assert.deepEqual(order, ['w-name', 'w-target', 'w-summary', 'w-description']);
  });
  it('reads an age from the text', () => {
    assert.deepEqual(parseQuery('arbetsträning 55 år'), { words: ['arbetstraning'], age: 55 });
    assert.deepEqual(parseQuery('unga vuxna med psykisk ohälsa i Västerås').words, [
      'unga',
      'vuxna',
      'psykisk',
      'ohalsa',
      'vasteras',
    ]);
  });
});

describe('search: filters and facets', () => {
  it('counts facets disjunctively: a facet ignores its own selection', () => {
    const r = index.search({ filters: { municipality: ['1980'] }, limit: 100 });
    assert.equal(r.total, 2);
    // Municipality counts ignore the municipality selection: all docs with a municipality count.
    assert.deepEqual(r.facets.municipality, { '1980': 2, '0780': 3, '0764': 1 });
    // Other facets count only the two Västerås docs.
    assert.deepEqual(r.facets.kind, { individual: 2 });
    assert.deepEqual(r.facets.provider, { 'kommun-vasteras': 2, af: 1 });
  });
  it('combines facets: OR within a facet, AND across facets', () => {
    const r = index.search({ filters: { municipality: ['1980', '0780'], kind: ['structural'] }, limit: 100 });
    assert.deepEqual(r.hits.map((h) => h.id).sort(), ['aldreomsorg', 'kommunerna']);
    // kind counts: docs in 1980 or 0780 (all five real docs), by kind.
    assert.deepEqual(r.facets.kind, { individual: 3, structural: 2 });
    // municipality counts: structural docs only.
    assert.deepEqual(r.facets.municipality, { '0780': 2, '0764': 1 });
    assert.deepEqual(r.facets.status, { active: 1, planned: 1 });
  });
  it('filters by age: ranges that contain it, and insatser without a range', () => {
    const r = index.search({ age: 20, filters: { municipality: ['1980', '0780', '0764'] }, limit: 100 });
    assert.deepEqual(r.hits.map((h) => h.id).sort(), [
      'aldreomsorg',
      'kommunerna',
      'npf-stod',
      'vasteras-stod',
    ]);
    const old = index.search({ age: 55, filters: { municipality: ['1980', '0780', '0764'] }, limit: 100 });
    assert.deepEqual(old.hits.map((h) => h.id).sort(), ['aldreomsorg', 'kommunerna', 'se']);
  });
  it('restricts to a set of ids and pages', () => {
    const only = new Set(['se', 'w-name', 'nope']);
    assert.equal(index.search({ only }).total, 2);
    const page = index.search({ sort: 'name', limit: 2, offset: 1 });
    assert.equal(page.total, SEARCH_DOCS.length);
    assert.equal(page.hits.length, 2);
  });
  it('sorts by name in Swedish order and by last update', () => {
    const byName = index.search({ sort: 'name', limit: 100 }).hits.map((h) => h.id);
    assert.equal(byName.at(-1), 'aldreomsorg', 'Ä sorts after Z');
    const byDate = index.search({ sort: 'updated', limit: 3 }).hits.map((h) => h.id);
    assert.deepEqual(byDate, ['npf-stod', 'vasteras-stod', 'aldreomsorg']);
  });
});

describe('search: highlighting', () => {
  it('gives ranges in the original text for matched words', () => {
    const r = index.search({ text: 'angest' });
    const text = 'Hjälp vid ångest och oro.';
    assert.deepEqual(matchRanges(text, r.terms), [[10, 16]]);
    assert.deepEqual(highlight(text, r.terms), [
      { text: 'Hjälp vid ', match: false },
      { text: 'ångest', match: true },
      { text: ' och oro.', match: false },
    ]);
  });
  it('never produces markup: data is returned as text segments', () => {
    const terms = new Set(['script']);
    const segs = highlight('<script>alert(1)</script>', terms);
    assert.equal(segs.map((s) => s.text).join(''), '<script>alert(1)</script>');
    assert.equal(segs.filter((s) => s.match).length, 2);
  });
});

describe('search: datasets', async () => {
  const { dataset } = await loadDataset(searchDataset());
  const idx = createServiceIndex(dataset);
  const find = (text: string) =>
    idx
      .search({ text })
      .hits.map((h) => h.id)
      .sort();
  it('uses the vocabulary: target group labels and their synonyms', () => {
    assert.deepEqual(find('unga vuxna'), ['team']);
    assert.deepEqual(find('UVAS'), ['team']);
  });
  it('finds by provider, abbreviation and kommun name', () => {
    assert.deepEqual(find('Försäkringskassan'), ['team']);
    assert.deepEqual(find('FK'), ['team']);
    assert.deepEqual(find('vaxjo'), ['kurs']);
  });
  it("adds the dataset's own synonyms", () => {
    assert.deepEqual(find('kundmöte'), ['kurs']);
  });
  it('derives facets from the dataset: kommuner of providers, financing by funder', () => {
    const r = idx.search({});
    assert.deepEqual(r.facets.municipality, { '1980': 1, '0780': 1 });
    assert.deepEqual(r.facets.financing, { association: 1, notGiven: 1 });
  });
  it('builds the same index in slices', async () => {
    let progress = 0;
    const a = await createServiceIndexAsync(dataset, { sliceMs: 0, onProgress: (done) => (progress = done) });
    assert.equal(progress, 2);
    assert.deepEqual(a.search({ text: 'kurs' }).hits, idx.search({ text: 'kurs' }).hits);
  });
});

describe('search: demo dataset', async () => {
  const { readFile } = await import('node:fs/promises');
  const demo = JSON.parse(
    await readFile(new URL('../../../examples/data/demo.json', import.meta.url), 'utf8'),
  );
  const { dataset } = await loadDataset(demo);
  it('"unga" in Västerås finds Samordningsteamet and Spira', () => {
    const r = createServiceIndex(dataset).search({
      text: 'unga',
      filters: { municipality: ['1980'] },
      limit: 100,
    });
    const ids = r.hits.map((h) => h.id);
    assert.ok(ids.includes('samordningsteamet'), ids.join());
    assert.ok(ids.includes('spira'), ids.join());
  });
});

describe('search: whom an insats is for (the employers’ entry)', async () => {
  const { minimalDataset } = await import('./fixtures/minimal.js');
  const data = minimalDataset();
  data.services?.push({
    id: 'oppet-hus',
    name: 'Öppet hus',
    kind: 'structural',
    status: 'active',
    providers: ['stad'],
    audience: ['employers', 'civilSociety'],
    participation: { ways: ['internship', 'csr'] },
  });
  const { dataset } = await loadDataset(data);
  const idx = createServiceIndex(dataset);
  const find = (text: string, audience?: string[]) =>
    idx
      .search({ text, ...(audience && { filters: { audience } }) })
      .hits.map((h) => h.id)
      .sort();
  it('counts and filters the audience facet', () => {
    assert.deepEqual(idx.search({}).facets.audience, { employers: 1, civilSociety: 1 });
    assert.deepEqual(find('', ['employers']), ['oppet-hus']);
  });
  it('finds an offer by the ways of taking part and by its audience, in Swedish and English', () => {
    assert.deepEqual(find('praktik'), ['oppet-hus']);
    assert.deepEqual(find('internship'), ['oppet-hus']);
    assert.deepEqual(find('arbetsgivare'), ['oppet-hus']);
    assert.deepEqual(find('CSR'), ['oppet-hus']);
    assert.deepEqual(find('idéburen'), ['oppet-hus']);
  });
});

describe('search: the demo’s employers’ entry', async () => {
  const { readFile } = await import('node:fs/promises');
  const demo = JSON.parse(
    await readFile(new URL('../../../examples/data/demo.json', import.meta.url), 'utf8'),
  );
  const { dataset } = await loadDataset(demo);
  const idx = createServiceIndex(dataset);
  for (const text of ['praktik', 'arbetsgivare']) {
    it(`"${text}" finds the employer offers, each with a contact`, () => {
      const hits = idx.search({ text, filters: { audience: ['employers'] }, limit: 100 }).hits;
      const ids = hits.map((h) => h.id);
      for (const id of ['arbetsgivarkoordinator', 'vaxjoloftet', 'vaxjoloftet-praktikupprop'])
        assert.ok(ids.includes(id), ids.join());
      for (const id of ids) assert.ok(dataset.service(id)?.contactPoints?.length, `${id} has no contact`);
    });
  }
});
