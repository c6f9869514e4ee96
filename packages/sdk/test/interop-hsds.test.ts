import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { type DatasetData, localize, validateDataset } from '@samordningskartan/sdk';
import {
  datasetToHsdsTables,
  flattenHsds,
  HSDS_NAMESPACE,
  HSDS_TABLES,
  type HsdsTables,
  hsdsFilesToTables,
  hsdsId,
  hsdsTablesToDataset,
  hsdsTablesToFiles,
  nestHsds,
} from '@samordningskartan/sdk/interop';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { v5 } from 'uuid';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const fixtures = 'packages/cli/test/fixtures/';
const reference = new URL('reference/hsds-3.0/', root);

const forbund = validateDataset(JSON.parse(read(`${fixtures}forbund.json`))).data;
const demo = validateDataset(JSON.parse(read('examples/data/demo.json'))).data;

// The reference schemas declare no $schema; the HSDS OpenAPI file that uses them names 2020-12.
// Their documentation keywords (name, example, core, constraints …) are not validation keywords.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
for (const name of readdirSync(reference).filter((n) => n.endsWith('.json') && n !== 'openapi.json')) {
  ajv.addSchema(JSON.parse(readFileSync(new URL(name, reference), 'utf8')), name);
}
const tabularSchema = JSON.parse(readFileSync(new URL('tabular.json', reference), 'utf8')) as {
  properties: Record<string, { items: { tabular_required?: string[] } }>;
};
const validate = (schema: string, value: unknown) => {
  const check = ajv.getSchema(schema)!;
  assert.ok(check(value), JSON.stringify(check.errors?.slice(0, 5), null, 1));
};

/** The parts of a nested HSDS service the tests look at. */
interface NestedService {
  assured_date?: string;
  status: string;
  service_areas: Array<{ name: string; attributes: Array<{ taxonomy_term: { code: string } }> }>;
  attributes: Array<{ taxonomy_term: { taxonomy: string; code: string } }>;
  organization: { name: string };
  service_at_locations: unknown[];
  contacts: Array<{ department?: string; name?: string }>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** Every `id` and `*_id` value anywhere in a JSON value. */
function ids(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) ids(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'id' || k.endsWith('_id')) && typeof v === 'string') out.push(v);
      else ids(v, out);
    }
  }
  return out;
}

/** The fields HSDS carries (docs/hsds.md), so both sides of a round trip can be compared on them. */
function carried(data: DatasetData, options: { orgs?: 'all' | 'present' } = {}) {
  const sv = (t: unknown) => (t === undefined ? undefined : localize(t as never));
  const orgIds = new Set(data.organisations.map((o) => o.id));
  const contacts = (list: DatasetData['services'][number]['contactPoints']) =>
    list?.map((c) => ({ name: sv(c.name), email: c.email, phone: c.phone }));
  const clean = (o: object) => JSON.parse(JSON.stringify(o));
  return clean({
    organisations: data.organisations.map((o) => ({
      id: o.id,
      kind: o.kind,
      name: sv(o.name),
      shortName: sv(o.shortName),
      parent: options.orgs === 'present' && o.parent && !orgIds.has(o.parent) ? undefined : o.parent,
      organisationNumber: o.organisationNumber,
      municipalities: o.municipalities,
      postalTown: o.postalTown,
      description: sv(o.description),
      website: o.website,
      contactPoints: contacts(o.contactPoints),
    })),
    services: data.services.map((s) => {
      const access = {
        referral: s.access?.referral || undefined,
        selfReferral: s.access?.selfReferral || undefined,
        description: sv(s.access?.description),
      };
      const link = s.links?.find((l) => /^https?:/.test(l.url));
      return {
        id: s.id,
        name: sv(s.name),
        kind: s.kind,
        status: s.status,
        description: sv(s.description),
        serviceTypes: s.serviceTypes,
        providers: s.providers,
        financing: s.financing,
        targetGroups: s.targetGroups,
        ageRange: s.ageRange,
        municipalities: s.municipalities,
        methods: s.methods,
        access: Object.values(access).some((v) => v !== undefined) ? access : undefined,
        contactPoints: contacts(s.contactPoints),
        links: link ? [link.url] : undefined,
        languages: s.languages,
        partOf: s.partOf,
        funding: s.funding?.map((f) => f.funder).filter((f) => options.orgs !== 'present' || orgIds.has(f)),
        updated: s.updated,
        lastVerified: s.lastVerified,
      };
    }),
    taxonomy: data.taxonomy
      .filter((t) => t.scheme !== 'indicator')
      .map((t) => ({
        id: t.id,
        scheme: t.scheme,
        label: sv(t.label),
        description: sv(t.description) === sv(t.label) ? undefined : sv(t.description),
        parent: t.parent,
      })),
  });
}

