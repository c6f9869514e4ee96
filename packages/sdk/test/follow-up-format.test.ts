import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  Breakdown,
  type DatasetData,
  type DatasetFile,
  DEFAULT_REVIEW_INTERVAL_MONTHS,
  DEFAULT_TAXONOMY,
  errorReportLink,
  FOLLOW_UP_INDICATOR_IDS,
  FOLLOW_UP_INDICATOR_TERMS,
  mergeDatasets,
  nextReviewDate,
  Participation,
  PLAN_INDICATOR_TERMS,
  Review,
  reviewInterval,
  StatisticArea,
  validateDataset,
} from '@samordningskartan/sdk';
import {
  csvToTable,
  datasetToHsdsTables,
  datasetToTables,
  flattenHsds,
  hsdsFilesToTables,
  hsdsTablesToDataset,
  hsdsTablesToFiles,
  nestHsds,
  SHEETS,
  tablesToDataset,
  tableToCsv,
} from '@samordningskartan/sdk/interop';
import { normalize } from './fixtures/normalize.js';

/** A small förbund using every field the follow-up, review, priority and audience work added. */
function file(): DatasetFile {
  return {
    formatVersion: 1,
    meta: {
      id: 'sf-test',
      name: 'Samordningsförbundet Test',
      publisher: 'Samordningsförbundet Test',
      updated: '2025-01-31',
      license: 'CC0-1.0',
      errorReport: 'mailto:kansli@exempel.example',
    },
    organisations: [
      {
        id: 'sf',
        kind: 'coordinationAssociation',
        name: 'Samordningsförbundet Test',
        municipalities: ['1980'],
        priorityTargetGroups: ['unga-vuxna', 'psykisk-ohalsa'],
      },
      { id: 'kommun', kind: 'municipality', name: 'Västerås stad', municipalities: ['1980'] },
      { id: 'ame', kind: 'municipality', name: 'Arbetsmarknadsenheten', parent: 'kommun' },
    ],
    services: [
      {
        id: 'steget',
        name: 'Steget',
        kind: 'individual',
        status: 'active',
        providers: ['ame'],
        financing: 'ordinary',
        targetGroups: ['unga-vuxna'],
        audience: ['individuals', 'employers'],
        participation: {
          ways: ['internship', 'workTraining', 'csr'],
          description: { sv: 'Ta emot en praktikant', en: 'Take on an intern' },
        },
        access: { referral: true, url: 'https://exempel.example/anmalan', description: 'Via handläggare' },
        contactPoints: [{ name: 'Arbetsgivarservice', url: 'https://exempel.example/arbetsgivare' }],
        review: {
          intervalMonths: 6,
          ownerRole: { sv: 'Förbundssamordnare', en: 'Coordinator' },
          ownerUnit: 'sf',
          dates: ['2024-09-30', '2025-01-15'],
        },
        errorReport: 'https://exempel.example/felanmalan',
        lastVerified: '2025-01-15',
      },
    ],
    statistics: [
      {
        id: 'st-1',
        subject: 'steget',
        indicator: 'susNoPublicSupport90Days',
        value: 31.5,
        unit: 'percent',
        period: { start: '2024', end: '2024' },
        definition: { sv: 'Avslutade 2024', en: 'Ended in 2024' },
        breakdown: { gender: 'women', ageRange: { min: 16, max: 29 }, targetGroup: 'unga-vuxna' },
        target: 40,
        source: 'sus',
      },
      {
        id: 'st-2',
        subject: 'sf-test',
        indicator: 'susNoPublicSupportAfter',
        value: 19.2,
        unit: 'percent',
        period: { start: '2022-01', end: '2022-09' },
        breakdown: { gender: 'women' },
        area: { national: true, name: { sv: 'Riket', en: 'Sweden' }, municipalities: ['1980', '0180'] },
        source: 'sus',
      },
    ],
    sources: [{ id: 'sus', title: 'SUS-uttag 2024' }],
  };
}
const valid = (f: DatasetFile = file()) => validateDataset(f);
const svc = (data: DatasetData, id = 'steget') => data.services.find((s) => s.id === id)!;

