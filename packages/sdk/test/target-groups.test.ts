import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildGraph,
  laneLayout,
  loadDataset,
  targetGroupTerm,
  treeIds,
  withTargetGroups,
} from '../src/index.js';

const dataset = (
  await loadDataset({
    formatVersion: 1,
    meta: { id: 't', name: 'T', publisher: 'T', updated: '2026-01-01', license: 'CC0-1.0' },
    organisations: [
      { id: 'forbund', kind: 'coordinationAssociation', name: 'Förbundet', municipalities: ['1980'] },
      { id: 'stad', kind: 'municipality', name: 'Staden', municipalities: ['1980'] },
    ],
    services: [
      {
        id: 'team',
        name: 'Teamet',
        kind: 'individual',
        status: 'active',
        providers: ['stad'],
        targetGroups: ['arbetslosa', 'unga-vuxna'],
      },
      {
        id: 'spira',
        name: 'Spira',
        kind: 'individual',
        status: 'active',
        providers: ['stad'],
        targetGroups: ['unga-vuxna'],
      },
      // Says nothing about whom it is for: gets no edge.
      { id: 'tyst', name: 'Tyst', kind: 'individual', status: 'active', providers: ['stad'] },
    ],
    relations: [{ kind: 'memberOf', from: 'stad', to: 'forbund' }],
  })
).dataset;

describe('withTargetGroups', () => {
  const plain = buildGraph(dataset, { view: 'organisation' });
  const g = withTargetGroups(plain, dataset);

  it('adds one node per target group the insatser name, and an edge per insats and group', () => {
    const groups = g.nodes.filter((n) => n.type === 'targetGroup');
    assert.deepEqual(groups.map((n) => targetGroupTerm(n.id)).sort(), ['arbetslosa', 'unga-vuxna']);
    assert.ok(
      groups.every((n) => n.record === 'targetGroup' && n.label === dataset.label(targetGroupTerm(n.id)!)),
    );
    const edges = g.edges
      .filter((e) => e.kind === 'servesTargetGroup')
      .map((e) => `${e.source}>${targetGroupTerm(e.target)}`)
      .sort();
    assert.deepEqual(edges, ['spira>unga-vuxna', 'team>arbetslosa', 'team>unga-vuxna']);
    assert.ok(!g.edges.some((e) => e.source === 'tyst' && e.kind === 'servesTargetGroup'));
  });

  it('keeps the rest, lists the groups in the hierarchy, and leaves the input alone', () => {
    assert.equal(g.nodes.length, plain.nodes.length + 2);
    assert.equal(plain.nodes.filter((n) => n.type === 'targetGroup').length, 0);
    const ids = treeIds(g.tree);
    for (const n of g.nodes) assert.ok(ids.includes(n.id), `${n.id} in the tree`);
    assert.equal(new Set(ids).size, ids.length, 'each once');
  });

  it('leaves the samverkan view (no insatser) as it is', () => {
    const s = buildGraph(dataset, { view: 'samverkan' });
    assert.equal(withTargetGroups(s, dataset), s);
  });

  it('is laid out: every target group has a position of its own, in one column', () => {
    const { positions } = laneLayout(g);
    const at = g.nodes.filter((n) => n.type === 'targetGroup').map((n) => positions.get(n.id)!);
    assert.equal(at.length, 2);
    assert.equal(at[0]!.x, at[1]!.x);
    assert.notEqual(at[0]!.y, at[1]!.y);
  });
});
