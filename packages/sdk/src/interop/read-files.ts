import { type Problem, problem } from '../problems/problem.js';
import type { DatasetData, DatasetFile, Meta } from '../schema/dataset.js';
import { decodeText } from '../text/decode.js';
import { validateDataset } from '../validate/validate.js';
import { csvToTable } from './csv.js';
import { hsdsTablesToDataset } from './hsds/import.js';
import { HSDS_TABLES } from './hsds/model.js';
import { flattenHsds } from './hsds/nested.js';
import { hsdsFilesToTables } from './hsds/tabular.js';
import { tablesToDataset } from './read-tables.js';
import { datasetToFile } from './serialize.js';
import type { CellProblem, Table } from './table.js';
import { xlsxToTables } from './xlsx-read.js';

/** One file as chosen by a user or read from disk. */
export interface DataFileInput {
  name: string;
  bytes: Uint8Array | ArrayBuffer;
}

/** What the files were read as. */
export type DataFilesKind = 'xlsx' | 'csv' | 'dataset' | 'hsds' | 'hsds-tabular';

export interface DataFilesResult {
  kind: DataFilesKind;
  /** The validated data (records and values with errors left out, each reported). */
  data: DatasetData;
  /** The data as the file to publish. */
  file: DatasetFile;
  /** Every problem, pointing at sheet, row and column when the input was a spreadsheet. */
  problems: CellProblem[];
  errors: number;
  warnings: number;
  /** The sheets or CSV files read (to show a problem's row); empty for JSON input. */
  tables: Table[];
}

export type ReadStage = 'unzip' | 'tables' | 'validate';

export interface ReadFilesOptions {
  /** Called when a stage starts, e.g. to update a progress bar. */
  onStage?: (stage: ReadStage) => void;
  /** Used for HSDS input without a `datapackage.json` name (default: the first file's name). */
  meta?: Partial<Meta>;
}

const HSDS_CSV = new Set(
  Object.entries(HSDS_TABLES).flatMap(([name, spec]) => [`${name}.csv`, (spec as { path: string }).path]),
);
const stemOf = (name: string) => name.replace(/^.*[/\\]/, '').replace(/\.[^.]+$/, '');
const count = (problems: readonly Problem[]) => ({
  errors: problems.filter((p) => p.severity === 'error').length,
  warnings: problems.filter((p) => p.severity === 'warning').length,
});

/**
 * Reads the files staff keep their data in — one XLSX workbook, the CSV files of its sheets, a dataset
 * JSON file, an HSDS JSON file or an HSDS tabular package — into a validated dataset: the one reading
 * path of the CLI and of `<samordning-granska>`. Text is decoded as the loader does (UTF-8, UTF-16,
 * else Windows-1252 with a warning). Throws an Error with a Swedish message when nothing can be read.
 */
export function readDataFiles(
  files: readonly DataFileInput[],
  options: ReadFilesOptions = {},
): DataFilesResult {
  if (!files.length) throw new Error('Inga filer valdes.');
  const lower = files.map((f) => f.name.toLowerCase());
  const bytes = (f: DataFileInput) => (f.bytes instanceof Uint8Array ? f.bytes : new Uint8Array(f.bytes));
  const xlsx = files.filter((_, i) => lower[i]!.endsWith('.xlsx'));
  if (xlsx.length) {
    if (files.length > 1)
      throw new Error('Välj en arbetsbok (.xlsx) ensam, eller CSV-filerna utan arbetsboken.');
    options.onStage?.('unzip');
    const tables = xlsxToTables(bytes(xlsx[0]!), xlsx[0]!.name);
    return fromTables('xlsx', tables, [], options);
  }
  const decoded = files.map((f) => {
    const d = decodeText(bytes(f));
    const p = d.problem ? [{ ...d.problem, source: f.name }] : [];
    return { name: f.name, text: d.text, problems: p as Problem[] };
  });
  const decodeProblems = decoded.flatMap((d) => d.problems);
  const isHsdsTabular = lower.some(
    (n) => n.endsWith('datapackage.json') || HSDS_CSV.has(n.replace(/^.*[/\\]/, '')),
  );
  if (isHsdsTabular) {
    options.onStage?.('tables');
    const { tables, meta } = hsdsFilesToTables(Object.fromEntries(decoded.map((d) => [d.name, d.text])));
    return fromHsds(
      'hsds-tabular',
      tables,
      { ...meta, ...options.meta },
      files[0]!.name,
      decodeProblems,
      options,
    );
  }
  const csv = decoded.filter((_, i) => lower[i]!.endsWith('.csv'));
  if (csv.length === files.length) {
    options.onStage?.('tables');
    const tables = csv.map((d) => csvToTable(stemOf(d.name), d.text, d.name.replace(/^.*[/\\]/, '')));
    return fromTables('csv', tables, decodeProblems, options);
  }
  if (files.length > 1 || !lower[0]!.endsWith('.json'))
    throw new Error(
      'Välj en arbetsbok (.xlsx), CSV-filerna från den, en JSON-fil eller en HSDS-fil (.json eller tabellpaketets filer).',
    );
  const only = decoded[0]!;
  let json: unknown;
  try {
    json = JSON.parse(only.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`${only.name} är inte giltig JSON: ${(error as Error).message}`);
  }
  options.onStage?.('validate');
  if (json && typeof json === 'object' && !Array.isArray(json) && 'formatVersion' in json) {
    const v = validateDataset(json, { source: only.name });
    const problems = [...decodeProblems, ...v.problems];
    return {
      kind: 'dataset',
      data: v.data,
      file: datasetToFile(v.data),
      problems,
      ...count(problems),
      tables: [],
    };
  }
  options.onStage?.('tables');
  return fromHsds('hsds', flattenHsds(json), options.meta ?? {}, only.name, decodeProblems, options);
}

function fromTables(
  kind: DataFilesKind,
  tables: Table[],
  before: Problem[],
  options: ReadFilesOptions,
): DataFilesResult {
  options.onStage?.('validate');
  const r = tablesToDataset(tables);
  const problems = [...before, ...r.problems];
  return { kind, data: r.data, file: datasetToFile(r.data), problems, ...count(problems), tables };
}

function fromHsds(
  kind: DataFilesKind,
  tables: ReturnType<typeof flattenHsds>,
  meta: Partial<Meta>,
  name: string,
  before: Problem[],
  options: ReadFilesOptions,
): DataFilesResult {
  if (tables.service.length === 0 && tables.organization.length === 0)
    throw new Error(`Hittade inga HSDS-tjänster eller -organisationer i ${name}.`);
  options.onStage?.('validate');
  const imported = hsdsTablesToDataset(tables, {
    meta: { id: stemOf(name).replace(/[^A-Za-z0-9._:-]+/g, '-') || 'hsds', ...meta },
  });
  const v = validateDataset(imported.file, { source: name });
  const problems = [...before, ...imported.problems, ...v.problems];
  if (problems.length === 0 && v.data.services.length === 0)
    problems.push(
      problem('warning', '', 'required', 'Filen innehöll inga insatser.', 'The file held no services.'),
    );
  return { kind, data: v.data, file: datasetToFile(v.data), problems, ...count(problems), tables: [] };
}