describe('format v1: follow-up, review, priorities and audience', () => {
  test('a dataset using every new field validates with no problems and keeps each field', () => {
    const r = valid();
    assert.deepEqual(r.problems, []);
    const steget = svc(r.data);
    assert.deepEqual(steget.audience, ['individuals', 'employers']);
    assert.deepEqual(steget.participation?.ways, ['internship', 'workTraining', 'csr']);
    assert.equal(steget.review?.ownerUnit, 'sf');
    assert.equal(steget.access?.url, 'https://exempel.example/anmalan');
    assert.deepEqual(r.data.organisations[0]!.priorityTargetGroups, ['unga-vuxna', 'psykisk-ohalsa']);
    assert.equal(r.data.statistics[0]!.breakdown?.gender, 'women');
    assert.equal(r.data.statistics[0]!.target, 40);
    assert.equal(r.data.statistics[1]!.area?.national, true);
  });

  test('a review interval is never filled in: the default is a display rule only', () => {
    const f = file();
    delete f.services![0]!.review!.intervalMonths;
    const r = valid(f);
    assert.equal(svc(r.data).review?.intervalMonths, undefined);
    assert.deepEqual(reviewInterval(svc(r.data)), { months: DEFAULT_REVIEW_INTERVAL_MONTHS, stated: false });
    assert.deepEqual(reviewInterval({ review: { intervalMonths: 6 } }), { months: 6, stated: true });
  });

  test('unknown enum values and unsafe error-report addresses are repaired at their path: a warning, the record kept', () => {
    for (const [patch, path] of [
      [(f: DatasetFile) => (f.services![0]!.audience = ['aliens' as never]), 'services[0].audience'],
      [(f: DatasetFile) => (f.services![0]!.participation!.ways = ['golf' as never]), 'participation.ways'],
      [(f: DatasetFile) => (f.services![0]!.errorReport = 'tel:112'), 'services[0].errorReport'],
      [(f: DatasetFile) => (f.meta.errorReport = 'javascript:alert(1)'), 'meta.errorReport'],
      [(f: DatasetFile) => (f.statistics![0]!.breakdown!.gender = 'x' as never), 'breakdown.gender'],
      [(f: DatasetFile) => (f.services![0]!.review!.intervalMonths = 0), 'review.intervalMonths'],
    ] as const) {
      const f = file();
      patch(f);
      const r = valid(f);
      const warnings = r.problems.filter((p) => p.severity === 'warning');
      assert.ok(
        warnings.some((p) => p.path.includes(path)),
        `${path}: ${JSON.stringify(r.problems.map((p) => [p.severity, p.path]))}`,
      );
      // Repair at the smallest unit: one bad optional value never costs its record.
      assert.equal(r.data.services.length, file().services!.length, path);
      assert.equal(r.data.statistics.length, file().statistics!.length, path);
      assert.deepEqual([r.data.meta.id, r.data.meta.name], [file().meta.id, file().meta.name], path);
    }
  });

  test('references in the new fields are checked and dangling ones removed', () => {
    const f = file();
    f.services![0]!.review!.ownerUnit = 'nobody';
    f.organisations![0]!.priorityTargetGroups = ['unga-vuxna', 'no-such-group'];
    f.statistics![0]!.breakdown!.targetGroup = 'no-such-group';
    const r = valid(f);
    const paths = r.problems.filter((p) => p.code === 'missing-reference').map((p) => p.path);
    assert.ok(
      paths.some((p) => p.endsWith('review.ownerUnit')),
      paths.join(),
    );
    assert.ok(
      paths.some((p) => p.endsWith('priorityTargetGroups[1]')),
      paths.join(),
    );
    assert.ok(
      paths.some((p) => p.endsWith('breakdown.targetGroup')),
      paths.join(),
    );
    assert.equal(svc(r.data).review?.ownerUnit, undefined);
    assert.deepEqual(r.data.organisations[0]!.priorityTargetGroups, ['unga-vuxna']);
    assert.equal(r.data.statistics[0]!.breakdown?.targetGroup, undefined);
  });

  test('the shipped SUS and NNS indicators are known to validation; their parents exist in the same scheme', () => {
    const all = [...PLAN_INDICATOR_TERMS, ...FOLLOW_UP_INDICATOR_TERMS];
    const ids = all.map((t) => t.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const t of all) {
      assert.equal(t.scheme, 'indicator');
      if (t.parent) assert.ok(ids.includes(t.parent), t.parent);
    }
    // Validation knows the follow-up ids without their labels; the plan figures are in the default vocabulary.
    assert.deepEqual([...FOLLOW_UP_INDICATOR_IDS].sort(), FOLLOW_UP_INDICATOR_TERMS.map((t) => t.id).sort());
    for (const t of PLAN_INDICATOR_TERMS) assert.ok(DEFAULT_TAXONOMY.includes(t), t.id);
    for (const id of [
      'susWorkOrStudiesAfter',
      'susNoPublicSupport90Days',
      'nnsParticipantSurvey',
      'annualPlaces',
    ])
      assert.ok(ids.includes(id), id);
    const f = file();
    f.statistics![0]!.indicator = 'made-up';
    assert.ok(valid(f).problems.some((p) => p.path.endsWith('.indicator') && p.severity === 'warning'));
  });
});