const viaNested = (data: DatasetData) => {
  const json = JSON.parse(JSON.stringify(nestHsds(datasetToHsdsTables(data))));
  const imported = hsdsTablesToDataset(flattenHsds(json));
  return validateDataset(imported.file);
};
const viaTabular = (data: DatasetData) => {
  const { tables, meta } = hsdsFilesToTables(hsdsTablesToFiles(datasetToHsdsTables(data), data.meta));
  return { ...validateDataset(hsdsTablesToDataset(tables, { meta }).file), meta };
};
const sortById = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('HSDS export', () => {
  for (const [name, data] of [
    ['fixture', forbund],
    ['demo', demo],
  ] as const) {
    test(`nested JSON of the ${name} validates against the HSDS 3.0 service schema`, () => {
      const page = nestHsds(datasetToHsdsTables(data));
      assert.equal(page.contents.length, data.services.length);
      for (const service of page.contents) validate('service.json', service);
    });

    test(`the tabular package of the ${name} validates against tabular.json, with the tabular-only required fields`, () => {
      const files = hsdsTablesToFiles(datasetToHsdsTables(data), data.meta);
      const { tables } = hsdsFilesToTables(files);
      validate('tabular.json', tables);
      for (const [table, rows] of Object.entries(tables) as Array<
        [keyof HsdsTables, Array<Record<string, unknown>>]
      >) {
        const required = tabularSchema.properties[table]!.items.tabular_required ?? [];
        for (const row of rows)
          for (const field of required) assert.ok(row[field] !== undefined, `${table}.${field}`);
      }
      const descriptor = JSON.parse(files['datapackage.json']!);
      assert.equal(descriptor.profile, 'tabular-data-package');
      assert.deepEqual(
        descriptor.resources.map((r: { path: string }) => r.path).sort(),
        Object.keys(files)
          .filter((f) => f.endsWith('.csv'))
          .sort(),
      );
    });
  }

  test('every id is a UUID v5 in our namespace, the same on every export', () => {
    const a = nestHsds(datasetToHsdsTables(forbund));
    const b = nestHsds(datasetToHsdsTables(structuredClone(forbund)));
    assert.deepEqual(a, b);
    const all = ids(a);
    assert.ok(all.length > 50);
    for (const id of all) assert.match(id, UUID);
    assert.equal(hsdsId('organisation', 'x'), v5('organisation:x', HSDS_NAMESPACE));
    // Organisations with an organisation number get the same id from every förbund's file.
    const fk = (d: DatasetData) =>
      datasetToHsdsTables(d).organization.find((o) => o.name === 'Försäkringskassan')!.id;
    assert.equal(fk(forbund), fk(demo));
  });

  test('kommuner, vocabulary and last-verified travel as service areas, attributes and assured_date', () => {
    const steget = nestHsds(datasetToHsdsTables(forbund)).contents.find(
      (s) => s.name === 'Steget',
    ) as unknown as NestedService;
    assert.equal(steget.assured_date, '2025-02-01');
    assert.equal(steget.status, 'active');
    assert.deepEqual(
      steget.service_areas.map((a) => a.name),
      ['Västerås'],
    );
    assert.equal(steget.service_areas[0]?.attributes[0]?.taxonomy_term.code, '1980');
    const terms = steget.attributes.map((a) => `${a.taxonomy_term.taxonomy}/${a.taxonomy_term.code}`);
    for (const t of [
      'samordningskartan:malgrupp/unga-vuxna',
      'samordningskartan:metod/ips',
      'samordningskartan:insatstyp/sommarjobb',
      'samordningskartan:insatsform/individual',
    ]) {
      assert.ok(terms.includes(t), t);
    }
    assert.equal(steget.organization.name, 'Arbetsmarknadsenheten');
    assert.equal(steget.service_at_locations.length, 2);
    // Contact points are functions: their name is the department, never a person's name.
    assert.equal(steget.contacts[0]?.department, 'Anmälan');
    assert.equal(steget.contacts[0]?.name, undefined);
  });
});

