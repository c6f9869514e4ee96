import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Papa from 'papaparse';
import { toCsv, validateDataset } from '../src/index.js';
import {
  csvToTable,
  datasetToHsdsTables,
  datasetToTables,
  hsdsFilesToTables,
  hsdsTablesToFiles,
  tablesToDataset,
  tableToCsv,
} from '../src/interop/index.js';
import { clone, minimalDataset } from './fixtures/minimal.js';

// What the issue saw exported raw: spreadsheet formula injection (OWASP "CSV injection").
const HOSTILE = [
  '=HYPERLINK("http://evil.example","klicka")',
  "+cmd|' /C calc'!A0",
  '@SUM(1)',
  '-2+3',
  '\tdold',
  '\rretur',
];

function hostileData() {
  const d = clone(minimalDataset());
  d.services!.forEach((s, i) => {
    s.summary = HOSTILE[i % HOSTILE.length]!;
  });
  d.services![0]!.description = HOSTILE[4]!;
  d.services![1]!.description = HOSTILE[5]!;
  d.organisations![1]!.postalTown = HOSTILE[0]!;
  const r = validateDataset(d);
  assert.equal(r.problems.length, 0, JSON.stringify(r.problems));
  return r.data;
}

/** Every cell of a CSV text, parsed as a spreadsheet would. */
function cells(text: string): string[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  return parsed.data.flat();
}

const formulaStart = (c: string) => /^[=+\-@\t\r]/.test(c);

describe('the one CSV writer', () => {
  it('neutralises cells that begin with =, +, -, @, tab or CR, quotes and keeps numbers', () => {
    const csv = toCsv([['a', 'b'], ...HOSTILE.map((h, i) => [h, i - 1])], { delimiter: ',' });
    const texts = cells(csv).filter((c) => !/^-?\d+$/.test(c));
    assert.equal(texts.length, 2 + HOSTILE.length);
    for (const c of texts) assert.equal(formulaStart(c), false, JSON.stringify(c));
    assert.ok(csv.includes(`'=HYPERLINK(""http://evil.example"",""klicka"")"`));
    assert.ok(csv.includes(',-1\r\n'), 'a negative number stays a number');
  });
  it('export csv writes no formula cell and reads every text back unchanged', () => {
    const data = hostileData();
    const tables = datasetToTables(data);
    const files = tables.map((t) => ({ name: t.name, text: tableToCsv(t) }));
    for (const f of files)
      for (const c of cells(f.text)) assert.equal(formulaStart(c), false, `${f.name}: ${JSON.stringify(c)}`);
    const back = tablesToDataset(files.map((f) => csvToTable(f.name, f.text)));
    assert.equal(back.errors, 0, JSON.stringify(back.problems));
    assert.deepEqual(
      back.data.services.map((s) => s.summary),
      data.services.map((s) => s.summary),
    );
    assert.equal(back.data.organisations.find((o) => o.id === 'fk')?.postalTown, HOSTILE[0]);
  });
  it('export hsds --tabular writes no formula cell and reads it back', () => {
    const files = hsdsTablesToFiles(datasetToHsdsTables(hostileData()));
    for (const [name, text] of Object.entries(files)) {
      if (!name.endsWith('.csv')) continue;
      for (const c of cells(text)) assert.equal(formulaStart(c), false, `${name}: ${JSON.stringify(c)}`);
    }
    const { tables } = hsdsFilesToTables(files);
    assert.ok(tables.service.some((s) => s.description === HOSTILE[4] || s.description === HOSTILE[0]));
  });
});

describe('CSV line ends', () => {
  it('reads \\r\\r\\n line ends without a carriage return in any cell', () => {
    const text =
      'id,namn,typ\r\r\nfk,Försäkringskassan,Försäkringskassan\r\r\naf,Arbetsförmedlingen,Arbetsförmedlingen\r\r\n';
    const t = csvToTable('organisationer', text);
    assert.deepEqual(t.headers, ['id', 'namn', 'typ']);
    assert.deepEqual(
      t.rows.map((r) => r[0]),
      ['fk', 'af'],
    );
    assert.equal(JSON.stringify(t).includes('\\r'), false);
  });
  it('reads an HSDS tabular file with \\r\\r\\n line ends without a newline in any id', () => {
    const { tables } = hsdsFilesToTables({
      'organizations.csv': 'id,name\r\r\n0f6b3c2e-1111-4c1e-9e7b-000000000001,Org\r\r\n',
    });
    assert.equal(tables.organization[0]?.id, '0f6b3c2e-1111-4c1e-9e7b-000000000001');
  });
  it('reports a repeated id in an HSDS tabular file at its file and row, keeping the first and the rest', () => {
    const { tables, problems } = hsdsFilesToTables({
      'services.csv': 'id,name\ns-1,Första\ns-2,Andra\ns-1,Dubblett\n',
    });
    assert.deepEqual(
      tables.service.map((r) => r.name),
      ['Första', 'Andra'],
    );
    const dup = problems.filter((p) => p.code === 'duplicate-id');
    assert.equal(dup.length, 1);
    assert.equal(dup[0]!.source, 'services.csv');
    assert.equal(dup[0]!.path, 'rad 4, kolumn id');
    assert.match(dup[0]!.message.sv, /rad 2/);
    assert.match(dup[0]!.message.en, /already used on row 2/);
  });
});
