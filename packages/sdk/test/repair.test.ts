import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatProblem, validateDataset } from '../src/index.js';
import { clone, minimalDataset } from './fixtures/minimal.js';

type Data = ReturnType<typeof minimalDataset>;
type Rec = Record<string, unknown>;

const svc = (d: Data, id: string) => d.services!.find((s) => s.id === id)! as unknown as Rec;
const org = (d: Data, id: string) => d.organisations!.find((o) => o.id === id)! as unknown as Rec;
const ids = (list: Array<{ id?: string }>) => list.map((r) => r.id);

// One mistake each, as förbund staff make them: the value goes with a warning at its path, the record
// and every other record stay.
const mistakes: Array<{
  name: string;
  break: (d: Data) => void;
  path: string;
  recordId: string;
  sv: RegExp;
  en: RegExp;
  after: (r: ReturnType<typeof validateDataset>) => void;
}> = [
  {
    name: 'a javascript: link',
    break: (d) => {
      svc(d, 'team').links = [
        { url: 'javascript:alert(1)', label: 'Klicka' },
        { url: 'https://example.org/ok' },
      ];
    },
    path: 'services[0].links[0].url',
    recordId: 'team',
    sv: /otillåten adress "javascript:alert\(1\)".*links\[0\] tas bort, resten av posten behålls/,
    en: /disallowed address .*links\[0\] is removed, the rest of the record is kept/,
    after: (r) => assert.deepEqual(r.data.services[0]!.links, [{ url: 'https://example.org/ok' }]),
  },
  {
    name: 'a web site without https://',
    break: (d) => {
      org(d, 'stad').website = 'www.example.se';
    },
    path: 'organisations[4].website',
    recordId: 'stad',
    sv: /otillåten adress "www.example.se".*värdet tas bort/,
    en: /disallowed address "www.example.se".*the value is removed/,
    after: (r) => {
      const stad = r.data.organisations.find((o) => o.id === 'stad')!;
      assert.equal(stad.website, undefined);
      assert.deepEqual(stad.municipalities, ['1980']);
    },
  },
  {
    name: 'an e-mail address without @',
    break: (d) => {
      svc(d, 'team').contactPoints = [{ name: 'Teamet', email: 'team.example.org' }];
    },
    path: 'services[0].contactPoints[0].email',
    recordId: 'team',
    sv: /ogiltigt format "team.example.org"; värdet tas bort/,
    en: /invalid format "team.example.org"; the value is removed/,
    after: (r) => assert.deepEqual(r.data.services[0]!.contactPoints, [{ name: 'Teamet' }]),
  },
  {
    name: 'the date 1/3/2024',
    break: (d) => {
      svc(d, 'team').lastVerified = '1/3/2024';
    },
    path: 'services[0].lastVerified',
    recordId: 'team',
    sv: /^"1\/3\/2024" är tvetydigt och lästes som dag\/månad\/år: 2024-03-01; skriv ÅÅÅÅ-MM-DD/,
    en: /^"1\/3\/2024" is ambiguous and was read as day\/month\/year: 2024-03-01; write YYYY-MM-DD/,
    after: (r) => assert.equal(r.data.services[0]!.lastVerified, '2024-03-01'),
  },
  {
    name: 'capacity "ca 20"',
    break: (d) => {
      (svc(d, 'team').capacity as Rec).value = 'ca 20';
    },
    path: 'services[0].capacity.value',
    recordId: 'team',
    sv: /ska vara tal, är "ca 20"; capacity tas bort/,
    en: /expected number, got "ca 20"; capacity is removed/,
    after: (r) => assert.equal(r.data.services[0]!.capacity, undefined),
  },
  {
    name: 'one wrong kommun code in an insats',
    break: (d) => {
      svc(d, 'team').municipalities = ['1980', '1981', '9999'];
    },
    path: 'services[0].municipalities[2]',
    recordId: 'team',
    sv: /okänd kommunkod "9999"; värdet tas bort/,
    en: /unknown municipality code "9999"; the value is removed/,
    after: (r) => assert.deepEqual(r.data.services[0]!.municipalities, ['1980', '1981']),
  },
  {
    name: "one wrong code in a förbund's own kommun list",
    break: (d) => {
      org(d, 'forbund').municipalities = ['1980', '1891'];
    },
    path: 'organisations[0].municipalities[1]',
    recordId: 'forbund',
    sv: /okänd kommunkod "1891"/,
    en: /unknown municipality code "1891"/,
    after: (r) => {
      assert.deepEqual(r.data.organisations[0]!.municipalities, ['1980']);
      // The förbund keeps its members: no follow-on errors.
      assert.equal(r.data.relations.filter((x) => x.kind === 'memberOf').length, 4);
      assert.equal(r.problems.filter((p) => p.severity === 'error').length, 0);
    },
  },
];