describe('HSDS round trips', () => {
  for (const [name, data] of [
    ['fixture', forbund],
    ['demo', demo],
  ] as const) {
    test(`${name} → tabular package → ours is equal on every field HSDS carries`, () => {
      const back = viaTabular(data);
      assert.deepEqual(
        back.problems.filter((p) => p.severity === 'error'),
        [],
      );
      assert.equal(back.data.meta.id, data.meta.id);
      assert.equal(back.data.meta.license, data.meta.license);
      const a = carried(data);
      const b = carried(back.data);
      assert.deepEqual(sortById(b.organisations), sortById(a.organisations));
      assert.deepEqual(sortById(b.services), sortById(a.services));
      assert.deepEqual(sortById(b.taxonomy), sortById(a.taxonomy));
    });

    test(`${name} → nested JSON → ours is equal on every field HSDS carries for the services`, () => {
      const back = viaNested(data);
      assert.deepEqual(
        back.problems.filter((p) => p.severity === 'error'),
        [],
      );
      // Funders outside the file (no organization object to carry them) are the one loss for services.
      const present = new Set(back.data.organisations.map((o) => o.id));
      const withPresentFunders = {
        ...data,
        organisations: data.organisations.filter((o) => present.has(o.id)),
      } as DatasetData;
      assert.deepEqual(
        sortById(carried(back.data, { orgs: 'present' }).services),
        sortById(carried(withPresentFunders, { orgs: 'present' }).services),
      );
      // Organisations present in the nested file come back with their fields (a parent outside the file aside).
      const original = carried(withPresentFunders, { orgs: 'present' });
      const firstProviders = new Set(data.services.map((s) => s.providers[0]));
      const full = (list: Array<{ id: string }>) => sortById(list.filter((o) => firstProviders.has(o.id)));
      assert.deepEqual(
        full(carried(back.data, { orgs: 'present' }).organisations),
        full(original.organisations),
      );
      for (const o of back.data.organisations) {
        const before = data.organisations.find((x) => x.id === o.id);
        assert.ok(before, o.id);
        assert.equal(o.kind, before.kind);
      }
    });
  }
});

