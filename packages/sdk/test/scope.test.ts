import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import {
  buildGraph,
  collaboration,
  collaborationPair,
  collaboratorsOf,
  coverage,
  coverageCell,
  Dataset,
  effectiveStatus,
  isAvailable,
  keyFigures,
  loadDataset,
  membersWithoutCollaboration,
  restrictDataset,
  scopeRecords,
  serviceDocument,
  serviceStatus,
  validateDataset,
} from '../src/index.js';
import {
  csvToTable,
  datasetToTables,
  flattenHsds,
  hsdsTablesToDataset,
  tablesToDataset,
  tableToCsv,
} from '../src/interop/index.js';
import { twoAssociationParts, varendPart, westPart } from './fixtures/two-associations.js';

// Expected values are worked out by hand from fixtures/two-associations.ts.
const IN_2026 = '2026-01-15';
const IN_2022 = '2022-03-01';
const clone = <T>(x: T): T => structuredClone(x);
const ids = (list: ReadonlyArray<{ id: string }>) => list.map((x) => x.id).sort();

let ds: Dataset;
before(async () => {
  const result = await loadDataset(clone(twoAssociationParts));
  assert.equal(result.errors, 0, JSON.stringify(result.problems));
  ds = result.dataset;
  // The merge keeps one FK and one AF, shared by both förbund.
  assert.equal(ds.organisations.filter((o) => o.kind === 'socialInsuranceAgency').length, 1);
  assert.deepEqual(ids(ds.associationsOf('fk')), ['fb-varend', 'fb-vast']);
});

describe('scope: what a förbund, a kommun or a set holds', () => {
  it('a förbund holds its members, its kommuner’s and its own insatser, and the relations that apply there', () => {
    const s = scopeRecords(ds, { association: 'fb-varend' });
    assert.deepEqual(s.municipalities.sort(), ['0764', '0780']);
    assert.deepEqual(ids(s.organisations), [
      'af',
      'esf',
      'fb-varend',
      'fk',
      'kommun-alvesta',
      'kommun-vaxjo',
      'region-kr',
    ]);
    assert.deepEqual(ids(s.services), ['joint-training', 'samsip', 'spik']);
    // FK–AF's agreement applies in Väst only; FK's memberships of Väst are outside too.
    assert.ok(!s.relations.some((r) => r.kind === 'agreementWith'));
    assert.ok(!s.relations.some((r) => r.to === 'fb-vast'));
    assert.ok(s.relations.some((r) => r.kind === 'collaboratesWith' && r.from === 'fk'));
  });

  it('a kommun holds what works there: relations apply by kommun, other kommuner’s insatser stay out', () => {
    const vaxjo = scopeRecords(ds, { municipality: '0780' });
    assert.deepEqual(vaxjo.coveringAssociations, ['fb-varend']);
    assert.deepEqual(ids(vaxjo.services), ['joint-training', 'samsip']);
    assert.ok(vaxjo.relations.some((r) => r.kind === 'collaboratesWith'));
    const alvesta = scopeRecords(ds, { municipality: '0764' });
    assert.deepEqual(ids(alvesta.services), ['joint-training', 'samsip', 'spik']);
    assert.ok(!alvesta.relations.some((r) => r.kind === 'collaboratesWith'));
    // Västerås stad works in 1980 only: never in a Värend kommun's scope.
    assert.ok(!alvesta.has('kommun-vasteras'));
  });

  it('a förbund’s insats without kommuner serves the förbund’s area, not its region provider’s whole län', () => {
    assert.deepEqual(ids(scopeRecords(ds, { municipality: '1981' }).services), []);
    assert.ok(!scopeRecords(ds, { municipality: '1981' }).has('kommun-vasteras'));
    assert.ok(scopeRecords(ds, { municipality: '1980' }).has('sim'));
  });

  it('a chosen set is the union of its förbund and kommuner', () => {
    const s = scopeRecords(ds, { associations: ['fb-vast'], municipalities: ['0764'] });
    assert.ok(s.has('team') && s.has('spik') && !s.has('region-kr') === false);
    assert.deepEqual(s.municipalities.sort(), ['0764', '1980']);
  });

  it('restrictDataset gives a dataset whose queries answer within the scope', () => {
    const varend = restrictDataset(ds, { association: 'fb-varend' });
    assert.deepEqual(ids(varend.associationsOf('fk')), ['fb-varend']);
    assert.deepEqual(ids(varend.servicesByOrganisation('af')), ['joint-training']);
    assert.deepEqual(ids(ds.servicesByOrganisation('af')), ['joint-training', 'mgt', 'spira', 'team']);
  });
});

