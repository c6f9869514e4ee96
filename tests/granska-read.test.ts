// The one reading path of <samordning-granska> and the CLI: the browser-capable XLSX reader reads what
// exceljs (the CLI's former reader) read, cell for cell; its small writer round-trips; readDataFiles
// points a typo at sheet, row and column; and compareDatasets lists added, changed and removed insatser.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type * as Excel from '../packages/cli/node_modules/exceljs';
import { compareDatasets, type DatasetData, validateDataset } from '../packages/sdk/src/index.js';
import {
  datasetToHsdsTables,
  datasetToTables,
  nestHsds,
  readDataFiles,
  type Table,
  tablesToXlsx,
  tableToCsv,
  xlsxToTables,
} from '../packages/sdk/src/interop/index.js';

const root = new URL('..', import.meta.url).pathname;
// exceljs is the CLI's dependency (it still writes the template); here it is the reference reader.
const ExcelJS = createRequire(join(root, 'packages/cli/package.json'))('exceljs') as typeof Excel;

const demo = () =>
  validateDataset(JSON.parse(readFileSync(join(root, 'examples/data/demo.json'), 'utf8'))).data;

/** What the CLI's exceljs reader made of a workbook (the code it had before this change). */
async function readWithExceljs(data: Uint8Array): Promise<Table[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  const text = (v: Excel.CellValue): string => {
    if (v === null || v === undefined) return '';
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (typeof v === 'object') {
      if ('richText' in v) return v.richText.map((t) => t.text).join('');
      if ('text' in v && typeof v.text === 'string') return v.text;
      if ('result' in v) return text(v.result as Excel.CellValue);
      if ('error' in v) return '';
    }
    return String(v);
  };
  const tables: Table[] = [];
  wb.eachSheet((ws) => {
    const rows: string[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= Math.max(row.cellCount, ws.columnCount); c++)
        cells.push(text(row.getCell(c).value));
      rows.push(cells);
    }
    const [headers = [], ...body] = rows;
    while (headers.length && headers[headers.length - 1] === '') headers.pop();
    tables.push({ name: ws.name, headers, rows: body.map((r) => r.slice(0, headers.length)) });
  });
  return tables;
}

/** Tables compared without labels and trailing empty rows (blank rows are skipped on import). */
const comparable = (tables: Table[]) =>
  tables.map((t) => {
    const rows = t.rows.map((r) => [...r, ...Array(Math.max(0, t.headers.length - r.length)).fill('')]);
    while (rows.length && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
    return { name: t.name, headers: t.headers, rows };
  });

describe('XLSX reader (fflate + sheet XML)', () => {
  it('reads a workbook exceljs wrote exactly as exceljs reads it: strings, numbers, dates, booleans, rich text, formulas, merges', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('insatser & "mer"');
    ws.addRow(['id', 'namn', 'antal', 'start', 'aktiv', 'formel', 'tom']);
    ws.addRow([
      'a-1',
      'Steg <1> & "2"',
      12.5,
      new Date(Date.UTC(2024, 2, 1)),
      true,
      { formula: 'C2*2', result: 25 },
    ]);
    ws.addRow([
      'a-2',
      { richText: [{ text: 'Rik ' }, { font: { bold: true }, text: 'text' }] },
      0,
      '2024-13-01',
      false,
    ]);
    ws.addRow([]);
    ws.addRow([
      'a-3',
      'Efter en tom rad',
      -3,
      new Date(Date.UTC(1999, 11, 31)),
      '',
      { formula: 'A5&"x"', result: 'a-3x' },
    ]);
    ws.getCell('D3').numFmt = 'yyyy-mm-dd';
    const merged = wb.addWorksheet('sammanslagen');
    merged.addRow(['rubrik', '', 'annan']);
    merged.addRow(['1', '2', '3']);
    merged.mergeCells('A1:B1');
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const ours = xlsxToTables(bytes, 'test.xlsx');
    assert.deepEqual(comparable(ours), comparable(await readWithExceljs(bytes)));
    // Spot checks, so the comparison cannot pass by both readers failing alike.
    assert.equal(ours[0]!.name, 'insatser & "mer"');
    assert.deepEqual(ours[0]!.rows[0], ['a-1', 'Steg <1> & "2"', '12.5', '2024-03-01', 'true', '25', '']);
    assert.equal(ours[0]!.rows[1]![1], 'Rik text');
    assert.equal(ours[0]!.rows[3]![3], '1999-12-31');
    assert.deepEqual(ours[1]!.headers, ['rubrik', 'rubrik', 'annan']);
    assert.equal(ours[0]!.label, 'test.xlsx, blad "insatser & "mer""');
  });

  it('reads the demo dataset written as the CLI template (exceljs) like exceljs does', async () => {
    const { tablesToXlsx: cliWrite } = await import('../packages/cli/src/commands/xlsx.js');
    const bytes = new Uint8Array(await cliWrite(datasetToTables(demo())));
    assert.deepEqual(comparable(xlsxToTables(bytes, 'demo.xlsx')), comparable(await readWithExceljs(bytes)));
  });

  it('the browser writer round-trips the demo dataset, and exceljs opens its workbook', async () => {
    const tables = datasetToTables(demo());
    const bytes = tablesToXlsx(tables);
    assert.deepEqual(comparable(xlsxToTables(bytes, 'x.xlsx')), comparable(tables));
    assert.deepEqual(comparable(await readWithExceljs(bytes)), comparable(tables));
  });

  it('a file that is not a workbook is named in a Swedish message', () => {
    assert.throws(() => xlsxToTables(new Uint8Array(0), 'tom.xlsx'), /tom\.xlsx är ingen Excel-arbetsbok/);
    assert.throws(
      () => xlsxToTables(new TextEncoder().encode('id,namn\n'), 'text.xlsx'),
      /text\.xlsx är ingen Excel-arbetsbok/,
    );
  });
});

