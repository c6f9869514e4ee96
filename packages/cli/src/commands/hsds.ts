import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import {
  countProblems,
  type Lang,
  type Meta,
  type Problem,
  parseJsonBytes,
  validateDataset,
} from '@samordningskartan/sdk';
import {
  datasetToFile,
  datasetToHsdsTables,
  type flattenHsds,
  hsdsFilesToTables,
  hsdsTablesToDataset,
  hsdsTablesToFiles,
  nestHsds,
  readHsdsJson,
} from '@samordningskartan/sdk/interop';
import { counted, text } from '../messages.js';
import {
  CliError,
  isDirectory,
  readBytes,
  readDataset,
  readText,
  stem,
  UsageError,
  writeJson,
} from './io.js';
import { countLine, problemLines } from './report.js';

export interface HsdsOptions {
  out?: string;
  json: boolean;
  lang: Lang;
  tabular?: boolean;
  meta?: Partial<Meta>;
}

/** `export hsds <datamängd> [-o fil.json | mapp]`: nested JSON (a Page of services) or, to a folder, the tabular package. */
export async function exportHsdsCommand(
  input: string,
  options: HsdsOptions,
  out: NodeJS.WritableStream,
): Promise<number> {
  const { data, problems, fatal } = await readDataset(input);
  if (fatal) {
    out.write(
      options.json
        ? `${JSON.stringify({ errors: countProblems(problems).errors, warnings: 0, problems, written: [] }, null, 2)}\n`
        : `${problemLines(problems, options.lang).join('\n')}\n`,
    );
    return 1;
  }
  const tables = datasetToHsdsTables(data);
  const tabular =
    options.tabular || (options.out !== undefined && extname(options.out).toLowerCase() !== '.json');
  const target = options.out ?? (tabular ? `${stem(input)}-hsds` : `${stem(input)}.hsds.json`);
  let written: string[];
  if (tabular) {
    await mkdir(target, { recursive: true });
    const files = hsdsTablesToFiles(tables, data.meta);
    for (const [name, text] of Object.entries(files)) await writeFile(join(target, name), text);
    written = Object.keys(files).map((n) => join(target, n));
  } else {
    await writeJson(target, nestHsds(tables));
    written = [target];
  }
  const { errors } = countProblems(problems);
  if (options.json) out.write(`${JSON.stringify({ errors, problems, written }, null, 2)}\n`);
  else {
    const lines = problemLines(problems, options.lang);
    const sv = options.lang === 'sv';
    lines.push(
      tabular
        ? sv
          ? `Skrev HSDS 3.0 som tabellpaket i ${target} (${counted(written.length, 'files', 'sv')}).`
          : `Wrote HSDS 3.0 as a tabular package to ${target} (${counted(written.length, 'files', 'en')}).`
        : sv
          ? `Skrev HSDS 3.0 (JSON, ${counted(tables.service.length, 'hsdsServices', 'sv')}) till ${target}.`
          : `Wrote HSDS 3.0 (JSON, ${counted(tables.service.length, 'hsdsServices', 'en')}) to ${target}.`,
    );
    out.write(`${lines.join('\n')}\n`);
  }
  return errors ? 1 : 0;
}

/** `import hsds <fil.json|mapp> [-o ut.json]`. */
export async function importHsdsCommand(
  input: string,
  options: HsdsOptions,
  out: NodeJS.WritableStream,
): Promise<number> {
  let tables: ReturnType<typeof flattenHsds>;
  let meta: Partial<Meta> = {};
  const readProblems: Problem[] = [];
  let unread: ReadonlyMap<string, number> | undefined;
  if (await isDirectory(input)) {
    const files: Record<string, string> = {};
    for (const name of await readdir(input)) {
      if (!/\.(csv|json)$/i.test(name)) continue;
      const read = await readText(join(input, name));
      files[name] = read.text;
      if (read.problem) readProblems.push(read.problem);
    }
    const read = hsdsFilesToTables(files);
    ({ tables, meta } = read);
    readProblems.push(...read.problems);
  } else if (extname(input).toLowerCase() === '.json') {
    const parsed = parseJsonBytes(await readBytes(input));
    if (!parsed.ok)
      throw new CliError(
        text(`${input}: ${parsed.problem.message.sv}`, `${input}: ${parsed.problem.message.en}`),
      );
    for (const p of parsed.problems ?? []) readProblems.push({ ...p, source: input });
    const json = parsed.value;
    if (json && typeof json === 'object' && 'formatVersion' in json && 'meta' in json) {
      throw new UsageError(
        text(
          `${input} är en Samordningskartan-fil, inte HSDS. Använd den direkt, eller export hsds.`,
          `${input} is a Samordningskartan file, not HSDS. Use it as it is, or run export hsds.`,
        ),
      );
    }
    const read = readHsdsJson(json, basename(input));
    tables = read.tables;
    unread = read.unread;
    readProblems.push(...read.problems);
  } else {
    throw new UsageError(
      text(
        `Ange en HSDS JSON-fil eller en mapp med ett HSDS-tabellpaket, inte ${input}`,
        `Give an HSDS JSON file or a folder with an HSDS tabular package, not ${input}`,
      ),
    );
  }
  if (tables.service.length === 0 && tables.organization.length === 0) {
    if (readProblems.length && options.json) {
      // Say why (HSDS 2.x, metadata, a location only …) in the one JSON object, and write nothing.
      const { errors, warnings } = countProblems(readProblems);
      out.write(
        `${JSON.stringify({ errors: errors || 1, warnings, problems: readProblems, written: null }, null, 2)}\n`,
      );
      return 1;
    }
    if (readProblems.length) out.write(`${problemLines(readProblems, options.lang).join('\n')}\n`);
    throw new CliError(
      text(
        `Hittade inga HSDS-tjänster eller -organisationer i ${input}; ingen fil skrevs.`,
        `Found no HSDS services or organizations in ${input}; no file was written.`,
      ),
    );
  }
  const imported = hsdsTablesToDataset(tables, {
    source: basename(input),
    ...(unread && { unread }),
    meta: { id: stem(input).replace(/[^A-Za-z0-9._:-]+/g, '-') || 'hsds', ...meta, ...options.meta },
  });
  const validated = validateDataset(imported.file, { source: input });
  const problems = [...readProblems, ...imported.problems, ...validated.problems];
  const { errors, warnings } = countProblems(problems);
  const target = options.out ?? `${stem(input)}.json`;
  await writeJson(target, datasetToFile(validated.data));
  if (options.json)
    out.write(`${JSON.stringify({ errors, warnings, problems, written: target }, null, 2)}\n`);
  else {
    const lines = problemLines(problems, options.lang);
    if (lines.length) lines.push('');
    lines.push(countLine(errors, warnings, options.lang));
    const what = `${counted(validated.data.organisations.length, 'organisations', options.lang)}, ${counted(validated.data.services.length, 'services', options.lang)}`;
    lines.push(options.lang === 'sv' ? `Skrev ${target}: ${what}.` : `Wrote ${target}: ${what}.`);
    out.write(`${lines.join('\n')}\n`);
  }
  return errors ? 1 : 0;
}
