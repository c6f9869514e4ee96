import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createServiceIndex,
  Dataset,
  emptySearchFilters,
  FACET_NAMES,
  FACETS,
  facetFilters,
  localizeWithLang,
  readSearchParams,
  writeSearchParams,
} from '../src/index.js';
import { minimalDataset } from './fixtures/minimal.js';

describe('the filter vocabulary', () => {
  it('lists every facet of the search index once, with a URL parameter each', () => {
    assert.deepEqual(
      FACETS.map((f) => f.name),
      [...FACET_NAMES],
    );
    assert.equal(new Set(FACETS.map((f) => f.param)).size, FACETS.length);
    const index = createServiceIndex(new Dataset(minimalDataset() as never));
    assert.deepEqual(Object.keys(index.search({}).facets).sort(), [...FACET_NAMES].sort());
  });

  it('writes and reads a search state through URL parameters, leaving others alone', () => {
    const filters = { ...emptySearchFilters(), targetGroup: ['unga-vuxna'], municipality: ['1980', '0780'] };
    filters.age = 25;
    filters.organisation = 'fk';
    const params = new URLSearchParams('page=2&sok=old');
    writeSearchParams(params, { query: 'npf', filters, sort: 'name' });
    assert.equal(params.get('page'), '2');
    assert.equal(params.get('sok'), 'npf');
    assert.deepEqual(params.getAll('kommun'), ['1980', '0780']);
    assert.deepEqual(readSearchParams(params), { query: 'npf', filters, sort: 'name' });
    assert.equal(readSearchParams(new URLSearchParams('page=2')), undefined);
  });

  it('gives the search index only the facets with a selection', () => {
    assert.deepEqual(facetFilters({ ...emptySearchFilters(), status: ['active'], age: 3 }), {
      status: ['active'],
    });
  });
});

describe('localizeWithLang', () => {
  it('says which language the chosen text is in', () => {
    assert.deepEqual(localizeWithLang({ sv: 'Hej', en: 'Hello' }, 'en'), { text: 'Hello', lang: 'en' });
    assert.deepEqual(localizeWithLang({ sv: 'Hej' }, 'en'), { text: 'Hej', lang: 'sv' });
    assert.deepEqual(localizeWithLang('Hello', 'sv', 'en'), { text: 'Hello', lang: 'en' });
    assert.deepEqual(localizeWithLang(undefined, 'sv'), { text: '', lang: 'sv' });
  });
});
