import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { validateDataset } from '@samordningskartan/sdk';
import { datasetToTables } from '@samordningskartan/sdk/interop';
import { normalize } from '../../sdk/test/fixtures/normalize.js';
import { tablesToXlsx } from '../src/commands/xlsx.js';
import { cli } from './support/run-cli.js';

const root = new URL('../../../', import.meta.url).pathname;
const fixture = join(root, 'packages/cli/test/fixtures/forbund.json');
const demo = join(root, 'examples/data/demo.json');
const tmp = () => mkdtempSync(join(tmpdir(), 'samordningskartan-'));

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const validated = (path: string) => validateDataset(readJson(path));
describe('samordningskartan init', () => {
  test('writes a starter dataset that validates with no problems at all', async () => {
    const out = join(tmp(), 'sf.json');
    const r = await cli(
      'init',
      '--name',
      'Samordningsförbundet Västerås',
      '--kommuner',
      'Västerås, 1981',
      '-o',
      out,
    );
    assert.equal(r.code, 0, r.out + r.err);
    const v = validated(out);
    assert.deepEqual(v.problems, []);
    assert.deepEqual(
      v.data.organisations.map((o) => [o.id, o.kind]),
      [
        ['samordningsforbundet-vasteras', 'coordinationAssociation'],
        ['forsakringskassan', 'socialInsuranceAgency'],
        ['arbetsformedlingen', 'employmentService'],
        ['region-vastmanland', 'region'],
        ['vasteras-kommun', 'municipality'],
        ['sala-kommun', 'municipality'],
      ],
    );
    assert.deepEqual(v.data.organisations[0]!.municipalities, ['1980', '1981']);
    assert.equal(v.data.relations.length, 5);
    assert.ok(
      v.data.relations.every((rel) => rel.kind === 'memberOf' && rel.to === 'samordningsforbundet-vasteras'),
    );
    assert.equal(v.data.services.length, 0);
  });

  test('adds the region of each county, and Gotland once', async () => {
    const out = join(tmp(), 'x.json');
    const r = await cli('init', '--name', 'Förbundet', '--kommuner', 'Uppsala; Västerås; Gotland', '-o', out);
    assert.equal(r.code, 0);
    const v = validated(out);
    assert.deepEqual(v.problems, []);
    const regions = v.data.organisations.filter((o) => o.kind === 'region');
    assert.deepEqual(
      regions.map((o) => [o.name, o.municipalities]),
      [
        ['Region Uppsala', ['0380']],
        ['Region Västmanland', ['1980']],
        ['Region Gotland', ['0980']],
      ],
    );
    assert.equal(v.data.organisations.filter((o) => o.kind === 'municipality').length, 2);
  });

  test('an unknown kommun is an error with a suggestion; missing flags are usage errors', async () => {
    const bad = await cli('init', '--name', 'X', '--kommuner', 'Vesterås', '-o', join(tmp(), 'x.json'));
    assert.equal(bad.code, 1);
    assert.match(bad.out, /okänd kommun "Vesterås" \(menade du Västerås\?\)/);
    assert.equal((await cli('init', '--kommuner', 'Sala')).code, 2);
    assert.equal((await cli('init', '--name', 'X', '--kommuner', 'Sala', '--okand')).code, 2);
  });

  test('can write the starter straight to a workbook that imports back', async () => {
    const dir = tmp();
    assert.equal(
      (await cli('init', '--name', 'Förbundet', '--kommuner', 'Sala', '-o', join(dir, 'f.xlsx'))).code,
      0,
    );
    const r = await cli('import', join(dir, 'f.xlsx'), '-o', join(dir, 'f.json'));
    assert.equal(r.code, 0, r.out);
    const v = validated(join(dir, 'f.json'));
    assert.deepEqual(v.problems, []);
    assert.equal(v.data.organisations.length, 5);
  });
});

