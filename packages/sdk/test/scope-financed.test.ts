import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGraph, loadDataset, scopeRecords } from '../src/index.js';

// Two förbund share a region that lists both kommuner. An insats of förbund A, provided by the region
// and naming no kommun of its own, belongs to A's area only.
const data = {
  formatVersion: 1,
  meta: { id: 't', name: 'T', publisher: 'T', updated: '2026-01-01', license: 'CC0-1.0' },
  organisations: [
    { id: 'a', kind: 'coordinationAssociation', name: 'Förbund A', municipalities: ['1980'] },
    { id: 'b', kind: 'coordinationAssociation', name: 'Förbund B', municipalities: ['1983'] },
    { id: 'region', kind: 'region', name: 'Regionen', municipalities: ['1980', '1983'] },
    { id: 'kommun-a', kind: 'municipality', name: 'Kommun A', municipalities: ['1980'] },
    { id: 'kommun-b', kind: 'municipality', name: 'Kommun B', municipalities: ['1983'] },
  ],
  services: [
    {
      id: 'a-insats',
      name: 'A:s insats',
      kind: 'individual',
      status: 'active',
      providers: ['region', 'kommun-a'],
      funding: [{ funder: 'a' }],
    },
    {
      id: 'region-egen',
      name: 'Regionens egen',
      kind: 'individual',
      status: 'active',
      providers: ['region'],
    },
  ],
  relations: [
    { kind: 'memberOf', from: 'region', to: 'a' },
    { kind: 'memberOf', from: 'region', to: 'b' },
    { kind: 'memberOf', from: 'kommun-a', to: 'a' },
    { kind: 'memberOf', from: 'kommun-b', to: 'b' },
  ],
};

describe('scope: an insats financed by a förbund belongs to its area', () => {
  it('is not pulled into another förbund through a region that spans both', async () => {
    const { dataset } = await loadDataset([data]);
    const inB = scopeRecords(dataset, { association: 'b' });
    assert.deepEqual(
      inB.services.map((s) => s.id),
      ['region-egen'],
      'an insats financed by no förbund still counts where its kommuner are',
    );
    assert.equal(inB.has('kommun-a'), false);
    assert.deepEqual(
      scopeRecords(dataset, { association: 'a' }).services.map((s) => s.id),
      ['a-insats', 'region-egen'],
    );
    assert.deepEqual(
      scopeRecords(dataset, { municipality: '1983' }).services.map((s) => s.id),
      ['region-egen'],
    );
    const graph = buildGraph(dataset, { filters: { association: 'b' } });
    assert.equal(
      graph.nodes.some((n) => n.id === 'a-insats'),
      false,
    );
  });
});
