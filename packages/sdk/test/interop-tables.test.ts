import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import {
  Access,
  AgeRange,
  Capacity,
  ContactPoint,
  type DatasetData,
  Funding,
  Link,
  Meta,
  Organisation,
  Period,
  Relation,
  Service,
  Source,
  Statistic,
  Term,
  validateDataset,
} from '@samordningskartan/sdk';
import {
  type CellProblem,
  csvToTable,
  datasetToFile,
  datasetToTables,
  formatCellProblem,
  SHEETS,
  type Table,
  tablesToDataset,
  tableToCsv,
} from '@samordningskartan/sdk/interop';
import { normalize } from './fixtures/normalize.js';

const root = new URL('../../../', import.meta.url);
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`packages/cli/test/fixtures/${name}`, root), 'utf8'));
const demoUrl = new URL('examples/data/demo.json', root);

const viaCsv = (data: DatasetData) =>
  tablesToDataset(datasetToTables(data).map((t) => csvToTable(t.name, tableToCsv(t))));

/** A minimal valid workbook: meta and one organisation, plus whatever rows a test adds. */
function workbook(extra: Record<string, string[][]>): Table[] {
  const sheet = (name: string, rows: string[][]) => {
    const spec = SHEETS.find((s) => s.name === name)!;
    return { name, headers: spec.columns.map((c) => c.header), rows };
  };
  const row = (name: string, values: Record<string, string>) =>
    SHEETS.find((s) => s.name === name)!.columns.map((c) => values[c.header] ?? '');
  const base: Record<string, string[][]> = {
    datamängd: [
      row('datamängd', {
        id: 'test',
        namn: 'Test',
        utgivare: 'Test',
        uppdaterad: '2025-01-01',
        licens: 'CC0-1.0',
      }),
    ],
    organisationer: [
      row('organisationer', {
        id: 'sf',
        typ: 'samordningsförbund',
        namn: 'Samordningsförbundet Test',
        kommuner: 'Västerås',
      }),
      row('organisationer', { typ: 'kommun', namn: 'Västerås stad', kommuner: '1980' }),
    ],
  };
  return Object.entries({ ...base, ...extra }).map(([name, rows]) => sheet(name, rows));
}
const insats = (values: Record<string, string>) =>
  SHEETS.find((s) => s.name === 'insatser')!.columns.map((c) => values[c.header] ?? '');

