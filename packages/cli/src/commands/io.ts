import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import {
  type DatasetData,
  decodeText,
  type Problem,
  parseJsonBytes,
  validateDataset,
} from '@samordningskartan/sdk';
import {
  csvToTable,
  datasetToTables,
  type Table,
  tableToCsv,
  xlsxToTables,
} from '@samordningskartan/sdk/interop';
import { CliError, text, UsageError } from '../messages.js';
// Reading goes through the SDK (the same reader as <samordning-granska>); exceljs writes the template.
import { tablesToXlsx } from './xlsx.js';

export { CliError, UsageError };

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** The bytes of a file; a missing file, a folder or an unreadable file is a clear error. */
export async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(text(`Filen finns inte: ${path}`, `No such file: ${path}`));
    if (code === 'EISDIR')
      throw new CliError(text(`${path} är en mapp, inte en fil`, `${path} is a folder, not a file`));
    const msg = (error as Error).message;
    throw new CliError(text(`Kunde inte läsa ${path}: ${msg}`, `Could not read ${path}: ${msg}`));
  }
}

/**
 * A text file, decoded: UTF-8 (with or without BOM), UTF-16 or, failing those, Windows-1252 (what
 * Swedish Excel saves "CSV (semikolonavgränsad)" in) with a warning naming the file.
 */
export async function readText(path: string): Promise<{ text: string; problem?: Problem }> {
  const decoded = decodeText(await readBytes(path));
  return {
    text: decoded.text,
    ...(decoded.problem && { problem: { ...decoded.problem, source: basename(path) } }),
  };
}

/** Reads and validates one dataset JSON file (any encoding; HTML and empty files explained). */
export async function readDataset(
  path: string,
): Promise<{ data: DatasetData; problems: Problem[]; fatal: boolean }> {
  const parsed = parseJsonBytes(await readBytes(path));
  const source = basename(path);
  if (!parsed.ok)
    return { data: validateDataset({}).data, problems: [{ ...parsed.problem, source }], fatal: true };
  const result = validateDataset(parsed.value, { source });
  return {
    ...result,
    problems: [...(parsed.problems ?? []).map((p) => ({ ...p, source })), ...result.problems],
  };
}

export async function writeJson(path: string, value: unknown): Promise<void> {
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** True for what `readTables` reads: a folder, an .xlsx or a .csv file. */
export async function isSpreadsheet(path: string): Promise<boolean> {
  return (await isDirectory(path)) || ['.xlsx', '.csv'].includes(extname(path).toLowerCase());
}

/** The tables of a workbook or of a folder of CSV files (one per sheet, named after it). */
export async function readTables(path: string): Promise<Table[]> {
  if (await isDirectory(path)) {
    const names = (await readdir(path)).filter((n) => n.toLowerCase().endsWith('.csv')).sort();
    if (!names.length)
      throw new CliError(
        text(`Mappen ${path} innehåller inga CSV-filer.`, `The folder ${path} holds no CSV files.`),
      );
    return Promise.all(names.map((n) => csvFile(join(path, n), n.slice(0, -4), n)));
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') {
    const data = await readBytes(path);
    try {
      return await xlsxToTables(data, basename(path));
    } catch (error) {
      const msg = (error as Error).message;
      throw new CliError(
        data.length === 0
          ? text(
              `${path} är tom (0 byte): ingen arbetsbok att läsa. Spara den igen från Excel.`,
              `${path} is empty (0 bytes): no workbook to read. Save it again from Excel.`,
            )
          : text(
              `${path} gick inte att läsa som en Excel-arbetsbok (${msg}). Öppna den i Excel eller LibreOffice och spara som "Excel-arbetsbok (.xlsx)", eller spara bladen som CSV UTF-8 i en mapp.`,
              `${path} could not be read as an Excel workbook (${msg}). Open it in Excel or LibreOffice and save as "Excel Workbook (.xlsx)", or save the sheets as CSV UTF-8 in a folder.`,
            ),
      );
    }
  }
  if (ext === '.csv') return [await csvFile(path, basename(path, extname(path)), basename(path))];
  throw new UsageError(
    text(
      `Ange en mapp med CSV-filer eller en .xlsx-fil, inte ${path}`,
      `Give a folder of CSV files or an .xlsx file, not ${path}`,
    ),
  );
}

async function csvFile(path: string, name: string, label: string): Promise<Table> {
  const { text: body, problem } = await readText(path);
  const table = csvToTable(name, body, label);
  if (problem) table.problems = [{ ...problem, source: label, table: label }];
  return table;
}

/** Writes a dataset as a workbook (`.xlsx`) or as a folder of CSV files. */
export async function writeSpreadsheet(data: DatasetData, out: string): Promise<string[]> {
  const tables = datasetToTables(data);
  if (extname(out).toLowerCase() === '.xlsx') {
    await writeFile(out, await tablesToXlsx(tables));
    return [out];
  }
  await mkdir(out, { recursive: true });
  const written: string[] = [];
  for (const t of tables) {
    const file = join(out, `${t.name}.csv`);
    await writeFile(file, tableToCsv(t));
    written.push(file);
  }
  return written;
}

/** `data.json` → `data` (for default output names). */
export function stem(path: string): string {
  return basename(path.replace(/[/\\]+$/, ''), extname(path));
}
