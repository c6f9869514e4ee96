import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateDataset } from '@samordningskartan/sdk';
import {
  csvToTable,
  datasetToTables,
  formatCellProblem,
  type Table,
  tablesToDataset,
  tableToCsv,
} from '@samordningskartan/sdk/interop';
import { clone, minimalDataset } from './fixtures/minimal.js';

/** The minimal dataset as CSV tables, as `export csv` writes them. */
function csvTables(): Table[] {
  return datasetToTables(validateDataset(clone(minimalDataset())).data).map((t) =>
    csvToTable(t.name, tableToCsv(t)),
  );
}
const services = (tables: Table[]) => tables.find((t) => t.name === 'insatser')!;
const messages = (r: ReturnType<typeof tablesToDataset>, lang: 'sv' | 'en' = 'sv') =>
  r.problems.map((p) => formatCellProblem(p, lang));

describe('spreadsheet diagnostics', () => {
  it('a title row above the headers gives one message and the data is read', () => {
    const tables = csvTables();
    const t = services(tables);
    const text = `Insatser 2024 – Samordningsförbundet Test\r\n${tableToCsv(t).replace(/^\uFEFF/, '')}`;
    tables[tables.indexOf(t)] = csvToTable('insatser', text);
    const r = tablesToDataset(tables);
    assert.equal(r.errors, 0, messages(r).join('\n'));
    assert.deepEqual(messages(r), [
      'insatser.csv rad 2: rubrikerna ska stå på rad 1, men står på rad 2; raderna ovanför hoppas över. Ta bort dem (titelrader, tomma rader) så att rubrikerna hamnar på rad 1.',
    ]);
    assert.match(messages(r, 'en')[0]!, /the headers must be on row 1, but are on row 2/);
    assert.equal(r.data.services.length, 4);
    assert.deepEqual(r.data.services[0]!.ageRange, { min: 16, max: 29 });
  });

  it('a blank first row gives the same one message, and later row numbers are those of the file', () => {
    const tables = csvTables();
    const t = services(tables);
    const rows = [t.headers.map(() => ''), t.headers, ...t.rows];
    const team = rows[2]!;
    team[t.headers.indexOf('kommuner')] = 'Vesterås';
    tables[tables.indexOf(t)] = { name: 'insatser', headers: rows[0]!, rows: rows.slice(1) };
    const r = tablesToDataset(tables);
    const m = messages(r);
    assert.ok(m[0]!.startsWith('insatser.csv rad 2: rubrikerna ska stå på rad 1'), m.join('\n'));
    assert.ok(
      m.some((x) => x.startsWith('insatser.csv rad 3, kolumn "kommuner"')),
      m.join('\n'),
    );
    assert.equal(r.data.services.length, 4);
  });

  it('a merged header cell over two columns is an error naming the column, not a silent loss', () => {
    const tables = csvTables();
    const t = services(tables);
    const max = t.headers.indexOf('ålder till');
    // Excel writes the merged cell's text in the first column and leaves the second blank.
    t.headers[t.headers.indexOf('ålder från')] = 'ålder';
    t.headers[max] = '';
    const r = tablesToDataset(tables);
    const letter = String.fromCharCode(65 + max);
    const p = r.problems.find((x) => x.severity === 'error')!;
    assert.equal(
      formatCellProblem(p),
      `insatser.csv rad 1, kolumn "${letter}": kolumn ${letter} har värden men ingen rubrik (en sammanslagen rubrikcell?); rubrikerna ska stå på rad 1, en i varje kolumn`,
    );
    assert.match(p.message.en, /has values but no header \(a merged header cell\?\)/);
    assert.ok(r.errors > 0, 'import writes no file');
    assert.equal(r.data.services.length, 4);
  });

  it('a header repeated by a merged cell is an error', () => {
    const tables = csvTables();
    const t = services(tables);
    t.headers[t.headers.indexOf('ålder till')] = 'ålder från';
    const r = tablesToDataset(tables);
    assert.ok(
      messages(r).some((m) => /rubriken "ålder från" står i både kolumn [A-Z]+ och [A-Z]+/.test(m)),
      messages(r).join('\n'),
    );
    assert.ok(r.errors > 0);
  });
});

describe('a missing sheet or CSV file', () => {
  it('is named once instead of one "okänd organisation" per reference', () => {
    const tables = csvTables().filter((t) => t.name !== 'organisationer');
    const r = tablesToDataset(tables);
    const m = messages(r);
    assert.ok(
      m.includes(
        'organisationer.csv: filen saknas; 21 hänvisningar till organisationer kan inte läsas. Lägg till filen i mappen.',
      ),
      m.join('\n'),
    );
    assert.equal(m.filter((x) => x.includes('okänd organisation')).length, 0, m.join('\n'));
  });
  it('names the sheet of a workbook', () => {
    const tables = csvTables()
      .filter((t) => t.name !== 'organisationer')
      .map((t) => ({ ...t, label: `data.xlsx, blad "${t.name}"` }));
    const p = tablesToDataset(tables).problems.find((x) => x.table === 'data.xlsx, blad "organisationer"');
    assert.equal(
      formatCellProblem(p!).startsWith('data.xlsx, blad "organisationer": bladet saknas; 21 hänvisningar'),
      true,
    );
    assert.match(
      p!.message.en,
      /the sheet is missing; 21 references to organisations cannot be read. Add the sheet/,
    );
  });
});