const more: typeof mistakes = [
  {
    name: 'an Excel date serial',
    break: (d) => {
      (svc(d, 'team') as Rec).lastVerified = 45352;
    },
    path: 'services[0].lastVerified',
    recordId: 'team',
    sv: /^Excel-datumtalet 45352 lästes som 2024-03-01; formatera cellen som datum eller skriv ÅÅÅÅ-MM-DD$/,
    en: /^the Excel date number 45352 was read as 2024-03-01/,
    after: (r) => assert.equal(r.data.services[0]!.lastVerified, '2024-03-01'),
  },
  {
    name: 'the date "1 mars 2024"',
    break: (d) => {
      svc(d, 'team').period = { start: '1 mars 2024' };
    },
    path: 'services[0].period.start',
    recordId: 'team',
    sv: /^"1 mars 2024" lästes som 2024-03-01; skriv ÅÅÅÅ-MM-DD$/,
    en: /^"1 mars 2024" was read as 2024-03-01; write YYYY-MM-DD$/,
    after: (r) => assert.deepEqual(r.data.services[0]!.period, { start: '2024-03-01' }),
  },
  {
    name: 'month 13',
    break: (d) => {
      svc(d, 'team').lastVerified = '2024-13-01';
    },
    path: 'services[0].lastVerified',
    recordId: 'team',
    sv: /^ogiltigt datum "2024-13-01": månad 13 finns inte \(datum ÅÅÅÅ-MM-DD\); värdet tas bort/,
    en: /^invalid date "2024-13-01": there is no month 13 \(date YYYY-MM-DD\); the value is removed/,
    after: (r) => assert.equal(r.data.services[0]!.lastVerified, undefined),
  },
  {
    name: 'a kommun name where the code belongs',
    break: (d) => {
      svc(d, 'team').municipalities = ['1980', 'Sala'];
    },
    path: 'services[0].municipalities[1]',
    recordId: 'team',
    sv: /^"Sala" är ingen kommunkod; ange koden med fyra siffror \(menade du "1981" för Sala\?\); värdet tas bort/,
    en: /^"Sala" is not a municipality code; give the four-digit code \(did you mean "1981" for Sala\?\)/,
    after: (r) => assert.deepEqual(r.data.services[0]!.municipalities, ['1980']),
  },
];
mistakes.push(...more);

describe('suggestions in JSON as in sheets', () => {
  it('a misspelt reference gets "menade du"', () => {
    const d = clone(minimalDataset());
    svc(d, 'ordinary').providers = ['arbetsformedling'];
    (d.organisations![2] as Rec).id = 'arbetsformedlingen';
    d.relations = d.relations!.filter((r) => r.from !== 'af');
    (svc(d, 'team').access as Rec).referrers = ['fk'];
    const p = validateDataset(d).problems.find((x) => x.code === 'missing-reference')!;
    assert.equal(p.path, 'services[1].providers[0]');
    assert.equal(p.recordId, 'ordinary');
    assert.equal(
      p.message.sv,
      'hänvisar till organisationen "arbetsformedling" som inte finns (menade du "arbetsformedlingen"?)',
    );
    assert.match(p.message.en, /\(did you mean "arbetsformedlingen"\?\)/);
  });
  it('a misspelt target group gets "menade du"', () => {
    const d = clone(minimalDataset());
    svc(d, 'ordinary').targetGroups = ['arbetslos'];
    const p = validateDataset(d).problems.find((x) => x.code === 'missing-reference')!;
    assert.equal(p.path, 'services[1].targetGroups[0]');
    assert.match(
      p.message.sv,
      /hänvisar till målgruppen "arbetslos" som inte finns \(menade du "arbetslosa"\?\)/,
    );
  });
});