describe('samordningskartan export and import (spreadsheets)', () => {
  for (const [name, file] of [
    ['fixture', fixture],
    ['demo', demo],
  ] as const) {
    for (const format of ['xlsx', 'csv'] as const) {
      test(`the ${name} dataset survives ${format.toUpperCase()} and back`, async () => {
        const dir = tmp();
        const target = join(dir, format === 'xlsx' ? 'data.xlsx' : 'data');
        const e = await cli('export', format, file, '-o', target);
        assert.equal(e.code, 0, e.out);
        const i = await cli('import', target, '-o', join(dir, 'back.json'));
        assert.equal(i.code, 0, i.out);
        assert.deepEqual(normalize(validated(join(dir, 'back.json')).data), normalize(validated(file).data));
      });
    }
  }

  test('a typo in a CSV cell is reported at the cell and nothing is written', async () => {
    const dir = tmp();
    await cli('export', 'csv', fixture, '-o', dir);
    const path = join(dir, 'insatser.csv');
    const lines = readFileSync(path, 'utf8').split('\r\n');
    // Row 3 in the sheet (the header is row 1) is the second insats, "Steget i Sala".
    assert.match(lines[2]!, /Steget i Sala/);
    lines[2] = lines[2]!.replace(',Sala,', ',Vesterås,');
    writeFileSync(path, lines.join('\r\n'));
    const out = join(dir, 'out.json');
    const r = await cli('import', dir, '-o', out);
    assert.equal(r.code, 1);
    assert.match(
      r.out,
      /insatser\.csv rad 3, kolumn "kommuner": okänd kommun "Vesterås" \(menade du Västerås\?\)/,
    );
    assert.equal(existsSync(out), false);
    const json = await cli('import', dir, '-o', out, '--json');
    const report = JSON.parse(json.out);
    assert.equal(report.problems[0].table, 'insatser.csv');
    assert.equal(report.problems[0].row, 3);
    assert.equal(report.problems[0].column, 'kommuner');
  });

  test('a typo in a workbook names the file, the sheet, the row and the column', async () => {
    const dir = tmp();
    const tables = datasetToTables(validated(fixture).data);
    const insatser = tables.find((t) => t.name === 'insatser')!;
    insatser.rows[0]![insatser.headers.indexOf('utförare')] = 'Arbetsmarknadsenhten';
    writeFileSync(join(dir, 'data.xlsx'), await tablesToXlsx(tables));
    const r = await cli('import', join(dir, 'data.xlsx'));
    assert.equal(r.code, 1);
    assert.match(
      r.out,
      /data\.xlsx, blad "insatser" rad 2, kolumn "utförare": okänd organisation "Arbetsmarknadsenhten" \(menade du Arbetsmarknadsenheten\?\)/,
    );
  });

  test('the templates in docs/templates import with no problems', async () => {
    for (const template of ['docs/templates', 'docs/templates/mall.xlsx']) {
      const out = join(tmp(), 'mall.json');
      const r = await cli('import', join(root, template), '-o', out, '--json');
      assert.equal(r.code, 0, r.out);
      assert.deepEqual(JSON.parse(r.out).problems, []);
      assert.deepEqual(validated(out).problems, []);
    }
  });

  test('usage errors exit with 2', async () => {
    assert.equal((await cli('export', 'pdf', fixture)).code, 2);
    assert.equal((await cli('import')).code, 2);
    assert.equal((await cli('import', 'data.txt')).code, 2);
    assert.equal((await cli('frobnicate')).code, 2);
    assert.equal((await cli('export', 'csv', join(tmp(), 'missing.json'))).code, 1);
  });
});

