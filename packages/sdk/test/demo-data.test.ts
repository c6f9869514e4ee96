import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import {
  type DatasetData,
  isSafeUrl,
  MEMBER_KINDS,
  type Organisation,
  validateDataset,
} from '@samordningskartan/sdk';

// The demo is what people first see of the product: it must hold what the seeds and the members'
// own pages say, cited, and nothing about a person.
const text = readFileSync(new URL('../../../examples/data/demo.json', import.meta.url), 'utf8');
// A fixed day, so the status warnings below do not move with the calendar.
const result = validateDataset(JSON.parse(text), { today: '2026-11-26' });
const data: DatasetData = result.data;
const orgById = new Map(data.organisations.map((o) => [o.id, o]));
const root = (o: Organisation): Organisation => {
  let cur = o;
  for (let i = 0; cur.parent && i < 20; i++) cur = orgById.get(cur.parent) ?? cur;
  return cur;
};
const sourceIds = (r: { source?: string | string[] }) =>
  r.source === undefined ? [] : Array.isArray(r.source) ? r.source : [r.source];

describe('demo data', () => {
  test('validates with no errors and no warnings but stated statuses that the period contradicts', () => {
    assert.deepEqual(
      result.problems.filter((p) => p.severity !== 'info' && p.code !== 'status-period-mismatch'),
      [],
    );
    // The demo keeps each insats's status as its source document stated it (issue 12); validate says
    // where the period now tells otherwise, e.g. Spira, which ended in mid-2022.
    const stale = result.problems
      .filter((p) => p.code === 'status-period-mismatch')
      .map((p) => data.services[Number(/^services\[(\d+)\]/.exec(p.path)![1])]!.id);
    assert.ok(stale.includes('spira'), stale.join(', '));
  });

  for (const forbund of ['forbund-vasteras', 'forbund-varend']) {
    test(`${forbund}: a unit of every member kind, each with a service of its own in the förbund's kommuner`, () => {
      const kommuner = new Set(orgById.get(forbund)!.municipalities);
      const members = new Set(
        data.relations.filter((r) => r.kind === 'memberOf' && r.to === forbund).map((r) => r.from),
      );
      for (const kind of MEMBER_KINDS) {
        const units = data.organisations.filter(
          (o) => o.kind === kind && o.parent !== undefined && members.has(root(o).id),
        );
        const served = data.services.filter(
          (s) =>
            // The member's own work: ordinary, or not stated (never invented), but not förbund or project money.
            (s.financing === 'ordinary' || s.financing === undefined) &&
            s.providers.some((p) => units.some((u) => u.id === p)) &&
            (s.municipalities ?? []).some((m) => kommuner.has(m)),
        );
        assert.ok(served.length > 0, `${forbund}: no ordinary service of a ${kind} unit`);
        for (const u of units) assert.ok(sourceIds(u).length > 0, `${u.id} names no source`);
      }
    });
  }

  test('every insats says how to get access and how to make contact, through functional web addresses only', () => {
    for (const s of data.services) {
      const a = s.access;
      assert.ok(
        a && (a.description !== undefined || a.url !== undefined || a.referral !== undefined),
        `${s.id}: no access information`,
      );
      assert.ok(s.contactPoints && s.contactPoints.length > 0, `${s.id}: no contact point`);
      for (const c of s.contactPoints) {
        assert.ok(c.url && isSafeUrl(c.url), `${s.id}: contact without a web address`);
        assert.equal(c.email, undefined, `${s.id}: e-mail in a demo contact`);
        assert.equal(c.phone, undefined, `${s.id}: phone in a demo contact`);
      }
      assert.ok(s.audience && s.audience.length > 0, `${s.id}: no audience`);
    }
  });

  test('holds no personal data: no e-mail address or phone number anywhere, reviews owned by roles', () => {
    assert.doesNotMatch(text, /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}/);
    // Swedish numbers: the country code or an area code followed by a dash or space.
    assert.doesNotMatch(text, new RegExp(`(\\+${'46'}|\\b0\\d{1,3}[- ]\\d{2,3}[ -]?\\d{2}[ -]?\\d{2}\\b)`));
    for (const s of data.services) if (s.review?.ownerUnit) assert.ok(orgById.has(s.review.ownerUnit));
  });

  test('Värend, Västerås and Insjöriket name their priority groups; Värend insatser carry target groups', () => {
    for (const id of ['forbund-vasteras', 'forbund-varend', 'forbund-insjoriket'])
      assert.ok((orgById.get(id)!.priorityTargetGroups ?? []).length >= 3, id);
    assert.deepEqual(orgById.get('forbund-varend')!.priorityTargetGroups, [
      'npf',
      'missbruk-och-psykisk-ohalsa',
      'langvarig-sjukdom',
    ]);
    const varend = data.services.filter((s) => s.providers.includes('forbund-varend'));
    assert.ok(varend.length >= 5);
    for (const s of varend) assert.ok((s.targetGroups ?? []).length > 0, s.id);
  });

  test('employer and civil-society offers say how to take part and whom to contact', () => {
    const offers = data.services.filter(
      (s) => s.audience?.includes('employers') || s.audience?.includes('civilSociety'),
    );
    assert.ok(offers.some((s) => s.id === 'arbetsgivarkoordinator'));
    assert.ok(offers.some((s) => s.participation?.ways?.includes('internship')));
    for (const s of offers.filter((x) => x.participation)) {
      assert.ok((s.participation!.ways ?? []).length > 0, s.id);
      assert.ok(s.contactPoints?.length, s.id);
    }
  });

  test("the seeds' SUS figures are statistics with indicator, period and source", () => {
    const find = (indicator: string, value: number) =>
      data.statistics.find((st) => st.indicator === indicator && st.value === value);
    const vasteras = find('susPublicSupportBefore', 35)!;
    assert.equal(vasteras.subject, 'forbund-vasteras');
    assert.equal(vasteras.source, 'seed-vasteras-vp-2022');
    assert.equal(find('susIndividuals', 1142)?.period.start, '2022');
    assert.equal(find('susServices', 25)?.area?.name, 'Norra Mellansverige');
    assert.ok(find('susStructuralParticipants', 3811));
    const women = find('susNoPublicSupportAfter', 19.2)!;
    assert.equal(women.breakdown?.gender, 'women');
    assert.equal(women.area?.national, true);
    assert.equal(find('susNoPublicSupportAfter', 26.9)?.breakdown?.gender, 'men');
    assert.equal(women.source, 'seed-esf-finsam-2023');
    const budget2021 = data.statistics.filter(
      (st) => st.subject === 'forbund-vasteras' && st.indicator === 'budget' && st.period.start === '2021',
    );
    assert.ok(budget2021.some((st) => st.value === 18506000));
  });

  test('every record added from the web names a source with its address', () => {
    const byId = new Map(data.sources.map((s) => [s.id, s]));
    for (const r of [...data.organisations, ...data.services]) {
      for (const id of sourceIds(r)) {
        const s = byId.get(id);
        assert.ok(s, `${id} is not in sources`);
        if (id.startsWith('web-')) assert.ok(s.url, `${id} has no address`);
      }
    }
  });
});