describe('the new fields through merge', () => {
  const part = (id: string, errorReport: string | undefined, serviceId: string) => {
    const f = file();
    f.meta.id = id;
    if (errorReport) f.meta.errorReport = errorReport;
    else delete f.meta.errorReport;
    f.services![0]!.id = serviceId;
    delete f.services![0]!.errorReport;
    return { data: valid(f).data };
  };

  test("each insats keeps its own file's error-report address when files with different ones merge", () => {
    const { data } = mergeDatasets([
      part('a', 'mailto:a@exempel.example', 'steget-a'),
      part('b', 'https://b.exempel.example/fel', 'steget-b'),
    ]);
    assert.equal(data.meta.errorReport, undefined);
    assert.equal(svc(data, 'steget-a').errorReport, 'mailto:a@exempel.example');
    assert.equal(svc(data, 'steget-b').errorReport, 'https://b.exempel.example/fel');
    assert.equal(errorReportLink(svc(data, 'steget-b'), data.meta), 'https://b.exempel.example/fel');
  });

  test('the same address in every file stays on the merged meta; an identical insats is kept once', () => {
    const { data, problems } = mergeDatasets([
      part('a', 'mailto:x@exempel.example', 'steget'),
      part('b', 'mailto:x@exempel.example', 'steget'),
    ]);
    assert.equal(data.meta.errorReport, 'mailto:x@exempel.example');
    assert.equal(data.services.filter((s) => s.id.endsWith('steget')).length, 1);
    assert.deepEqual(
      problems.filter((p) => p.severity === 'error'),
      [],
    );
  });

  test('a renamed organisation is followed by the review owner that names it', () => {
    const a = file();
    const b = file();
    b.meta.id = 'b';
    b.services![0]!.id = 'steget-b';
    // Same id, different organisation: the later one is renamed.
    b.organisations![0]!.name = 'Ett annat förbund';
    const { data } = mergeDatasets([{ data: valid(a).data }, { data: valid(b).data }]);
    assert.equal(svc(data, 'steget-b').review?.ownerUnit, 'b/sf');
    assert.ok(data.organisations.some((o) => o.id === 'b/sf'));
  });
});

describe('the new fields through spreadsheets and HSDS', () => {
  test('every field of review, participation, breakdown and area has a column', () => {
    const keysOf = (schema: unknown) =>
      Object.keys((schema as { _zod: { def: { shape: object } } })._zod.def.shape);
    const paths = (sheet: string) =>
      new Set(SHEETS.find((s) => s.name === sheet)!.columns.map((c) => c.path));
    for (const [sheet, prefix, schema] of [
      ['insatser', 'review', Review],
      ['insatser', 'participation', Participation],
      ['statistik', 'breakdown', Breakdown],
      ['statistik', 'area', StatisticArea],
    ] as const) {
      for (const k of keysOf(schema)) {
        const p = paths(sheet);
        assert.ok(
          p.has(`${prefix}.${k}`) || [...p].some((x) => x.startsWith(`${prefix}.${k}.`)),
          `${prefix}.${k}`,
        );
      }
    }
  });

  test('CSV and back: every new field is unchanged', () => {
    const original = valid().data;
    const tables = datasetToTables(original);
    const back = tablesToDataset(tables.map((t) => csvToTable(t.name, tableToCsv(t))));
    // Not even a warning: the shipped follow-up indicator is known to the spreadsheet reader too.
    assert.deepEqual(back.problems, []);
    assert.deepEqual(normalize(back.data), normalize(original));
  });

  test('cells are Swedish words, and Swedish aliases read back', () => {
    const tables = datasetToTables(valid().data);
    const cell = (sheet: string, header: string, row = 0) => {
      const t = tables.find((x) => x.name === sheet)!;
      return t.rows[row]![t.headers.indexOf(header)];
    };
    assert.equal(cell('insatser', 'vänder sig till'), 'enskilda; arbetsgivare');
    assert.equal(cell('insatser', 'sätt att delta'), 'praktikplats; arbetsträning; csr-samarbete');
    assert.equal(cell('statistik', 'kön'), 'kvinnor');
    assert.equal(cell('statistik', 'rikssnitt', 1), 'ja');
    assert.equal(cell('organisationer', 'prioriterade målgrupper'), 'unga-vuxna; psykisk-ohalsa');

    const services = tables.find((t) => t.name === 'insatser')!;
    services.rows[0]![services.headers.indexOf('vänder sig till')] = 'Arbetsgivare; föreningar';
    services.rows[0]![services.headers.indexOf('sätt att delta')] = 'praktik';
    const back = tablesToDataset(tables);
    assert.equal(back.errors, 0);
    assert.deepEqual(svc(back.data).audience, ['employers', 'civilSociety']);
    assert.deepEqual(svc(back.data).participation?.ways, ['internship']);
  });

  test('an unknown audience word is reported at its cell with a suggestion', () => {
    const tables = datasetToTables(valid().data);
    const services = tables.find((t) => t.name === 'insatser')!;
    services.rows[0]![services.headers.indexOf('vänder sig till')] = 'arbetsgivre';
    const back = tablesToDataset(tables);
    assert.ok(back.errors > 0);
    assert.ok(back.problems.some((p) => /arbetsgivre.*menade du arbetsgivare/.test(p.message.sv)));
  });

  const carriedNew = (data: DatasetData) =>
    JSON.parse(
      JSON.stringify({
        priorities: data.organisations.map((o) => [o.id, o.priorityTargetGroups]),
        services: data.services.map((s) => ({
          id: s.id,
          audience: s.audience,
          participation: s.participation,
          review: s.review,
          errorReport: s.errorReport,
          accessUrl: s.access?.url,
        })),
      }),
    );

  test('HSDS tabular package and back: the new fields and the error-report address travel', () => {
    const original = valid().data;
    const { tables, meta } = hsdsFilesToTables(
      hsdsTablesToFiles(datasetToHsdsTables(original), original.meta),
    );
    const back = validateDataset(hsdsTablesToDataset(tables, { meta }).file);
    assert.deepEqual(
      back.problems.filter((p) => p.severity === 'error'),
      [],
    );
    assert.deepEqual(carriedNew(back.data), carriedNew(original));
    assert.equal(back.data.meta.errorReport, 'mailto:kansli@exempel.example');
  });

  test('HSDS nested JSON and back: the new fields travel', () => {
    // Nested HSDS holds only the organisations that provide a service, so the owner is the provider here.
    const f = file();
    f.services![0]!.review!.ownerUnit = 'ame';
    const original = valid(f).data;
    const json = JSON.parse(JSON.stringify(nestHsds(datasetToHsdsTables(original))));
    const back = validateDataset(hsdsTablesToDataset(flattenHsds(json)).file);
    assert.deepEqual(carriedNew(back.data).services, carriedNew(original).services);
  });
});