describe('repair at the smallest unit', () => {
  for (const m of mistakes) {
    it(`${m.name}: warns at the path, keeps the record and the rest`, () => {
      const d = clone(minimalDataset());
      m.break(d);
      const r = validateDataset(d);
      assert.equal(r.problems.length, 1, JSON.stringify(r.problems));
      const p = r.problems[0]!;
      assert.equal(p.severity, 'warning');
      assert.equal(p.path, m.path);
      assert.equal(p.recordId, m.recordId);
      assert.match(p.message.sv, m.sv);
      assert.match(p.message.en, m.en);
      assert.ok(formatProblem(p).includes(`[id=${m.recordId}]`));
      assert.deepEqual(ids(r.data.organisations), ids(minimalDataset().organisations!));
      assert.deepEqual(ids(r.data.services), ids(minimalDataset().services!));
      assert.equal(r.data.relations.length, 7);
      m.after(r);
    });
  }

  it('drops a record without a usable id and folds the follow-on problems into one', () => {
    const d = clone(minimalDataset());
    org(d, 'fk').kind = 'myndighet';
    const r = validateDataset(d);
    const errors = r.problems.filter((p) => p.severity === 'error');
    assert.equal(errors.length, 1, JSON.stringify(errors));
    const p = errors[0]!;
    assert.equal(p.path, 'organisations[1].kind');
    assert.equal(p.recordId, 'fk');
    assert.match(
      p.message.sv,
      /okänt värde "myndighet".*\(posten hoppas över\); 2 relationer pekar på posten och hoppas också över; 2 hänvisningar till posten tas bort/,
    );
    assert.match(
      p.message.en,
      /\(record skipped\); 2 relations point to the record and are skipped too; 2 references to the record are removed/,
    );
    assert.deepEqual(ids(r.data.organisations), [
      'forbund',
      'af',
      'region',
      'stad',
      'stad-arbetsmarknad',
      'stad-arbetsmarknad-team',
    ]);
    assert.equal(r.data.services.length, 4);
    assert.equal(r.data.relations.length, 5);
  });

  it('says where the first record with a duplicate id is', () => {
    const d = clone(minimalDataset());
    d.services!.push({ ...clone(d.services![1]!), name: 'Kopia' });
    const p = validateDataset(d).problems.find((x) => x.code === 'duplicate-id')!;
    assert.equal(p.path, 'services[4].id');
    assert.match(p.message.sv, /id "ordinary" finns redan i services\[1\]; den här posten hoppas över/);
    assert.match(p.message.en, /id "ordinary" is already used by services\[1\]; this record is skipped/);
  });
});

// For any valid dataset, breaking one optional value of one record keeps every other record and every
// other value.
const OPTIONAL_SERVICE = ['summary', 'lastVerified', 'capacity', 'ageRange', 'financing', 'period'];
const LISTS = ['municipalities', 'links', 'targetGroups', 'languages'];
const OPTIONAL_ORG = ['website', 'organisationNumber', 'postalTown', 'shortName', 'updated'];

const validService = (providers: string[]) =>
  fc.record(
    {
      name: fc.constantFrom('Steg för steg', 'Arbetsträning', 'Kompassen'),
      kind: fc.constantFrom('individual', 'structural'),
      status: fc.constantFrom('planned', 'active', 'paused', 'ended'),
      providers: fc.subarray(providers, { minLength: 1 }),
      summary: fc.constantFrom('Stöd', 'Vägledning till arbete'),
      lastVerified: fc.constantFrom('2024-05-01', '2023-12-31'),
      capacity: fc.record({ value: fc.nat(200), unit: fc.constantFrom('places', 'participants') }),
      ageRange: fc.record({ min: fc.integer({ min: 16, max: 20 }), max: fc.integer({ min: 25, max: 64 }) }),
      financing: fc.constantFrom('association', 'ordinary'),
      period: fc.record({ start: fc.constantFrom('2023', '2024-01') }),
      municipalities: fc.subarray(['1980', '1981', '1982', '0180'], { minLength: 1 }),
      links: fc.subarray([{ url: 'https://example.org/a' }, { url: 'tel:+46313900642', label: 'Ring' }], {
        minLength: 1,
      }),
      targetGroups: fc.subarray(['unga-vuxna', 'arbetslosa', 'psykisk-ohalsa'], { minLength: 1 }),
      languages: fc.subarray(['sv', 'en', 'ar'], { minLength: 1 }),
    },
    { requiredKeys: ['name', 'kind', 'status', 'providers'] },
  );

const validDataset = fc
  .tuple(
    fc.array(validService(['forbund', 'fk', 'af', 'region', 'stad']), { minLength: 1, maxLength: 5 }),
    fc.record(
      {
        website: fc.constant('https://example.org'),
        organisationNumber: fc.constant('212000-1000'),
        postalTown: fc.constant('Sala'),
        shortName: fc.constant('Sala'),
        updated: fc.constant('2024-01-01'),
      },
      { requiredKeys: [] },
    ),
  )
  .map(([services, orgExtra]) => {
    const d = clone(minimalDataset());
    services.forEach((s, i) => {
      d.services!.push({ id: `gen-${i}`, ...(s as object) } as never);
      d.relations!.push({ kind: 'delivers', from: s.providers[0]!, to: `gen-${i}` });
    });
    Object.assign(d.organisations![2]!, orgExtra);
    return d;
  });