describe('spreadsheet tables', () => {
  test('a dataset survives CSV and back unchanged', () => {
    const original = validateDataset(fixture('forbund.json'));
    assert.equal(original.problems.length, 0);
    const back = viaCsv(original.data);
    assert.deepEqual(back.problems, []);
    assert.deepEqual(normalize(back.data), normalize(original.data));
  });

  test('the demo dataset survives CSV and back', () => {
    const original = validateDataset(JSON.parse(readFileSync(demoUrl, 'utf8')));
    const back = viaCsv(original.data);
    assert.equal(back.errors, 0, back.problems.map((p) => formatCellProblem(p)).join('\n'));
    assert.deepEqual(normalize(back.data), normalize(original.data));
  });

  test('cells use Swedish values, kommun names and ; lists', () => {
    const tables = datasetToTables(validateDataset(fixture('forbund.json')).data);
    const services = tables.find((t) => t.name === 'insatser')!;
    const steget = services.rows[0]!;
    const cell = (h: string) => steget[services.headers.indexOf(h)];
    assert.equal(cell('insatsform'), 'individinsats');
    assert.equal(cell('status'), 'pågående');
    assert.equal(cell('kommuner'), 'Västerås');
    assert.equal(cell('utförare'), 'vasteras-arbetsmarknad; arbetsformedlingen');
    assert.equal(cell('namn (en)'), 'The Step');
    assert.equal(cell('remiss'), 'ja');
    // A relation id the SDK would derive anyway is left blank.
    const relations = tables.find((t) => t.name === 'relationer')!;
    assert.equal(relations.rows[0]![0], '');
  });

  test('an unknown kommun is reported at its cell with a suggestion', () => {
    const result = tablesToDataset(
      workbook({
        insatser: [
          insats({ namn: 'A', insatsform: 'individinsats', status: 'pågående', utförare: 'sf' }),
          insats({
            namn: 'B',
            insatsform: 'individinsats',
            status: 'pågående',
            utförare: 'sf',
            kommuner: 'Västerås; Vesterås',
          }),
        ],
      }),
    );
    const p = result.problems.find((x) => x.code === 'unknown-municipality') as CellProblem;
    assert.equal(
      formatCellProblem(p),
      'insatser.csv rad 3, kolumn "kommuner": okänd kommun "Vesterås" (menade du Västerås?)',
    );
    assert.equal(result.errors, result.problems.filter((x) => x.severity === 'error').length);
    assert.ok(result.errors >= 1);
  });

  test('names work as references, ids are made from names, and typos point at the cell', () => {
    const result = tablesToDataset(
      workbook({
        insatser: [
          insats({
            namn: 'Steget',
            insatsform: 'individinsats',
            status: 'pågående',
            utförare: 'Västerås stad; sf',
            målgrupper: 'Unga vuxna 16–29 år; npf',
          }),
          insats({
            namn: 'Trasig',
            insatsform: 'individ',
            status: 'pågånde',
            utförare: 'Vasterås stadd',
            'ålder från': 'tolv',
            remiss: 'kanske',
            'namn (en)': '',
          }),
        ],
      }),
    );
    const steget = result.data.services.find((s) => s.id === 'steget');
    assert.deepEqual(steget?.providers, ['vasteras-stad', 'sf']);
    assert.deepEqual(steget?.targetGroups, ['unga-vuxna', 'npf']);
    const at = (column: string) =>
      result.problems
        .filter((p): p is CellProblem => (p as CellProblem).column === column)
        .map((p) => formatCellProblem(p));
    assert.match(
      at('insatsform')[0]!,
      /^insatser\.csv rad 3, kolumn "insatsform": okänt värde "individ" \(menade du individinsats\?\)/,
    );
    assert.match(at('status')[0]!, /menade du pågående\?/);
    assert.match(at('utförare')[0]!, /okänd organisation "Vasterås stadd" \(menade du Västerås stad\?\)/);
    assert.match(at('ålder från')[0]!, /"tolv" är inte ett heltal/);
    assert.match(at('remiss')[0]!, /skriv ja eller nej/);
    // Each bad cell is reported once, not again by validation.
    assert.equal(at('insatsform').length, 1);
    assert.equal(result.data.services.length, 1);
  });

  test('validation problems are mapped back to the cell', () => {
    const result = tablesToDataset(
      workbook({
        insatser: [
          insats({
            id: 'x',
            namn: 'X',
            insatsform: 'individinsats',
            status: 'pågående',
            utförare: 'sf',
            start: '2025-13',
          }),
        ],
      }),
    );
    // The bad optional date is removed with a warning at its cell; the insats stays.
    const p = result.problems.find((x) => x.code === 'invalid-format') as CellProblem;
    assert.equal(p.severity, 'warning');
    assert.equal(p.table, 'insatser.csv');
    assert.equal(p.row, 2);
    assert.equal(p.column, 'start');
    assert.deepEqual(
      result.data.services.map((s) => s.id),
      ['x'],
    );
  });

  test('missing required columns and English text without Swedish are errors', () => {
    const tables = workbook({});
    const orgs = tables.find((t) => t.name === 'organisationer')!;
    orgs.headers = orgs.headers.map((h) => (h === 'typ' ? 'sort' : h));
    orgs.rows[0]![orgs.headers.indexOf('namn (en)')] = 'The association';
    orgs.rows[0]![orgs.headers.indexOf('namn')] = '';
    const messages = tablesToDataset(tables).problems.map((p) => formatCellProblem(p));
    assert.ok(
      messages.includes('organisationer.csv rad 1, kolumn "typ": kolumnen saknas'),
      messages.join('\n'),
    );
    assert.ok(messages.includes('organisationer.csv rad 1, kolumn "sort": okänd kolumn hoppas över'));
    assert.ok(
      messages.some((m) =>
        m.startsWith('organisationer.csv rad 2, kolumn "namn (en)": engelsk text utan svensk'),
      ),
    );
  });

  test('a kommun code a spreadsheet turned into a number still reads', () => {
    const result = tablesToDataset(
      workbook({
        insatser: [
          insats({
            namn: 'A',
            insatsform: 'individinsats',
            status: 'pågående',
            utförare: 'sf',
            kommuner: '180; 1980',
          }),
        ],
      }),
    );
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.data.services[0]!.municipalities, ['0180', '1980']);
  });

  test('CSV saved by Excel with semicolons and a BOM reads the same', () => {
    const csv = '\uFEFFid;typ;namn;kommuner\r\nsf;samordningsförbund;"Förbundet; test";Västerås; Sala\r\n';
    const t = csvToTable('organisationer', csv);
    assert.deepEqual(t.headers, ['id', 'typ', 'namn', 'kommuner']);
    assert.equal(t.rows[0]![2], 'Förbundet; test');
  });

  test('blank rows keep row numbers and an unknown sheet is a warning', () => {
    const tables = workbook({
      insatser: [
        [],
        insats({
          namn: 'A',
          insatsform: 'strukturinsats',
          status: 'planerad',
          utförare: 'sf',
          kommuner: 'Nowhere',
        }),
      ],
    });
    tables.push({ name: 'anteckningar', headers: ['x'], rows: [] });
    const result = tablesToDataset(tables);
    const kommun = result.problems.find((p) => p.code === 'unknown-municipality') as CellProblem;
    assert.equal(kommun.row, 3);
    assert.ok(
      result.problems.some(
        (p) => p.severity === 'warning' && p.message.sv.includes('okänt blad "anteckningar"'),
      ),
    );
  });

  test('datasetToFile leaves out empty collections and derived relation ids', () => {
    const data = validateDataset(fixture('forbund.json')).data;
    const file = datasetToFile(data) as Record<string, unknown>;
    assert.equal((file.relations as Array<{ id?: string }>)[0]!.id, undefined);
    assert.equal((file.relations as Array<{ id?: string }>)[5]!.id, 'samverkan-frivillig');
    const empty = datasetToFile({ ...data, statistics: [], layouts: {} }) as Record<string, unknown>;
    assert.equal('statistics' in empty, false);
    assert.equal('layouts' in empty, false);
    assert.deepEqual(normalize(validateDataset(file).data), normalize(data));
  });
});