describe('collaboration within a förbund (FK and AF shared by two förbund)', () => {
  it('counts only the förbund’s insatser and relations for FK–AF', () => {
    const varend = collaboration(ds, { association: 'fb-varend', today: IN_2026 });
    const fkAf = collaborationPair(varend, 'fk', 'af')!;
    assert.deepEqual(ids(fkAf.sharedServices), ['joint-training']);
    assert.deepEqual(fkAf.relations, []);
    assert.equal(fkAf.strength, 1);

    const vast = collaboration(ds, { association: 'fb-vast', today: IN_2026 });
    const inVast = collaborationPair(vast, 'fk', 'af')!;
    // Spira ended in 2022: not counted in 2026; MGT's period has begun.
    assert.deepEqual(ids(inVast.sharedServices), ['mgt', 'team']);
    assert.deepEqual(
      inVast.relations.map((r) => r.kind),
      ['agreementWith'],
    );
    assert.equal(inVast.strength, 3);
  });

  it('finds FK–Region Kronoberg’s collaboration in Värend and no pair without', () => {
    const m = collaboration(ds, { association: 'fb-varend', today: IN_2026 });
    const fkRegion = collaborationPair(m, 'fk', 'region-kr')!;
    assert.deepEqual(ids(fkRegion.sharedServices), ['joint-training', 'samsip']);
    assert.deepEqual(ids(fkRegion.sharedSteeringGroups), ['joint-training']);
    assert.deepEqual(
      fkRegion.relations.map((r) => r.kind),
      ['collaboratesWith'],
    );
    assert.deepEqual(membersWithoutCollaboration(ds, 'fb-varend', { today: IN_2026 }), []);
  });

  it('counts what was running on the day asked for', () => {
    const m = collaboration(ds, { association: 'fb-vast', today: IN_2022 });
    assert.deepEqual(ids(collaborationPair(m, 'fk', 'af')!.sharedServices), ['mgt', 'spira', 'team']);
  });

  it('the map draws only what applies in the förbund', () => {
    const g = buildGraph(ds, { view: 'samverkan', filters: { association: 'fb-varend' } });
    const fkAf = g.edges.find((e) => [e.source, e.target].sort().join('+') === 'af+fk')!;
    assert.deepEqual(fkAf.kinds, []);
    assert.ok(!g.nodes.some((n) => n.id === 'kommun-vasteras' || n.id === 'fb-vast'));
    const o = buildGraph(ds, { filters: { association: 'fb-varend' } });
    assert.ok(!o.nodes.some((n) => n.id === 'team'));
    assert.ok(!o.edges.some((e) => e.kind === 'memberOf' && e.target === 'fb-vast'));
  });
});

describe('collaboratorsOf: who collaborates with an organisation in a scope, and why', () => {
  it('lists FK’s collaborators in Värend with their reasons, strongest first', () => {
    const list = collaboratorsOf(ds, 'fk', { scope: { association: 'fb-varend' }, today: IN_2026 });
    assert.deepEqual(
      list.map((c) => [c.organisation, c.strength]),
      [
        // The förbund funds SamSIP and provides the joint training that FK steers.
        ['fb-varend', 3],
        ['region-kr', 3],
        ['kommun-vaxjo', 2],
        ['kommun-alvesta', 1],
        ['af', 1],
      ],
    );
    const region = list[1]!;
    assert.deepEqual(
      region.reasons.map((r) =>
        r.type === 'relation' ? r.kind : `${r.service.id}${r.steeringGroup ? '*' : ''}`,
      ),
      ['samsip', 'joint-training*', 'collaboratesWith'],
    );
    const samsip = region.reasons[0]!;
    assert.ok(samsip.type === 'sharedService');
    assert.deepEqual(samsip.roles, ['steeringGroupOf']);
    assert.deepEqual(samsip.otherRoles, ['delivers']);
    const forbund = list[0]!;
    assert.ok(forbund.reasons.some((r) => r.type === 'relation' && r.kind === 'memberOf' && r.outgoing));
  });

  it('lists FK’s collaborators in Västerås (kommun) without anything from Värend', () => {
    const list = collaboratorsOf(ds, 'fk', { scope: { municipality: '1980' }, today: IN_2026 });
    assert.deepEqual(list.map((c) => c.organisation).sort(), [
      'af',
      'fb-vast',
      'kommun-vasteras',
      'region-vm',
    ]);
    const af = list.find((c) => c.organisation === 'af')!;
    assert.deepEqual(
      af.reasons.map((r) => (r.type === 'relation' ? r.kind : r.service.id)),
      ['team', 'mgt', 'agreementWith'],
    );
  });

  it('agrees with the collaboration matrix for every member pair', () => {
    for (const association of ['fb-varend', 'fb-vast']) {
      const m = collaboration(ds, { association, today: IN_2026 });
      for (const p of m.pairs) {
        const other = collaboratorsOf(ds, p.a, { scope: { association }, today: IN_2026 }).find(
          (c) => c.organisation === p.b,
        );
        assert.equal(other?.strength ?? 0, p.strength, `${association}: ${p.a}+${p.b}`);
      }
    }
  });
});