/** Every optional value of every record: [collection, index, ...path]. */
function optionalPaths(d: Data): PropertyKey[][] {
  const out: PropertyKey[][] = [];
  d.services!.forEach((s, i) => {
    const r = s as unknown as Rec;
    for (const k of OPTIONAL_SERVICE) if (r[k] !== undefined) out.push(['services', i, k]);
    for (const k of LISTS)
      (r[k] as unknown[] | undefined)?.forEach((_, j) => {
        out.push(['services', i, k, j]);
      });
  });
  d.organisations!.forEach((o, i) => {
    const r = o as unknown as Rec;
    for (const k of OPTIONAL_ORG) if (r[k] !== undefined) out.push(['organisations', i, k]);
    (r.municipalities as unknown[] | undefined)?.forEach((_, j) => {
      out.push(['organisations', i, 'municipalities', j]);
    });
  });
  return out;
}

const BAD = fc.constantFrom<unknown>(
  'javascript:alert(1)',
  'www.example.se',
  'ca 20',
  '1/3/2024',
  '2024-13-01',
  '9999',
  -5,
  null,
  {},
  [],
  true,
);

describe('repair property', () => {
  it('breaking one optional value of one record keeps every other record and every other value', () => {
    fc.assert(
      fc.property(
        validDataset.chain((d) => fc.tuple(fc.constant(d), fc.constantFrom(...optionalPaths(d)), BAD)),
        ([d, path, bad]) => {
          const before = validateDataset(clone(d));
          assert.equal(before.problems.filter((p) => p.severity === 'error').length, 0);
          const broken = clone(d) as unknown as Rec;
          let cur = broken;
          for (const k of path.slice(0, -1)) cur = cur[k as string] as Rec;
          (cur as Record<PropertyKey, unknown>)[path.at(-1)!] = bad;
          const after = validateDataset(broken);
          const [collection, index] = path as [keyof Data & string, number];
          for (const name of [
            'organisations',
            'services',
            'relations',
            'taxonomy',
            'statistics',
            'sources',
          ]) {
            const a = after.data[name] as Rec[];
            const b = before.data[name] as Rec[];
            assert.equal(a.length, b.length, `${name} kept`);
            a.forEach((rec, i) => {
              if (name === collection && i === index) return;
              assert.deepEqual(rec, b[i], `${name}[${i}] unchanged`);
            });
          }
          // The broken record: every other value as before; the broken one removed or kept if valid.
          const rec = structuredClone(after.data[collection] as Rec[])[index]!;
          const orig = structuredClone(before.data[collection] as Rec[])[index]!;
          const rest = path.slice(2);
          const strip = (r: Rec) => {
            let c = r as Record<PropertyKey, unknown>;
            for (const k of rest.slice(0, -1)) c = c[k] as Record<PropertyKey, unknown>;
            const last = rest.at(-1)!;
            if (Array.isArray(c) && typeof last === 'number') c.splice(last, 1);
            else delete c[last];
          };
          const brokenValue = rest.reduce<unknown>((c, k) => (c as Record<PropertyKey, unknown>)?.[k], rec);
          const kept = brokenValue !== undefined && JSON.stringify(brokenValue) === JSON.stringify(bad);
          // A date in a Swedish form is read, not removed, and the reading is reported.
          const read =
            typeof brokenValue === 'string' &&
            /^\d{4}-\d{2}-\d{2}$/.test(brokenValue) &&
            after.problems.some((p) => p.path === `${collection}[${index}].${String(rest.at(-1))}`);
          strip(orig);
          if (kept || read) strip(rec);
          // A list item may have shifted the next one into its place; a field must be gone.
          else if (typeof rest.at(-1) !== 'number') assert.equal(brokenValue, undefined);
          assert.deepEqual(rec, orig);
          // Every removal is reported, at the broken path.
          if (!kept && !read) {
            const at = `${collection}[${index}].${rest.map(String).join('.')}`.replace(/\.(\d+)/g, '[$1]');
            assert.ok(
              after.problems.some(
                (p) => p.path === at || at.startsWith(`${p.path}[`) || p.path.startsWith(at),
              ),
              `a problem at ${at}: ${after.problems.map((p) => p.path).join(', ')}`,
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
