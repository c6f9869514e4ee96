import { countProblems, type Lang } from '@samordningskartan/sdk';
import { datasetToFile, tablesToDataset } from '@samordningskartan/sdk/interop';
import { readDataset, readTables, stem, writeJson, writeSpreadsheet } from './io.js';
import { countLine, problemLines } from './report.js';

export interface IoOptions {
  out?: string;
  json: boolean;
  lang: Lang;
}

/** `import <mapp|fil.xlsx> [-o ut.json]`: spreadsheet → validated dataset JSON (not written when there are errors). */
export async function importCommand(
  input: string,
  options: IoOptions,
  out: NodeJS.WritableStream,
): Promise<number> {
  const tables = await readTables(input);
  const result = tablesToDataset(tables);
  const target = options.out ?? `${stem(input)}.json`;
  const ok = result.errors === 0;
  if (ok) await writeJson(target, datasetToFile(result.data));
  if (options.json) {
    out.write(
      `${JSON.stringify({ errors: result.errors, warnings: result.warnings, problems: result.problems, written: ok ? target : null }, null, 2)}\n`,
    );
  } else {
    const lines = problemLines(result.problems, options.lang);
    if (lines.length) lines.push('');
    lines.push(countLine(result.errors, result.warnings, options.lang));
    lines.push(
      ok
        ? `Skrev ${target}: ${result.data.organisations.length} organisationer, ${result.data.services.length} insatser, ${result.data.relations.length} relationer.`
        : 'Ingen fil skrevs: rätta felen ovan i kalkylarket och kör igen.',
    );
    out.write(`${lines.join('\n')}\n`);
  }
  return ok ? 0 : 1;
}

/** `export csv|xlsx <datamängd> [-o mapp|fil.xlsx]`. */
export async function exportSpreadsheetCommand(
  format: 'csv' | 'xlsx',
  input: string,
  options: IoOptions,
  out: NodeJS.WritableStream,
): Promise<number> {
  const { data, problems, fatal } = await readDataset(input);
  const { errors } = countProblems(problems);
  if (fatal) {
    out.write(`${problemLines(problems, options.lang).join('\n')}\n`);
    return 1;
  }
  const target = options.out ?? (format === 'xlsx' ? `${stem(input)}.xlsx` : stem(input));
  const written = await writeSpreadsheet(
    data,
    format === 'xlsx' && !target.toLowerCase().endsWith('.xlsx') ? `${target}.xlsx` : target,
  );
  if (options.json) out.write(`${JSON.stringify({ errors, problems, written }, null, 2)}\n`);
  else {
    const lines = problemLines(problems, options.lang);
    if (errors) lines.push('Obs: poster med fel har inte kommit med. Rätta dem i kalkylarket.');
    lines.push(`Skrev ${written.length === 1 ? written[0] : `${written.length} CSV-filer i ${target}`}.`);
    out.write(`${lines.join('\n')}\n`);
  }
  return errors ? 1 : 0;
}