describe('status from the period', () => {
  it('shows an insats whose period has ended as ended, keeping the stated status', () => {
    const spira = ds.service('spira')!;
    assert.deepEqual(serviceStatus(spira, { today: IN_2026 }), {
      stated: 'active',
      effective: 'ended',
      fromPeriod: true,
      day: IN_2026,
    });
    assert.equal(effectiveStatus(spira, { today: '2022-06-30' }), 'active');
    assert.equal(effectiveStatus(spira, { today: new Date('2022-07-01T00:00:00Z') }), 'ended');
    assert.equal(isAvailable(spira, { today: IN_2026 }), false);
  });

  it('shows a planned insats whose period has begun as started', () => {
    const mgt = ds.service('mgt')!;
    assert.equal(effectiveStatus(mgt, { today: IN_2022 }), 'planned');
    assert.equal(effectiveStatus(mgt, { today: '2022-04-01' }), 'active');
    assert.equal(isAvailable(mgt, { today: IN_2026 }), true);
  });

  it('counts by the effective status in coverage and search facets', () => {
    const m = coverage(ds, { association: 'fb-vast', rows: 'ageBand', today: IN_2026 });
    assert.ok(!coverageCell(m, '30-49', '1980')!.services.some((s) => s.id === 'spira'));
    assert.deepEqual(serviceDocument(ds, ds.service('spira')!, { today: IN_2026 }).facets!.status, ['ended']);
  });

  it('validate warns about a stated status that the period contradicts', () => {
    const result = validateDataset(clone(westPart), { today: IN_2026 });
    const warnings = result.problems.filter((p) => p.code === 'status-period-mismatch');
    assert.deepEqual(
      warnings.map((p) => [p.severity, p.path]),
      [
        ['warning', 'services[1].status'],
        ['warning', 'services[2].status'],
      ],
    );
    assert.match(warnings[0]!.message.sv, /avslutad/);
    // The stated status is kept as written.
    assert.equal(result.data.services[1]?.status, 'active');
  });
});

describe('nothing invented: financing not given', () => {
  it('gives no financing the data does not state', () => {
    assert.equal(ds.financingOf(ds.service('team')!), 'association'); // stated
    assert.equal(ds.financingOf(ds.service('samsip')!), 'association'); // funded by the förbund only
    assert.equal(ds.financingOf(ds.service('joint-training')!), undefined); // nothing stated
    assert.equal(ds.financingOf(ds.service('spik')!), undefined); // förbund and ESF: not given
    assert.deepEqual(serviceDocument(ds, ds.service('spik')!).facets!.financing, ['notGiven']);
  });

  it('an HSDS import without a financing code gets none', async () => {
    const json = JSON.parse(
      readFileSync(new URL('../../cli/test/fixtures/hsds-others-service.json', import.meta.url), 'utf8'),
    );
    const file = hsdsTablesToDataset(flattenHsds(json), { meta: { id: 'test' } }).file as {
      services: Array<{ financing?: string }>;
    };
    assert.equal(file.services[0]!.financing, undefined);
    const { dataset } = await loadDataset(file);
    assert.equal(dataset.financingOf(dataset.services[0]!), undefined);
  });
});