describe('"Rapportera fel i uppgiften"', () => {
  const steget = { id: 'steget', name: { sv: 'Steget & co', en: 'The Step' } };

  test("a mailto gets the insats's name and id in the subject, encoded, and a body prompt", () => {
    const href = errorReportLink(steget, { errorReport: 'mailto:kansli@exempel.example' })!;
    assert.match(href, /^mailto:kansli@exempel\.example\?/);
    const params = new URLSearchParams(href.split('?')[1]);
    assert.equal(params.get('subject'), 'Fel i uppgiften om Steget & co (steget)');
    assert.match(params.get('body')!, /^Beskriv vad som är fel/);
    assert.doesNotMatch(href, /\+/, 'spaces as %20, not +');
    const en = new URLSearchParams(
      errorReportLink(steget, { errorReport: 'mailto:kansli@exempel.example' }, 'en')!.split('?')[1],
    );
    assert.equal(en.get('subject'), 'Error in the entry for The Step (steget)');
  });

  test("publisher parameters stay; the insats's own address wins over the dataset's", () => {
    const href = errorReportLink(steget, {
      errorReport: 'mailto:kansli@exempel.example?cc=arkiv@exempel.example',
    })!;
    assert.equal(new URLSearchParams(href.split('?')[1]).get('cc'), 'arkiv@exempel.example');
    assert.equal(
      errorReportLink(
        { ...steget, errorReport: 'https://exempel.example/form' },
        { errorReport: 'mailto:a@b.example' },
      ),
      'https://exempel.example/form',
    );
  });

  test('no link without an address, or with an unsafe one', () => {
    assert.equal(errorReportLink(steget, undefined), undefined);
    assert.equal(errorReportLink(steget, {}), undefined);
    assert.equal(errorReportLink(steget, { errorReport: 'javascript:alert(1)' }), undefined);
    assert.equal(errorReportLink(steget, { errorReport: 'tel:112' }), undefined);
  });
});

describe('review dates', () => {
  test('the next review is the latest review (or last check) plus the interval shown', () => {
    assert.equal(
      nextReviewDate({ review: { intervalMonths: 6, dates: ['2024-09-30', '2024-01-01'] } }),
      '2025-03-30',
    );
    assert.equal(nextReviewDate({ lastVerified: '2025-01-15' }), '2025-05-15');
    assert.equal(nextReviewDate({ review: { intervalMonths: 6, dates: ['2024-08-31'] } }), '2025-02-28');
    assert.equal(nextReviewDate({}), undefined);
  });
});
