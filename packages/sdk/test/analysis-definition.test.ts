import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateNationalDataset } from '../bench/generate-national.js';
import {
  associationMunicipalities,
  type CollaborationMatrix,
  type CollaborationOptions,
  type CoverageMatrix,
  type CoverageOptions,
  collaboration,
  collaborationSteps,
  coverage,
  coverageSteps,
  type Dataset,
  type GraphRelation,
  inSlices,
  isAvailable,
  loadDataset,
  type Service,
  scopedDataset,
  serviceAgeRange,
} from '../src/index.js';
import { analysisFixture } from './fixtures/analysis-fixture.js';
import { twoAssociationParts } from './fixtures/two-associations.js';

// The analyses place each insats once by lookups (a national dataset meets 100 columns and 50 000
// insatser). Checked here against their definitions, written the plain way: a cell holds the
// available insatser of its row and column, in the dataset's order; by kind, a pair holds what the
// organisation pairs of those kinds hold.

/** A coverage cell by its definition: every available insats tested against the row and the column. */
function cellByDefinition(whole: Dataset, options: CoverageOptions, m: CoverageMatrix, r: number, c: number) {
  const ds = scopedDataset(whole, options);
  const row = m.rows[r]!;
  const col = m.columns[c]!;
  const own = new Set(options.association ? ds.servicesByAssociation(options.association) : []);
  const area = options.association ? associationMunicipalities(ds, options.association) : [];
  const codes = (s: Service) => {
    const list = ds.municipalitiesOf(s);
    return list.length === 0 && own.has(s) ? area : list;
  };
  const inTargetGroup = new Set(row.kind === 'targetGroup' ? ds.servicesByTargetGroup(row.id) : []);
  const ownOfColumn = new Set(col.kind === 'association' ? ds.servicesByAssociation(col.id) : []);
  const inRow = (s: Service) =>
    row.kind === 'ageBand'
      ? (() => {
          const a = serviceAgeRange(ds, s);
          const band = row.ageRange ?? {};
          return !a || ((a.min ?? 0) <= (band.max ?? Infinity) && (band.min ?? 0) <= (a.max ?? Infinity));
        })()
      : inTargetGroup.has(s);
  const inColumn = (s: Service) =>
    codes(s).some((code) => col.municipalities.includes(code)) || ownOfColumn.has(s);
  return ds.services.filter((s) => isAvailable(s, options) && inRow(s) && inColumn(s));
}

function checkCoverage(ds: Dataset, options: CoverageOptions): CoverageMatrix {
  const m = coverage(ds, options);
  assert.ok(m.rows.length > 0 && m.columns.length > 0, 'the matrix has rows and columns');
  let placed = 0;
  m.rows.forEach((row, r) => {
    m.columns.forEach((col, c) => {
      const expected = cellByDefinition(ds, options, m, r, c);
      const cell = m.cells[r]![c]!;
      assert.deepEqual(
        cell.services.map((s) => s.id),
        expected.map((s) => s.id),
        `${row.id} × ${col.id}`,
      );
      assert.equal(cell.count, expected.length);
      placed += expected.length;
    });
  });
  const distinct = (lists: Service[][]) => new Set(lists.flat()).size;
  assert.deepEqual(
    m.rowTotals,
    m.cells.map((cells) => distinct(cells.map((c) => c.services))),
  );
  assert.deepEqual(
    m.columnTotals,
    m.columns.map((_, c) => distinct(m.cells.map((cells) => cells[c]!.services))),
  );
  assert.deepEqual(
    m.gaps,
    m.cells.flat().filter((c) => c.count === 0),
  );
  return Object.assign(m, { placed });
}

