import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { followUpSeries, reviewStatus, reviewTerm, type Service, type Statistic } from '../src/index.js';

const stat = (over: Partial<Statistic>): Statistic => ({
  subject: 'forbund',
  indicator: 'susWorkOrStudiesAfter',
  value: 30,
  unit: 'percent',
  period: { start: '2022', end: '2022' },
  source: 'sus',
  ...over,
});

describe('followUpSeries', () => {
  it('joins only figures of the same indicator, unit, definition, breakdown and area', () => {
    const series = followUpSeries([
      stat({ period: { start: '2023', end: '2023' }, value: 34, target: 40 }),
      stat({ value: 31, target: 40, source: 'sus-2022' }),
      stat({ value: 28, breakdown: { gender: 'women' } }),
      stat({ value: 33, breakdown: { gender: 'men' } }),
      stat({ value: 29, definition: 'Efter 90 dagar' }),
      stat({ value: 31, unit: 'count' }),
      stat({ value: 26, area: { national: true, name: 'Riket' } }),
      stat({ indicator: 'budget', unit: 'SEK', value: 1 }),
      stat({ value: 12, category: 'Under förbundets finansiering' }),
    ]);
    assert.equal(series.length, 7);
    const all = series.find(
      (s) => !s.breakdown && !s.definition && !s.area && !s.category && s.unit === 'percent',
    )!;
    assert.deepEqual(
      all.points.map((p) => [p.period, p.value, p.target]),
      [
        ['2022', 31, 40],
        ['2023', 34, 40],
      ],
    );
    assert.deepEqual(all.sources, ['sus', 'sus-2022']);
    assert.equal(series.filter((s) => s.breakdown?.gender).length, 2);
    assert.equal(series.find((s) => s.area)!.national, true);
    assert.ok(!series.some((s) => s.indicator === 'budget'), 'budget is not a follow-up figure');
  });

  it('finds the seeds’ SUS figures in the demo, each with its source', () => {
    const demo = JSON.parse(
      readFileSync(new URL('../../../examples/data/demo.json', import.meta.url), 'utf8'),
    );
    const series = followUpSeries(demo.statistics);
    const value = (id: string) => series.flatMap((s) => s.points).find((p) => p.statistic.id === id);
    assert.equal(value('stat-forbund-vasteras-sus-offentlig-forsorjning-2ar')?.value, 35);
    assert.equal(value('stat-nms-sus-individer-2022')?.value, 1142);
    assert.equal(value('stat-esf-forbund-sus-strukturdeltagare-2022')?.value, 3811);
    for (const s of series) assert.ok(s.sources.length, `${s.key} has a source`);
  });
});

describe('reviewStatus', () => {
  const service = (id: string, review?: Service['review'], over: Partial<Service> = {}): Service => ({
    id,
    name: id,
    kind: 'individual',
    status: 'active',
    providers: ['x'],
    ...(review && { review }),
    ...over,
  });
  const services = [
    service('due-this-term', { ownerRole: 'Förbundssamordnare', dates: ['2026-05-10'] }),
    service('overdue', { ownerRole: 'Förbundssamordnare', dates: ['2026-01-15'] }),
    service('later', { ownerRole: 'Förbundssamordnare', dates: ['2026-09-01'] }),
    service('yearly', { ownerRole: 'Kansliet', intervalMonths: 12, dates: ['2025-10-01'] }),
    service('no-owner-never', undefined),
    service('ended', { ownerRole: 'Kansliet' }, { period: { end: '2024' } }),
  ];

  it('the term is the tertial of today', () => {
    assert.deepEqual(reviewTerm('2026-10-01'), { start: '2026-09-01', end: '2026-12-31' });
    assert.deepEqual(reviewTerm('2026-02-10'), { start: '2026-01-01', end: '2026-04-30' });
  });

  it('lists the insatser due this term per owner role, overdue and never reviewed included', () => {
    const r = reviewStatus(services, { today: '2026-10-01' });
    assert.equal(r.termEnd, '2026-12-31');
    assert.deepEqual(
      r.groups.map((g) => [g.ownerRole, g.items.map((i) => [i.service.id, i.due, i.overdue])]),
      [
        [
          'Förbundssamordnare',
          [
            ['overdue', '2026-05-15', true],
            ['due-this-term', '2026-09-10', true],
          ],
        ],
        ['Kansliet', [['yearly', '2026-10-01', false]]],
        [undefined, [['no-owner-never', undefined, false]]],
      ],
    );
    assert.equal(r.considered, 5);
  });
});
