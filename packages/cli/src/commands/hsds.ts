import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { countProblems, type Lang, type Meta, validateDataset } from '@samordningskartan/sdk';
import {
  datasetToFile,
  datasetToHsdsTables,
  flattenHsds,
  hsdsFilesToTables,
  hsdsTablesToDataset,
  hsdsTablesToFiles,
  nestHsds,
} from '@samordningskartan/sdk/interop';
import { isDirectory, readDataset, readText, stem, UsageError, writeJson } from './io.js';
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
    out.write(`${problemLines(problems, options.lang).join('\n')}\n`);
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
    lines.push(
      tabular
        ? `Skrev HSDS 3.0 som tabellpaket i ${target} (${written.length} filer).`
        : `Skrev HSDS 3.0 (JSON, ${tables.service.length} tjänster) till ${target}.`,
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
  if (await isDirectory(input)) {
    const files: Record<string, string> = {};
    for (const name of await readdir(input)) {
      if (/\.(csv|json)$/i.test(name)) files[name] = await readText(join(input, name));
    }
    ({ tables, meta } = hsdsFilesToTables(files));
  } else if (extname(input).toLowerCase() === '.json') {
    let json: unknown;
    try {
      json = JSON.parse(await readText(input));
    } catch (error) {
      if ((error as Error).message.startsWith('Filen finns inte')) throw error;
      throw new Error(`${input} är inte giltig JSON: ${(error as Error).message}`);
    }
    if (json && typeof json === 'object' && 'formatVersion' in json && 'meta' in json) {
      throw new UsageError(
        `${input} är en Samordningskartan-fil, inte HSDS. Använd den direkt, eller export hsds.`,
      );
    }
    tables = flattenHsds(json);
  } else {
    throw new UsageError(`Ange en HSDS JSON-fil eller en mapp med ett HSDS-tabellpaket, inte ${input}`);
  }
  if (tables.service.length === 0 && tables.organization.length === 0) {
    throw new Error(`Hittade inga HSDS-tjänster eller -organisationer i ${input}.`);
  }
  const imported = hsdsTablesToDataset(tables, {
    meta: { id: stem(input).replace(/[^A-Za-z0-9._:-]+/g, '-') || 'hsds', ...meta, ...options.meta },
  });
  const validated = validateDataset(imported.file, { source: input });
  const problems = [...imported.problems, ...validated.problems];
  const { errors, warnings } = countProblems(problems);
  const target = options.out ?? `${stem(input)}.json`;
  await writeJson(target, datasetToFile(validated.data));
  if (options.json)
    out.write(`${JSON.stringify({ errors, warnings, problems, written: target }, null, 2)}\n`);
  else {
    const lines = problemLines(problems, options.lang);
    if (lines.length) lines.push('');
    lines.push(countLine(errors, warnings, options.lang));
    lines.push(
      `Skrev ${target}: ${validated.data.organisations.length} organisationer, ${validated.data.services.length} insatser.`,
    );
    out.write(`${lines.join('\n')}\n`);
  }
  return errors ? 1 : 0;
}
