import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDataset } from '../src/index.js';
import { minimalDataset } from './fixtures/minimal.js';

const { dataset: d } = await loadDataset(minimalDataset());
const ids = (xs: ReadonlyArray<{ id: string }>) => xs.map((x) => x.id).sort();

describe('queries', () => {
  it('finds records by id and tells their kind', () => {
    assert.equal(d.get('team')?.id, 'team');
    assert.ok(d.isService(d.get('team')));
    assert.ok(d.isOrganisation(d.get('fk')));
    assert.equal(d.get('nope'), undefined);
  });
  it('walks the hierarchy', () => {
    assert.deepEqual(ids(d.children('stad')), ['stad-arbetsmarknad']);
    assert.deepEqual(ids(d.descendants('stad')), ['stad-arbetsmarknad', 'stad-arbetsmarknad-team']);
    assert.deepEqual(
      d.ancestors('stad-arbetsmarknad-team').map((o) => o.id),
      ['stad-arbetsmarknad', 'stad'],
    );
    assert.ok(ids(d.roots()).includes('forbund'));
    assert.ok(!ids(d.roots()).includes('stad-arbetsmarknad'));
  });
  it('lists relations by kind and direction, with derived ones', () => {
    assert.deepEqual(
      d
        .relationsOf('team', { kind: 'steeringGroupOf' })
        .map((r) => r.from)
        .sort(),
      ['af', 'fk'],
    );
    assert.deepEqual(
      d
        .relationsOf('team', { kind: 'delivers', direction: 'in' })
        .map((r) => r.from)
        .sort(),
      ['fk', 'stad-arbetsmarknad'],
    );
    assert.ok(d.relationsOf('team', { kind: 'funds' }).every((r) => r.derived));
    assert.equal(d.relationsOf('team', { derived: false }).length, 2);
    assert.deepEqual(
      d.relationsOf('region', { kind: 'collaboratesWith', direction: 'out' }).map((r) => r.to),
      ['stad'],
    );
  });
  it('finds members and förbund', () => {
    assert.deepEqual(ids(d.membersOf('forbund')), ['af', 'fk', 'region', 'stad']);
    assert.deepEqual(
      ids(d.associationsOf('stad-arbetsmarknad-team')),
      ['forbund'],
      'a unit belongs through its parent',
    );
    assert.deepEqual(ids(d.associations()), ['forbund']);
  });
  it('finds insatser by organisation (with units), förbund, kommun and target group', () => {
    assert.deepEqual(ids(d.servicesByOrganisation('stad')), ['team']);
    assert.deepEqual(ids(d.servicesByOrganisation('stad', { includeUnits: false })), []);
    assert.deepEqual(ids(d.servicesByOrganisation('fk')), ['team'], 'provider and steering group member');
    assert.deepEqual(ids(d.servicesByAssociation('forbund')), ['project', 'team', 'track']);
    assert.deepEqual(
      ids(d.servicesByMunicipality('1980')),
      ['project', 'team', 'track'],
      "own list, else the providers' kommuner",
    );
    assert.deepEqual(ids(d.servicesByMunicipality('0780')), []);
    assert.deepEqual(ids(d.servicesByTargetGroup('unga-vuxna')), ['team']);
    assert.deepEqual(ids(d.partsOf('project')), ['track']);
  });
  it('includes narrower target groups', async () => {
    const data = minimalDataset();
    data.services![1]!.targetGroups = ['sjalvforsorjning'];
    const { dataset } = await loadDataset(data);
    assert.deepEqual(ids(dataset.servicesByTargetGroup('forsorjningsstod')), ['ordinary']);
  });
  it('tells financing and labels', () => {
    assert.equal(d.financingOf(d.service('team')!), 'association');
    // No `financing` and no förbund funding it: not given, never a guessed "ordinary".
    assert.equal(d.financingOf(d.service('ordinary')!), undefined);
    assert.equal(d.label('unga-vuxna'), 'Unga vuxna 16–29 år');
    assert.equal(d.label('unga-vuxna', 'en'), 'Young adults 16–29');
    assert.equal(d.label('forbund', 'en'), 'Samordningsförbundet Test');
    assert.equal(
      d.terms('targetGroup').some((t) => t.id === 'sjalvforsorjning'),
      true,
    );
  });
  it('finds statistics by subject and indicator', () => {
    assert.equal(d.statisticsOf('forbund', 'budget')[0]?.value, 5000000);
    assert.equal(d.statisticsOf('team').length, 1);
  });
});

describe('integrity', () => {
  it('removes dangling references and reports them', async () => {
    const data = minimalDataset();
    data.services![0]!.providers = ['stad-arbetsmarknad', 'ghost'];
    data.services![0]!.targetGroups = ['unga-vuxna', 'okand-grupp'];
    data.relations!.push({ kind: 'refersTo', from: 'af', to: 'ghost' });
    const r = await loadDataset(data);
    assert.deepEqual(r.dataset.service('team')!.providers, ['stad-arbetsmarknad']);
    assert.deepEqual(r.dataset.service('team')!.targetGroups, ['unga-vuxna']);
    assert.equal(
      r.dataset.relations.some((x) => x.to === 'ghost'),
      false,
    );
    const paths = r.problems.map((p) => `${p.code}:${p.path}`);
    assert.ok(paths.includes('missing-reference:services[0].providers[1]'));
    assert.ok(paths.includes('missing-reference:services[0].targetGroups[1]'));
    assert.ok(paths.includes('missing-reference:relations[7].to'));
  });
  it('drops duplicate ids, self relations and breaks parent cycles', async () => {
    const data = minimalDataset();
    data.organisations!.push({ id: 'fk', kind: 'other', name: 'Dubblett' });
    data.relations!.push({ kind: 'collaboratesWith', from: 'af', to: 'af' });
    data.organisations!.push(
      { id: 'x', kind: 'other', name: 'X', parent: 'y' },
      { id: 'y', kind: 'other', name: 'Y', parent: 'x' },
    );
    const r = await loadDataset(data);
    const codes = r.problems.map((p) => p.code);
    assert.ok(codes.includes('duplicate-id'));
    assert.ok(codes.includes('self-relation'));
    assert.ok(codes.includes('parent-cycle'));
    assert.equal(r.dataset.organisation('fk')!.name, 'Försäkringskassan');
    assert.ok(r.dataset.ancestors('x').length <= 1);
  });
  it('reports a provider that is an insats', async () => {
    const data = minimalDataset();
    data.services![1]!.providers = ['team'];
    const r = await loadDataset(data);
    assert.ok(r.problems.some((p) => p.code === 'wrong-reference-kind'));
  });
});