describe('HSDS written by others', () => {
  test('a single nested service (HSDS documentation style) imports, without personal names', () => {
    const json = JSON.parse(read(`${fixtures}hsds-others-service.json`));
    const imported = hsdsTablesToDataset(flattenHsds(json), { meta: { id: 'test' } });
    const v = validateDataset(imported.file);
    assert.deepEqual(
      v.problems.filter((p) => p.severity === 'error'),
      [],
    );
    const [service] = v.data.services;
    assert.ok(service);
    assert.equal(service.name, 'Samtalsstöd för unga');
    assert.equal(service.status, 'paused');
    assert.deepEqual(service.providers, ['region-uppsala']);
    assert.deepEqual(service.municipalities, ['0380']);
    assert.deepEqual(service.ageRange, { min: 13, max: 25 });
    assert.equal(service.lastVerified, '2024-09-01');
    assert.equal(service.updated, '2024-09-03');
    assert.deepEqual(service.languages, ['sv', 'ar']);
    assert.deepEqual(service.funding, [{ funder: 'region-uppsala' }]);
    // The service's own phone (HSDS 3.0 `phones` on the service) travels too.
    assert.deepEqual(service.contactPoints, [
      { name: 'Ungdomsmottagningen', email: 'mottagningen@example.com', phone: '018-611 00 01' },
      { name: 'Telefon', phone: '018-611 00 00' },
    ]);
    assert.equal(service.serviceTypes?.length, 1);
    const term = v.data.taxonomy.find((t) => t.id === service.serviceTypes![0]);
    assert.equal(term?.label, 'Counseling');
    const org = v.data.organisations[0]!;
    assert.equal(org.kind, 'region');
    assert.equal(org.organisationNumber, '232100-0024');
    assert.equal(org.postalTown, 'Uppsala');
    assert.doesNotMatch(JSON.stringify(v.data), /Ann Persona|Kurator/);
    const warnings = imported.problems.map((p) => p.message.sv).join('\n');
    assert.match(warnings, /MyCity area/);
    assert.match(warnings, /personnamn/);
    assert.match(warnings, /Psykisk hälsa unga/);
  });

  test('an API Page of services sharing an organization imports once per organization', () => {
    const imported = hsdsTablesToDataset(flattenHsds(JSON.parse(read(`${fixtures}hsds-others-list.json`))));
    const v = validateDataset(imported.file);
    assert.equal(v.problems.filter((p) => p.severity === 'error').length, 0);
    assert.equal(v.data.organisations.length, 1);
    assert.equal(v.data.organisations[0]!.kind, 'municipality');
    assert.deepEqual(
      v.data.services.map((s) => [s.id, s.status, s.providers[0]]),
      [
        ['jobbcoachning', 'active', 'gavle-kommun'],
        ['sprakcafe', 'ended', 'gavle-kommun'],
      ],
    );
    assert.deepEqual(v.data.services[1]!.municipalities, ['2180']);
  });

  test('a tabular package written by hand imports with its descriptor metadata', () => {
    const dir = new URL(`${fixtures}hsds-others-tabular/`, root);
    const files = Object.fromEntries(readdirSync(dir).map((n) => [n, readFileSync(new URL(n, dir), 'utf8')]));
    const { tables, meta } = hsdsFilesToTables(files);
    assert.equal(tables.service.length, 2);
    const v = validateDataset(hsdsTablesToDataset(tables, { meta }).file);
    assert.equal(v.problems.filter((p) => p.severity === 'error').length, 0);
    assert.equal(v.data.meta.id, 'lulea-tjanster');
    assert.equal(v.data.meta.license, 'CC-BY-4.0');
    const laxhjalp = v.data.services.find((s) => s.name === 'Läxhjälp')!;
    assert.equal(laxhjalp.description, 'Läxhjälp för unga, två kvällar i veckan.');
    assert.deepEqual(laxhjalp.municipalities, ['2580']);
    assert.deepEqual(laxhjalp.ageRange, { min: 12, max: 19 });
    assert.deepEqual(laxhjalp.serviceTypes, ['education']);
    assert.equal(v.data.services.find((s) => s.name !== 'Läxhjälp')!.status, 'planned');
    const fc = v.data.organisations.find((o) => o.name === 'Frivilligcentralen Luleå')!;
    assert.equal(fc.kind, 'other');
    assert.equal(fc.shortName, 'FC');
    assert.equal(fc.postalTown, 'Luleå');
    assert.equal(v.data.organisations.find((o) => o.name === 'Luleå kommun')!.kind, 'municipality');
  });

  test('the table model knows every HSDS file it writes', () => {
    assert.equal(HSDS_TABLES.service.path, 'services.csv');
    for (const [name, spec] of Object.entries(HSDS_TABLES)) {
      assert.equal(tabularSchema.properties[name] !== undefined, true, name);
      assert.equal((tabularSchema.properties[name]!.items as { path?: string }).path, spec.path);
    }
  });
});
