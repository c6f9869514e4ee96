import { countProblems, type Lang } from '@samordningskartan/sdk';
import { datasetToFile, tablesToDataset } from '@samordningskartan/sdk/interop';
import { counted } from '../messages.js';
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
    const l = options.lang;
    const what = `${counted(result.data.organisations.length, 'organisations', l)}, ${counted(result.data.services.length, 'services', l)}, ${counted(result.data.relations.length, 'relations', l)}`;
    lines.push(
      ok
        ? l === 'sv'
          ? `Skrev ${target}: ${what}.`
          : `Wrote ${target}: ${what}.`
        : l === 'sv'
          ? 'Ingen fil skrevs: rätta felen ovan i kalkylarket och kör igen.'
          : 'No file was written: fix the errors above in the spreadsheet and run again.',
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
    out.write(
      options.json
        ? `${JSON.stringify({ errors: countProblems(problems).errors, warnings: 0, problems, written: [] }, null, 2)}\n`
        : `${problemLines(problems, options.lang).join('\n')}\n`,
    );
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
    const sv = options.lang === 'sv';
    if (errors)
      lines.push(
        sv
          ? 'Obs: poster med fel har inte kommit med. Rätta dem i kalkylarket.'
          : 'Note: records with errors are not included. Fix them in the spreadsheet.',
      );
    const what =
      written.length === 1
        ? written[0]
        : sv
          ? `${written.length} CSV-filer i ${target}`
          : `${written.length} CSV files in ${target}`;
    lines.push(sv ? `Skrev ${what}.` : `Wrote ${what}.`);
    out.write(`${lines.join('\n')}\n`);
  }
  return errors ? 1 : 0;
}