/** By kind, the sum of the organisation pairs: relations in pair order, insatser once, in dataset order. */
function byKindFromPairs(ds: Dataset, options: CollaborationOptions, m: CollaborationMatrix) {
  const orgs = collaboration(ds, { ...options, axis: 'organisation' });
  const kindOf = (id: string) => ds.organisation(id)!.kind;
  const order = (set: Set<Service>) => ds.services.filter((s) => set.has(s)).map((s) => s.id);
  return m.pairs.map(({ a, b }) => {
    const matching = orgs.pairs.filter(
      (p) => (kindOf(p.a) === a && kindOf(p.b) === b) || (kindOf(p.a) === b && kindOf(p.b) === a),
    );
    const relations: GraphRelation[] = matching.flatMap((p) => p.relations);
    return {
      a,
      b,
      relations: relations.map((r) => r.id),
      steering: order(new Set(matching.flatMap((p) => p.sharedSteeringGroups))),
      shared: order(new Set(matching.flatMap((p) => p.sharedServices))),
    };
  });
}

function checkByKind(ds: Dataset, options: CollaborationOptions) {
  const m = collaboration(ds, { ...options, axis: 'kind' });
  assert.deepEqual(
    m.pairs.map((p) => ({
      a: p.a,
      b: p.b,
      relations: p.relations.map((r) => r.id),
      steering: p.sharedSteeringGroups.map((s) => s.id),
      shared: p.sharedServices.map((s) => s.id),
    })),
    byKindFromPairs(ds, options, m),
  );
  for (const p of m.pairs) assert.equal(p.strength, p.relations.length + p.sharedServices.length);
  return m;
}

const datasets = async () => {
  const national = (await loadDataset(generateNationalDataset(3000, 12, 5) as never)).dataset;
  return [
    { name: 'analysis fixture', ds: (await loadDataset(analysisFixture)).dataset },
    { name: 'two förbund', ds: (await loadDataset(twoAssociationParts)).dataset },
    { name: 'generated national', ds: national },
  ];
};

describe('coverage and collaboration against their definitions', () => {
  it('places every insats in the cells of its row and column, as testing each cell would', async () => {
    let placed = 0;
    for (const { name, ds } of await datasets()) {
      const first = ds.associations()[0]!.id;
      for (const options of [
        {},
        { rows: 'ageBand' },
        { columns: 'municipality' },
        { association: first },
        { association: first, rows: 'ageBand', statuses: ['active', 'planned'] },
        { association: first, columns: 'association' },
        { today: '2020-01-01', statuses: ['planned', 'active', 'paused', 'ended'] },
      ] satisfies CoverageOptions[]) {
        const m = checkCoverage(ds, options);
        placed += (m as CoverageMatrix & { placed: number }).placed;
        assert.ok(m, name);
      }
    }
    // The check compared real content, not empty cells.
    assert.ok(placed > 1000, `placed ${placed}`);
  });

  it('sums the organisation pairs into the pairs of kinds', async () => {
    let shared = 0;
    for (const { ds } of await datasets()) {
      const roots = ds.roots().map((o) => o.id);
      for (const options of [
        { organisations: roots },
        { association: ds.associations()[0]!.id },
        { organisations: roots, statuses: ['active'] },
      ] satisfies CollaborationOptions[]) {
        const m = checkByKind(ds, options);
        shared += m.pairs.reduce((n, p) => n + p.sharedServices.length + p.relations.length, 0);
      }
    }
    assert.ok(shared > 100, `shared ${shared}`);
  });

  it('gives the same in slices as at once', async () => {
    const { ds } = (await datasets())[2]!;
    const roots = ds.roots().map((o) => o.id);
    assert.deepEqual(await inSlices(coverageSteps(ds, {}), { sliceMs: 0 }), coverage(ds, {}));
    assert.deepEqual(
      await inSlices(collaborationSteps(ds, { axis: 'kind', organisations: roots }), { sliceMs: 0 }),
      collaboration(ds, { axis: 'kind', organisations: roots }),
    );
  });

  it('stops in slices when its signal aborts', async () => {
    const { ds } = (await datasets())[2]!;
    const abort = new AbortController();
    const run = inSlices(coverageSteps(ds, {}), { sliceMs: 0, signal: abort.signal });
    abort.abort(new Error('replaced'));
    await assert.rejects(run, /replaced/);
  });
});
