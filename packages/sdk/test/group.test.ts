import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateNationalDataset } from '../bench/generate-national.js';
import { buildGraph, groupGraph, loadDataset, scopeRecords } from '../src/index.js';

const dataset = async (n = 600, forbund = 12) =>
  (await loadDataset(generateNationalDataset(n, forbund))).dataset;

describe('groupGraph (national map)', () => {
  it('opens as one node per förbund, with counts from its scope', async () => {
    const ds = await dataset();
    const g = groupGraph(ds);
    const forbund = ds.associations().map((a) => a.id);
    assert.equal(g.nodes.length, forbund.length);
    assert.deepEqual(new Set(g.nodes.map((n) => n.id)), new Set(forbund));
    for (const n of g.nodes) {
      const rec = scopeRecords(ds, { association: n.id });
      const members = new Set(ds.membersOf(n.id).map((m) => m.id));
      assert.deepEqual(n.counts, {
        members: rec.organisations.filter((o) => members.has(o.id)).length,
        units: rec.organisations.filter((o) => o.parent !== undefined).length,
        services: rec.services.length,
      });
      assert.ok(n.counts!.services > 0, 'the generated förbund each fund insatser');
    }
    assert.equal(g.groups!.length, forbund.length);
    assert.ok(g.groups!.every((x) => !x.expanded));
    assert.deepEqual(
      g.tree.map((t) => t.id),
      g.groups!.map((x) => x.id),
    );
  });

  it('keeps links between förbund as aggregated edges, counted from relations between their own records', async () => {
    const ds = await dataset();
    const g = groupGraph(ds);
    assert.ok(g.edges.length > 0, 'the data has links between förbund');
    for (const e of g.edges) {
      assert.equal(e.aggregated, true);
      // Count again: relations with one end only in the source's scope and the other only in the target's.
      const a = scopeRecords(ds, { association: e.source });
      const b = scopeRecords(ds, { association: e.target });
      const onlyIn = (id: string, own: typeof a, other: typeof b) => own.has(id) && !other.has(id);
      const count = ds
        .allRelationsList()
        .filter(
          (r) => (onlyIn(r.from, a, b) && onlyIn(r.to, b, a)) || (onlyIn(r.from, b, a) && onlyIn(r.to, a, b)),
        ).length;
      assert.ok(e.weight >= 1 && e.weight <= count, `${e.id}: ${e.weight} of ${count}`);
    }
  });

  it('expands a förbund to its scope as buildGraph draws it, the others staying collapsed', async () => {
    const ds = await dataset();
    const first = ds.associations()[0]!.id;
    const g = groupGraph(ds, { expanded: [first] });
    const flat = buildGraph(ds, { filters: { association: first } });
    const ids = new Set(g.nodes.map((n) => n.id));
    for (const n of flat.nodes) assert.ok(ids.has(n.id), `${n.id} shown`);
    assert.equal(g.nodes.find((n) => n.id === first)!.counts, undefined, 'expanded: no counts');
    assert.equal(g.groups!.find((x) => x.id === first)!.expanded, true);
    const collapsed = g.nodes.filter((n) => n.counts);
    assert.equal(collapsed.length, ds.associations().length - 1);
    const root = g.tree.find((t) => t.id === first)!;
    assert.ok(root.children.length > 0, 'the expanded förbund lists its members');
    for (const e of g.edges) assert.ok(ids.has(e.source) && ids.has(e.target));
    // An id the data does not hold expands nothing.
    assert.equal(groupGraph(ds, { expanded: ['nope'] }).nodes.length, ds.associations().length);
  });

  it('is the same for the same data (deterministic)', async () => {
    const ds = await dataset();
    assert.deepEqual(
      groupGraph(ds, { expanded: ['forbund-2'] }),
      groupGraph(ds, { expanded: ['forbund-2'] }),
    );
  });
});