describe('samordningskartan HSDS and merge', () => {
  test('export hsds writes nested JSON or a tabular package, and import hsds reads both back', async () => {
    const dir = tmp();
    assert.equal((await cli('export', 'hsds', fixture, '-o', join(dir, 'h.json'))).code, 0);
    const page = readJson(join(dir, 'h.json'));
    assert.equal(page.contents.length, 3);
    assert.equal((await cli('export', 'hsds', fixture, '-o', join(dir, 'tab'))).code, 0);
    assert.ok(existsSync(join(dir, 'tab', 'datapackage.json')));
    assert.ok(existsSync(join(dir, 'tab', 'services.csv')));
    const a = await cli('import', 'hsds', join(dir, 'h.json'), '-o', join(dir, 'a.json'));
    assert.equal(a.code, 0, a.out);
    const b = await cli('import', 'hsds', join(dir, 'tab'), '-o', join(dir, 'b.json'));
    assert.equal(b.code, 0, b.out);
    const back = validated(join(dir, 'b.json'));
    assert.deepEqual(back.problems, []);
    assert.equal(back.data.meta.id, 'sf-exempel');
    assert.equal(back.data.organisations.length, 8);
  });

  test('import hsds reads HSDS from others and takes metadata from flags', async () => {
    const dir = tmp();
    const r = await cli(
      'import',
      'hsds',
      join(root, 'packages/cli/test/fixtures/hsds-others-service.json'),
      '-o',
      join(dir, 'x.json'),
      '--name',
      'Från Uppsala',
      '--license',
      'CC-BY-4.0',
    );
    assert.equal(r.code, 0, r.out);
    const v = validated(join(dir, 'x.json'));
    assert.equal(v.data.meta.name, 'Från Uppsala');
    assert.equal(v.data.meta.license, 'CC-BY-4.0');
    assert.equal(v.data.services.length, 1);
    assert.match(r.out, /VARNING/);
  });

  test('import hsds refuses our own format and files without HSDS objects', async () => {
    assert.equal((await cli('import', 'hsds', fixture)).code, 2);
    const empty = join(tmp(), 'empty.json');
    writeFileSync(empty, '[]');
    const r = await cli('import', 'hsds', empty);
    assert.equal(r.code, 1);
    assert.match(r.err, /Hittade inga HSDS-tjänster/);
  });

  test('merge writes one dataset from several files', async () => {
    const dir = tmp();
    await cli(
      'init',
      '--name',
      'Samordningsförbundet Sala',
      '--kommuner',
      'Sala',
      '-o',
      join(dir, 'sala.json'),
    );
    const out = join(dir, 'national.json');
    const r = await cli('merge', fixture, join(dir, 'sala.json'), '-o', out);
    assert.equal(r.code, 0, r.out);
    const v = validated(out);
    assert.equal(v.problems.filter((p) => p.severity === 'error').length, 0);
    // Försäkringskassan is in both files under the same organisation number: one organisation.
    assert.equal(v.data.organisations.filter((o) => o.organisationNumber === '202100-5521').length, 1);
    assert.ok(v.data.organisations.some((o) => o.id === 'samordningsforbundet-sala'));
    assert.ok(v.data.services.some((s) => s.id === 'steget'));
    assert.equal(v.data.meta.id, 'national');
    assert.equal((await cli('merge', fixture)).code, 2);
  });
});

describe('samordningskartan validate: stale and recommended', () => {
  test('--stale lists insatser not verified in time, and missing recommended fields', async () => {
    const r = await cli('validate', fixture, '--stale', '6m', '--json');
    assert.equal(r.code, 0);
    const report = JSON.parse(r.out);
    assert.equal(report.stale.months, 6);
    assert.deepEqual(
      report.stale.stale.map((s: { id: string }) => s.id),
      ['steget'],
    );
    assert.deepEqual(report.stale.undated, ['steget-sala']);
    const summary = report.missingRecommended.find((m: { field: string }) => m.field === 'summary');
    assert.deepEqual(summary.ids, ['steget-sala', 'kunskapsdialog']);
    const text = await cli('validate', fixture, '--stale', '6m');
    assert.match(text.out, /Inaktuellt: 1 insats är inte kontrollerade på 6 månader/);
    assert.match(text.out, /sammanfattning: 2 insatser \(steget-sala, kunskapsdialog\)/);
    assert.equal((await cli('validate', fixture, '--stale', 'länge')).code, 2);
  });
});