describe('readDataFiles: workbook, CSV, JSON and HSDS through one path', () => {
  const withTypo = () => {
    const tables = datasetToTables(demo());
    const insatser = tables.find((t) => t.name === 'insatser')!;
    const col = insatser.headers.indexOf('kommuner');
    insatser.rows[2]![col] = 'Vesterås';
    return { tables, id: insatser.rows[2]![insatser.headers.indexOf('id')]! };
  };

  it('a typo in a workbook is a problem at sheet, row and column; the other insatser are kept', () => {
    const { tables } = withTypo();
    const r = readDataFiles([{ name: 'forbund.xlsx', bytes: tablesToXlsx(tables) }]);
    assert.equal(r.kind, 'xlsx');
    const p = r.problems.find((x) => x.column === 'kommuner');
    assert.ok(p, JSON.stringify(r.problems.slice(0, 3)));
    assert.equal(p.table, 'forbund.xlsx, blad "insatser"');
    assert.equal(p.row, 4);
    assert.match(p.message.sv, /Vesterås.*menade du Västerås/);
    assert.equal(r.data.services.length, demo().services.length);
    assert.equal(r.tables.length, tables.length);
  });

  it('reads the same tables as CSV files, and a dataset JSON file', () => {
    const { tables } = withTypo();
    const files = tables.map((t) => ({
      name: `${t.name}.csv`,
      bytes: new TextEncoder().encode(tableToCsv(t)),
    }));
    const csv = readDataFiles(files);
    assert.equal(csv.kind, 'csv');
    assert.ok(csv.problems.some((p) => p.table === 'insatser.csv' && p.row === 4 && p.column === 'kommuner'));
    const json = readDataFiles([
      { name: 'demo.json', bytes: readFileSync(join(root, 'examples/data/demo.json')) },
    ]);
    assert.equal(json.kind, 'dataset');
    assert.equal(json.errors, 0);
    assert.equal(json.data.services.length, demo().services.length);
  });
});

describe('readDataFiles: HSDS', () => {
  it('reads an HSDS 3.0 JSON file (a page of services) through the HSDS import', () => {
    const hsds = nestHsds(datasetToHsdsTables(demo()));
    const r = readDataFiles([
      { name: 'tjanster.json', bytes: new TextEncoder().encode(JSON.stringify(hsds)) },
    ]);
    assert.equal(r.kind, 'hsds');
    assert.equal(r.data.services.length, demo().services.length);
    assert.equal(r.errors, 0, JSON.stringify(r.problems.filter((p) => p.severity === 'error').slice(0, 3)));
  });

  it('says which files it can read when given something else', () => {
    assert.throws(
      () => readDataFiles([{ name: 'bild.png', bytes: new Uint8Array([1, 2, 3]) }]),
      /Välj en arbetsbok \(\.xlsx\), CSV-filerna/,
    );
  });
});

describe('compareDatasets', () => {
  it('lists an added, a changed (with its fields) and a removed insats, and counts the unchanged', () => {
    const published: DatasetData = demo();
    const draft: DatasetData = structuredClone(published);
    const [first, second, third] = draft.services;
    assert.ok(first && second && third);
    const removed = draft.services.splice(draft.services.indexOf(third), 1)[0]!;
    second.status = second.status === 'ended' ? 'active' : 'ended';
    second.summary = { sv: 'Ny sammanfattning' };
    draft.services.push({ ...structuredClone(first), id: 'ny-insats', name: { sv: 'Ny insats' } });
    const c = compareDatasets(published, draft);
    assert.deepEqual(c.services.added, [{ id: 'ny-insats', name: { sv: 'Ny insats' } }]);
    assert.deepEqual(c.services.removed, [{ id: removed.id, name: removed.name }]);
    assert.deepEqual(c.services.changed, [
      { id: second.id, name: second.name, fields: ['status', 'summary'] },
    ]);
    assert.equal(c.services.unchanged, published.services.length - 2);
    assert.deepEqual(c.organisations, {
      added: [],
      changed: [],
      removed: [],
      unchanged: published.organisations.length,
    });
  });

  it('ignores the order of records and of keys', () => {
    const published = demo();
    const draft = structuredClone(published);
    draft.services.reverse();
    draft.services[0] = Object.fromEntries(Object.entries(draft.services[0]!).reverse()) as never;
    const c = compareDatasets(published, draft);
    assert.equal(c.services.changed.length + c.services.added.length + c.services.removed.length, 0);
  });
});
