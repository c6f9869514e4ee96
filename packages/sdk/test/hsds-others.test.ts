import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { validateDataset } from '../src/index.js';
import {
  csvToTable,
  datasetToHsdsTables,
  datasetToTables,
  hsdsFilesToTables,
  hsdsTablesToDataset,
  normalisePhone,
  readHsdsJson,
  tablesToDataset,
  tableToCsv,
} from '../src/interop/index.js';

// HSDS 3.x as other organisations write it; fixtures written from the HSDS 3.0 schemas in reference/.
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/hsds/${name}`, import.meta.url), 'utf8'));

function importJson(json: unknown, source: string) {
  const read = readHsdsJson(json, source);
  const imported = hsdsTablesToDataset(read.tables, { meta: { id: 'test' }, source, unread: read.unread });
  const v = validateDataset(imported.file);
  return { read, imported, v, problems: [...read.problems, ...imported.problems, ...v.problems] };
}

describe('HSDS phones as others write them', () => {
  it('every phone HSDS accepts is kept (E.164 where possible), no record is dropped', () => {
    const { v, problems } = importJson(fixture('phones.json'), 'phones.json');
    assert.equal(v.data.services.length, 4);
    assert.equal(v.data.organisations.length, 1);
    const phones = v.data.services.map((s) => s.contactPoints?.[0]);
    assert.deepEqual(phones, [
      { name: 'Telefon', phone: '555 123-4567' },
      { name: 'Telefon', phone: '+441234234567', description: 'Weekdays' },
      { name: 'Telefon', phone: '555-1234', description: 'anknytning 100' },
      { name: 'Telefon', phone: '+46313900642' },
    ]);
    const notes = problems.filter((p) => /landsnummer/.test(p.message.sv));
    assert.equal(notes.length, 2);
    assert.equal(notes[0]!.source, 'phones.json');
    assert.equal(notes[0]!.path, 'contents[0].number');
    assert.match(
      notes[0]!.message.en,
      /"\(555\) 123-4567" has no country code and is kept as "555 123-4567"/,
    );
    assert.equal(problems.filter((p) => p.severity === 'error').length, 0, JSON.stringify(problems));
  });
  it('normalisePhone keeps the text it cannot normalise out of the number field, with a reason', () => {
    assert.deepEqual(normalisePhone('00 46 8 465 004 42'), { phone: '+46846500442' });
    assert.match(normalisePhone('ring växeln').note!.sv, /går inte att läsa som ett nummer/);
  });
});

describe('each HSDS file for what it is', () => {
  const kinds = fixture('kinds.json');
  it('a taxonomy and a taxonomy_term are terms, never organisations', () => {
    for (const [name, kind] of [
      ['taxonomy', 'taxonomy'],
      ['taxonomy_term', 'taxonomy_term'],
    ] as const) {
      const read = readHsdsJson(kinds[name], `${name}.json`);
      assert.deepEqual(read.kinds, [kind]);
      assert.equal(read.tables.organization.length, 0);
      assert.equal(read.tables.service.length, 0);
    }
    assert.equal(readHsdsJson(kinds.taxonomy_term).tables.taxonomy_term[0]?.code, 'counselling');
  });
  it('a location stays a location: no organisation is made from it, and the dangling link is reported', () => {
    const { read, imported } = importJson(kinds.location, 'location.json');
    assert.deepEqual(read.kinds, ['location']);
    assert.equal(imported.file.organisations?.length ?? 0, 0);
    const p = imported.problems.find((x) => /ingen organisation skapas av en plats/.test(x.message.sv))!;
    assert.equal(p.source, 'location.json');
    assert.match(
      p.message.en,
      /refers to the organization "b8a0c2d0-0000-4000-8000-0000000000ff" which is not in the file/,
    );
  });
  it('a service_at_location is read as one', () => {
    const read = readHsdsJson(kinds.service_at_location, 'sal.json');
    assert.deepEqual(read.kinds, ['service_at_location']);
    assert.equal(read.tables.service_at_location.length, 1);
    assert.equal(read.tables.organization.length, 0);
  });
  it('metadata is named and skipped', () => {
    const read = readHsdsJson(kinds.metadata, 'metadata.json');
    assert.deepEqual(read.kinds, ['metadata']);
    assert.equal(read.problems[0]!.source, 'metadata.json');
    assert.match(
      read.problems[0]!.message.sv,
      /ändringshistorik \(metadata\): hör inte till en datamängd och hoppas över/,
    );
    assert.match(read.problems[0]!.message.en, /change history \(metadata\): not part of a dataset, skipped/);
    assert.equal(read.tables.organization.length, 0);
  });
  it('HSDS 2.x is recognised and named', () => {
    const read = readHsdsJson(kinds.hsds2, 'old.json');
    assert.deepEqual(read.kinds, ['hsds-2']);
    assert.equal(read.problems[0]!.code, 'unsupported-format-version');
    assert.match(read.problems[0]!.message.sv, /det här är HSDS 2\.x; bara HSDS 3\.x läses/);
    const tabular = hsdsFilesToTables({
      'services.csv': 'id,name\r\n1,A\r\n',
      'physical_addresses.csv': 'id\r\n',
    });
    assert.match(tabular.problems[0]!.message.en, /HSDS 2\.x package \(physical_addresses\.csv\)/);
  });
});

describe("mistakes in others' HSDS services", () => {
  const result = importJson(fixture('mistakes.json'), 'mistakes.json');
  it('a service without a name is an error naming the HSDS path; the others are kept', () => {
    const p = result.problems.find((x) => x.code === 'required' && x.source === 'mistakes.json')!;
    assert.equal(p.severity, 'error');
    assert.equal(p.path, '[1].name');
    assert.match(p.message.sv, /tjänsten saknar namn \(name\) och hoppas över/);
    assert.deepEqual(
      result.v.data.services.map((s) => s.name),
      ['Arbetsträning', 'Stöd på plats'],
    );
    assert.ok(!result.v.data.services.some((s) => s.name === 'insats'));
  });
  it('a duplicate id is reported, naming where the first is', () => {
    const p = result.problems.find((x) => x.code === 'duplicate-id')!;
    assert.equal(p.path, '[2]');
    assert.equal(p.source, 'mistakes.json');
    assert.match(p.message.sv, /id "c0a8d3f2-0000-4000-8000-000000000001" finns redan \(\[0\]\)/);
  });
  it('a location pointing at an unknown organization does not become a provider', () => {
    const s = result.v.data.services.find((x) => x.name === 'Stöd på plats')!;
    assert.deepEqual(s.providers, ['sala-kommun']);
    assert.equal(result.v.data.organisations.length, 1);
  });
  it('what is not carried is listed in one warning for the file', () => {
    const list = result.imported.problems.filter((x) => /HSDS-fält som inte följer med/.test(x.message.sv));
    assert.equal(list.length, 1);
    assert.equal(list[0]!.source, 'mistakes.json');
    for (const field of [
      'service.alternate_name (1)',
      'service.email (1)',
      'service.schedules (1)',
      'organization.email (1)',
    ])
      assert.ok(list[0]!.message.sv.includes(field), `${field} in ${list[0]!.message.sv}`);
    assert.match(list[0]!.message.en, /^HSDS fields not carried over: /);
  });
  it('keeps the HSDS ids and last_modified with its time, and export writes them back', () => {
    const s = result.v.data.services[0]!;
    assert.deepEqual(s.externalIds, [
      { scheme: 'hsds', id: 'c0a8d3f2-0000-4000-8000-000000000001', modified: '2024-09-03T10:30:45.123Z' },
    ]);
    assert.equal(s.updated, '2024-09-03');
    const out = datasetToHsdsTables(result.v.data);
    assert.deepEqual(
      out.service.map((x) => x.id),
      ['c0a8d3f2-0000-4000-8000-000000000001', 'c0a8d3f2-0000-4000-8000-000000000003'],
    );
    assert.equal(out.service[0]!.last_modified, '2024-09-03T10:30:45.123Z');
    assert.ok(out.organization.some((o) => o.id === 'c0a8d3f2-0000-4000-8000-0000000000aa'));
    assert.equal(result.v.problems.filter((p) => p.code === 'unknown-field').length, 0);
  });
  it('the HSDS ids survive a spreadsheet round trip', () => {
    const back = tablesToDataset(
      datasetToTables(result.v.data).map((t) => csvToTable(t.name, tableToCsv(t))),
    );
    assert.deepEqual(
      back.data.services.map((s) => s.externalIds),
      result.v.data.services.map((s) => s.externalIds),
    );
    assert.deepEqual(back.data.organisations[0]!.externalIds, result.v.data.organisations[0]!.externalIds);
  });
});

describe('tabular HSDS problems name the file and row', () => {
  it('a service without a name in services.csv', () => {
    const files = {
      'organizations.csv': 'id,name\r\no1,Sala kommun\r\n',
      'services.csv': 'id,organization_id,name,status\r\ns1,o1,Arbetsträning,active\r\ns2,o1,,active\r\n',
    };
    const { tables } = hsdsFilesToTables(files);
    const imported = hsdsTablesToDataset(tables, { source: 'paket' });
    const p = imported.problems.find((x) => x.code === 'required')!;
    assert.equal(p.source, 'services.csv');
    assert.equal(p.path, 'rad 3, kolumn "name"');
    assert.equal(imported.file.services?.length, 1);
  });
});
