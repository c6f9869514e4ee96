import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cli } from './support/run-cli.js';

const root = new URL('../../../', import.meta.url).pathname;
const fixture = join(root, 'packages/cli/test/fixtures/forbund.json');
const hsds = join(root, 'packages/cli/test/fixtures/hsds-others-service.json');
const tmp = () => mkdtempSync(join(tmpdir(), 'samordningskartan-msg-'));

/** A dataset with one error (a dangling provider) and one warning (an unknown kommun code). */
function badFile(): string {
  const file = join(tmp(), 'bad.json');
  writeFileSync(
    file,
    JSON.stringify({
      formatVersion: 1,
      meta: { id: 'x', name: 'X', publisher: 'X', updated: '2024-01-01', license: 'CC0-1.0' },
      services: [
        {
          id: 's',
          name: 'S',
          kind: 'individual',
          status: 'active',
          providers: ['x'],
          municipalities: ['9999'],
        },
      ],
    }),
  );
  return file;
}

/** Text as Windows-1252 bytes, what Swedish Excel and Notepad save (built from the decoder's own table). */
function win1252(text: string): Buffer {
  const decoder = new TextDecoder('windows-1252');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return Buffer.from([...text].map((c) => table.get(c) ?? 0x3f));
}

const SWEDISH = /\b(fel|varning|varningar|Giltig|Ogiltig|hänvisar|okänd|Filen|saknas|Skrev|Ange|Kommandon)\b/;

describe('the CLI in two languages', () => {
  test('--help in Swedish and English', async () => {
    const sv = await cli('--help');
    assert.match(sv.out, /Kommandon:/);
    const en = await cli('validate', '--help', '--lang', 'en');
    assert.equal(en.code, 0);
    assert.match(en.out, /^samordningskartan <command> \[options\]/);
    assert.match(en.out, /Exit code: 0 done/);
    assert.doesNotMatch(en.out, /Kommandon|Flaggor|Slutkod/);
  });
  test('validate --lang en has no Swedish message, count or verdict, and plurals are right', async () => {
    const r = await cli('validate', badFile(), '--lang', 'en');
    assert.equal(r.code, 1);
    assert.doesNotMatch(r.out, SWEDISH, r.out);
    assert.match(r.out, /^1 error, 1 warning$/m);
    assert.match(r.out, /0 coordination associations, 0 organisations, 1 insats \(service\), 0 relations/);
    assert.match(r.out, /Invalid: fix the errors above\./);
    const sv = await cli('validate', badFile());
    assert.match(sv.out, /^1 fel, 1 varning$/m);
    assert.match(sv.out, /1 insats,/);
  });
  test('usage errors are in the asked language', async () => {
    const r = await cli('export', 'pdf', 'x.json', '--lang', 'en');
    assert.equal(r.code, 2);
    assert.match(r.err, /^Give a format and a data file/);
    assert.match(r.err, /See samordningskartan --help/);
    const unknown = await cli('validate', fixture, '--okand', '--lang', 'en');
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /^wrong command: Unknown option '--okand'/);
  });
});

describe('--json prints one JSON object, also on failure', () => {
  test('a usage error', async () => {
    const r = await cli('merge', fixture, '--json');
    assert.equal(r.code, 2);
    const o = JSON.parse(r.out);
    assert.equal(o.errors, 1);
    assert.equal(o.problems[0].code, 'usage');
    assert.match(o.problems[0].message.en, /Give files and an output file/);
  });
  test('a 0-byte workbook, named, in both languages, never a raw crash', async () => {
    const file = join(tmp(), 'tom.xlsx');
    writeFileSync(file, '');
    const text = await cli('import', file);
    assert.equal(text.code, 1);
    assert.equal(text.err, `${file} är tom (0 byte): ingen arbetsbok att läsa. Spara den igen från Excel.\n`);
    const r = await cli('import', file, '--json', '--lang', 'en');
    const o = JSON.parse(r.out);
    assert.equal(o.message, `${file} is empty (0 bytes): no workbook to read. Save it again from Excel.`);
    assert.doesNotMatch(r.out, /Corrupted zip|End of data/);
  });
  test('a workbook another program broke: what to do, not a stack trace', async () => {
    const file = join(tmp(), 'trasig.xlsx');
    writeFileSync(file, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]));
    const r = await cli('validate', file, '--json');
    assert.equal(r.code, 1);
    const o = JSON.parse(r.out);
    assert.match(
      o.message,
      /gick inte att läsa som en Excel-arbetsbok .*spara som "Excel-arbetsbok \(\.xlsx\)"/,
    );
    assert.match(o.problems[0].message.en, /could not be read as an Excel workbook/);
  });
  test('export of a folder (EISDIR) says it is a folder', async () => {
    const dir = tmp();
    const r = await cli('export', 'csv', dir, '--json', '--lang', 'en');
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.out).message, `${dir} is a folder, not a file`);
  });
});

