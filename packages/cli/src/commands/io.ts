import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { type DatasetData, type Problem, validateDataset } from '@samordningskartan/sdk';
import {
  csvToTable,
  datasetToTables,
  type Table,
  tableToCsv,
  xlsxToTables,
} from '@samordningskartan/sdk/interop';
// Reading goes through the SDK (the same reader as <samordning-granska>); exceljs writes the template.
import { tablesToXlsx } from './xlsx.js';

/** A usage error: the CLI prints the message and exits with 2. */
export class UsageError extends Error {}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT'
        ? `Filen finns inte: ${path}`
        : `Kunde inte läsa ${path}: ${(error as Error).message}`,
    );
  }
}

/** Reads and validates one dataset JSON file. */
export async function readDataset(
  path: string,
): Promise<{ data: DatasetData; problems: Problem[]; fatal: boolean }> {
  const text = await readText(path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} är inte giltig JSON: ${(error as Error).message}`);
  }
  return validateDataset(json, { source: basename(path) });
}

export async function writeJson(path: string, value: unknown): Promise<void> {
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** The tables of a workbook or of a folder of CSV files (one per sheet, named after it). */
export async function readTables(path: string): Promise<Table[]> {
  if (await isDirectory(path)) {
    const names = (await readdir(path)).filter((n) => n.toLowerCase().endsWith('.csv')).sort();
    if (!names.length) throw new Error(`Mappen ${path} innehåller inga CSV-filer.`);
    return Promise.all(names.map(async (n) => csvToTable(n.slice(0, -4), await readText(join(path, n)), n)));
  }
  if (extname(path).toLowerCase() === '.xlsx') {
    let data: Buffer;
    try {
      data = await readFile(path);
    } catch {
      throw new Error(`Filen finns inte: ${path}`);
    }
    return xlsxToTables(data, basename(path));
  }
  if (extname(path).toLowerCase() === '.csv')
    return [csvToTable(basename(path, '.csv'), await readText(path), basename(path))];
  throw new UsageError(`Ange en mapp med CSV-filer eller en .xlsx-fil, inte ${path}`);
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