describe('units and sources never mixed', () => {
  it('sums capacity per unit only', () => {
    const in2026 = keyFigures(ds, 'fb-vast', { today: IN_2026 });
    assert.deepEqual(
      in2026.capacity.map((c) => [c.unit, c.total]),
      [
        ['annualPlaces', 110],
        ['attendances', 800],
      ],
    );
    const in2022 = keyFigures(ds, 'fb-vast', { today: IN_2022 });
    assert.deepEqual(in2022.capacity.map((c) => [c.unit, c.total]).sort(), [
      ['annualPlaces', 110],
      ['attendances', 800],
      ['participants', 60],
    ]);
  });

  it('keeps figures from different sources in separate series, each with its source', () => {
    const k = keyFigures(ds, 'kommun-vasteras');
    const support = k.indicators.find((i) => i.indicator === 'publicSupport')!;
    assert.deepEqual(
      support.series.map((s) => [s.definition, s.sources, s.years.map((y) => [y.year, y.total])]),
      [
        ['Svenskt Näringsliv', ['naringsliv-2021'], [[2021, 20000]]],
        ['Statisticon', ['statisticon-2019'], [[2019, 10000]]],
      ],
    );
    // The förbund's own yearly plans are one definition: one budget series over two years.
    const budget = keyFigures(ds, 'fb-vast').indicators.find((i) => i.indicator === 'budget')!;
    assert.equal(budget.series.length, 1);
    assert.deepEqual(budget.series[0]!.sources, ['vp-2022', 'vp-2023']);
  });

  it('never adds participants of different units', () => {
    const data = clone(westPart);
    data.statistics!.push(
      {
        subject: 'spira',
        indicator: 'participants',
        value: 60,
        unit: 'persons',
        period: { start: '2022' },
        source: 'vp-2022',
      },
      {
        subject: 'team',
        indicator: 'participants',
        value: 400,
        unit: 'count',
        period: { start: '2022' },
        source: 'vp-2022',
      },
    );
    const k = keyFigures(validateDatasetOk(data), 'fb-vast');
    assert.deepEqual(k.participantsByYear, [{ year: 2022, total: 60 }]);
    assert.deepEqual(
      k.participantsByUnit.map((p) => [p.unit, p.years]),
      [
        ['count', [{ year: 2022, total: 400 }]],
        ['persons', [{ year: 2022, total: 60 }]],
      ],
    );
  });
});

describe('appliesIn in the format', () => {
  it('is validated: kommun codes by the schema, förbund ids against the data', () => {
    const data = clone(westPart);
    data.relations!.push(
      { kind: 'collaboratesWith', from: 'fk', to: 'region-vm', appliesIn: { associations: ['nowhere'] } },
      { kind: 'refersTo', from: 'af', to: 'region-vm', appliesIn: { associations: ['kommun-vasteras'] } },
      { kind: 'agreementWith', from: 'af', to: 'region-vm', appliesIn: { municipalities: ['9999'] } },
    );
    const { problems } = validateDataset(data, { today: IN_2026 });
    const at = (code: string) => problems.filter((p) => p.code === code).map((p) => p.path);
    assert.deepEqual(at('missing-reference'), ['relations[9].appliesIn.associations[0]']);
    assert.deepEqual(at('wrong-reference-kind'), ['relations[10].appliesIn.associations[0]']);
    assert.ok(problems.some((p) => p.code === 'unknown-municipality' && p.path.startsWith('relations[11]')));
  });

  it('is kept by merge, joined when two files state the same relation for their own förbund', async () => {
    const west = clone(westPart);
    const varend = clone(varendPart);
    varend.relations!.push({
      kind: 'agreementWith',
      from: 'fk',
      to: 'af',
      appliesIn: { associations: ['fb-varend'] },
    });
    const { dataset, problems } = await loadDataset([west, varend]);
    assert.ok(!problems.some((p) => p.code === 'conflicting-id'), JSON.stringify(problems));
    const agreements = dataset.relations.filter((r) => r.kind === 'agreementWith');
    assert.deepEqual(
      agreements.map((r) => r.appliesIn),
      [{ associations: ['fb-vast', 'fb-varend'] }],
    );
    const fkAf = collaborationPair(
      collaboration(dataset, { association: 'fb-varend', today: IN_2026 }),
      'fk',
      'af',
    )!;
    assert.equal(fkAf.relations.length, 1);
  });

  it('survives the CSV/XLSX tables', () => {
    const data = clone(westPart);
    data.relations!.push({
      kind: 'collaboratesWith',
      from: 'fk',
      to: 'region-vm',
      appliesIn: { associations: ['fb-vast'], municipalities: ['1980', '1981'] },
    });
    const before = validateDatasetOk(data).data;
    const tables = datasetToTables(before).map((t) => csvToTable(t.name, tableToCsv(t)));
    const back = tablesToDataset(tables);
    const find = (rs: ReadonlyArray<{ kind: string; appliesIn?: unknown }>) =>
      rs.filter((r) => r.appliesIn).map((r) => [r.kind, r.appliesIn]);
    const relations = (back.file as { relations: Array<{ kind: string; appliesIn?: unknown }> }).relations;
    assert.deepEqual(find(relations), find(before.relations));
    assert.equal(find(relations).length, 2);
  });
});

/** Validates data that must be valid, as a Dataset. */
function validateDatasetOk(data: unknown): Dataset {
  const result = validateDataset(data, { today: IN_2026 });
  assert.ok(!result.problems.some((p) => p.severity === 'error'), JSON.stringify(result.problems));
  return new Dataset(result.data);
}