describe('validate accepts what import accepts', () => {
  test('a workbook: validated, not "Unexpected token P"', async () => {
    const dir = tmp();
    const xlsx = join(dir, 'data.xlsx');
    assert.equal((await cli('export', 'xlsx', fixture, '-o', xlsx)).code, 0);
    const r = await cli('validate', xlsx, '--json');
    assert.equal(r.code, 0, r.out);
    const o = JSON.parse(r.out);
    assert.equal(o.errors, 0);
    assert.ok(o.counts.services > 0);
  });
  test('a folder of CSV files, with problems at the cell', async () => {
    const dir = tmp();
    await cli('export', 'csv', fixture, '-o', dir);
    const path = join(dir, 'insatser.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace(',Sala,', ',Vesterås,'));
    const r = await cli('validate', dir);
    assert.equal(r.code, 1);
    assert.match(
      r.out,
      /insatser.csv rad 3, kolumn "kommuner": okänd kommun "Vesterås" \(menade du Västerås\?\)/,
    );
  });
  test('an HSDS file: says what to run', async () => {
    const r = await cli('validate', hsds, '--lang', 'en');
    assert.equal(r.code, 1);
    assert.match(r.out, /looks like HSDS \(Open Referral\).*samordningskartan import hsds/);
  });
  test('a folder without CSV files is named', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'tom'));
    const r = await cli('validate', join(dir, 'tom'));
    assert.match(r.out, /innehåller inga CSV-filer/);
  });
});

describe('encodings in the CLI', () => {
  test('a Windows-1252 CSV folder (Swedish Excel "CSV (semikolonavgränsad)") reads with one warning naming the file', async () => {
    const dir = tmp();
    await cli('export', 'csv', fixture, '-o', dir);
    let nonAscii = 0;
    for (const name of ['datamängd', 'organisationer', 'insatser', 'relationer']) {
      const text = readFileSync(join(dir, `${name}.csv`), 'utf8').replace(/^\uFEFF/, '');
      if ([...text].some((c) => c.charCodeAt(0) > 0x7f)) nonAscii++;
      writeFileSync(join(dir, `${name}.csv`), win1252(text));
    }
    const out = join(dir, 'ut.json');
    const r = await cli('import', dir, '-o', out);
    assert.equal(r.code, 0, r.out);
    const warnings = r.out.split('\n').filter((l) => l.includes('Windows-1252'));
    assert.ok(nonAscii >= 3);
    assert.equal(warnings.length, nonAscii, r.out);
    assert.match(warnings[0]!, /^VARNING {2}datamängd.csv: filen är inte sparad som UTF-8/);
    const data = JSON.parse(readFileSync(out, 'utf8'));
    assert.ok(data.organisations.some((o: { name: string }) => o.name === 'Arbetsförmedlingen'));
    assert.equal(JSON.stringify(data).includes('\uFFFD'), false);
  });
  test('a Windows-1252 JSON file is not "0 fel … Giltig" with "�": it reads right and warns', async () => {
    const file = join(tmp(), 'ansi.json');
    writeFileSync(file, win1252(readFileSync(fixture, 'utf8')));
    const r = await cli('validate', file, '--json');
    const o = JSON.parse(r.out);
    assert.equal(o.warnings, 1);
    assert.equal(o.problems[0].code, 'not-utf8');
    assert.equal(o.problems[0].source, 'ansi.json');
    assert.equal(o.errors, 0);
    assert.ok(o.counts.services > 0);
  });
  test('a UTF-16 file with BOM reads (no "Unexpected token")', async () => {
    const file = join(tmp(), 'utf16.json');
    const text = readFileSync(fixture, 'utf8');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = await cli('validate', file);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /Giltig\./);
  });
});

describe('init', () => {
  test('uses the official names of kommuner', async () => {
    const out = join(tmp(), 'f.json');
    const r = await cli(
      'init',
      '--name',
      'Förbundet',
      '--kommuner',
      'Falun, Stockholm, Uppsala, Lund',
      '-o',
      out,
    );
    assert.equal(r.code, 0, r.out + r.err);
    const names = JSON.parse(readFileSync(out, 'utf8')).organisations.map((o: { name: string }) => o.name);
    for (const n of ['Falu kommun', 'Stockholms stad', 'Uppsala kommun', 'Lunds kommun'])
      assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
    assert.ok(!names.includes('Falun kommun') && !names.includes('Stockholm kommun'));
  });
});

describe('import hsds as others write it', () => {
  const hsdsFixture = (name: string) => join(root, 'packages/sdk/test/fixtures/hsds', name);
  test('international phone numbers: every service and organisation imported', async () => {
    const dir = tmp();
    const out = join(dir, 'ut.json');
    const r = await cli('import', 'hsds', hsdsFixture('phones.json'), '-o', out, '--json');
    assert.equal(r.code, 0, r.out);
    const data = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(data.services.length, 4);
    assert.equal(data.organisations.length, 1);
    const v = await cli('validate', out);
    assert.match(v.out, /1 organisation, 4 insatser/);
  });
  test('a metadata file is named for what it is, nothing is written, and --json is one object', async () => {
    const dir = tmp();
    const file = join(dir, 'metadata.json');
    writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(hsdsFixture('kinds.json'), 'utf8')).metadata));
    const r = await cli('import', 'hsds', file, '-o', join(dir, 'ut.json'), '--json', '--lang', 'en');
    assert.equal(r.code, 1);
    const o = JSON.parse(r.out);
    assert.equal(o.written, null);
    assert.match(o.problems[0].message.en, /change history \(metadata\): not part of a dataset, skipped/);
    assert.equal(o.problems[0].source, 'metadata.json');
  });
});