describe('sheet columns cover the format', () => {
  const keysOf = (schema: unknown): string[] =>
    Object.keys((schema as { _zod: { def: { shape: object } } })._zod.def.shape);
  const cases: Array<[string, unknown, string[]]> = [
    ['datamängd', Meta, []],
    ['organisationer', Organisation, ['contactPoints']],
    ['insatser', Service, ['contactPoints', 'links', 'funding']],
    ['relationer', Relation, []],
    ['statistik', Statistic, []],
    ['taxonomi', Term, []],
    ['källor', Source, []],
    ['kontaktvägar', ContactPoint, []],
    ['länkar', Link, []],
    ['finansiering', Funding, []],
  ];
  for (const [sheet, schema, nested] of cases) {
    test(`every field of ${sheet} has a column`, () => {
      const paths = SHEETS.find((s) => s.name === sheet)!.columns.map((c) => c.path);
      const top = new Set(paths.map((p) => p.split('.')[0]));
      const missing = keysOf(schema).filter((k) => !top.has(k) && !nested.includes(k));
      assert.deepEqual(missing, []);
    });
  }
  test('every field of access, capacity, age range and period has a column', () => {
    const paths = new Set(SHEETS.find((s) => s.name === 'insatser')!.columns.map((c) => c.path));
    for (const [prefix, schema] of [
      ['access', Access],
      ['capacity', Capacity],
      ['ageRange', AgeRange],
      ['period', Period],
    ] as const) {
      for (const k of keysOf(schema)) assert.ok(paths.has(`${prefix}.${k}`), `${prefix}.${k}`);
    }
  });
});
