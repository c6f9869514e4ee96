import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type DatasetFile, loadDataset } from '../src/index.js';
import { clone, minimalDataset } from './fixtures/minimal.js';

function second(): DatasetFile {
  return {
    formatVersion: 1,
    meta: {
      id: 'andra',
      name: 'Andra förbundet',
      publisher: 'Andra',
      updated: '2024-06-01',
      license: 'CC-BY-4.0',
    },
    organisations: [
      {
        id: 'andra-forbund',
        kind: 'coordinationAssociation',
        name: 'Samordningsförbundet Andra',
        municipalities: ['0780'],
      },
      // Same agency under another id and with a website the first file lacks: one organisation.
      {
        id: 'forsakringskassan',
        kind: 'socialInsuranceAgency',
        name: 'Försäkringskassan',
        organisationNumber: '202100-5521',
        website: 'https://www.forsakringskassan.se',
      },
      // A different organisation that happens to use an id of the first file.
      { id: 'stad', kind: 'municipality', name: 'Växjö kommun', municipalities: ['0780'] },
    ],
    services: [
      {
        id: 'vaxjo-insats',
        name: 'Växjöinsats',
        kind: 'individual',
        status: 'active',
        providers: ['stad', 'forsakringskassan'],
      },
    ],
    relations: [
      { kind: 'memberOf', from: 'forsakringskassan', to: 'andra-forbund' },
      { kind: 'memberOf', from: 'stad', to: 'andra-forbund' },
    ],
  };
}

describe('merge', () => {
  it('unifies the same organisation matched on organisation number and rewrites references', async () => {
    const r = await loadDataset([minimalDataset(), second()]);
    const fk = r.dataset.organisations.filter((o) => o.organisationNumber === '202100-5521');
    assert.equal(fk.length, 1);
    assert.equal(fk[0]!.id, 'fk');
    assert.equal(
      fk[0]!.website,
      'https://www.forsakringskassan.se',
      'fields missing in the first file are filled in',
    );
    assert.deepEqual(
      r.dataset
        .associationsOf('fk')
        .map((o) => o.id)
        .sort(),
      ['andra-forbund', 'forbund'],
    );
    assert.ok(r.problems.some((p) => p.code === 'merged-organisation' && p.severity === 'info'));
  });
  it('reports conflicting ids and keeps both records, never overwriting', async () => {
    const r = await loadDataset([minimalDataset(), second()]);
    const conflict = r.problems.find((p) => p.code === 'conflicting-id');
    assert.ok(conflict);
    assert.equal(conflict.severity, 'error');
    assert.equal(r.dataset.organisation('stad')!.name, 'Västerås stad');
    assert.equal(r.dataset.organisation('andra/stad')!.name, 'Växjö kommun');
    assert.deepEqual(r.dataset.service('vaxjo-insats')!.providers, ['andra/stad', 'fk']);
    assert.deepEqual(
      r.dataset
        .membersOf('andra-forbund')
        .map((o) => o.id)
        .sort(),
      ['andra/stad', 'fk'],
    );
  });
  it('keeps identical records once', async () => {
    const r = await loadDataset([minimalDataset(), minimalDataset()]);
    assert.equal(r.dataset.services.length, 4);
    assert.equal(r.dataset.organisations.length, 7);
    assert.equal(r.dataset.relations.length, 7);
    assert.equal(r.errors, 0);
  });
  it('reports a differing value for the same organisation and keeps the first', async () => {
    const b = clone(minimalDataset());
    b.meta.id = 'kopia';
    b.organisations![4]!.website = 'https://example.org/other';
    const r = await loadDataset([minimalDataset(), b]);
    assert.equal(r.dataset.organisation('stad')!.website, 'https://www.vasteras.se');
    assert.ok(r.problems.some((p) => p.code === 'conflicting-value'));
  });
  it('combines the metadata of the parts', async () => {
    const r = await loadDataset([minimalDataset(), second()]);
    assert.equal(r.dataset.meta.id, 'test_andra');
    assert.equal(r.dataset.meta.updated, '2024-06-01');
  });
});
