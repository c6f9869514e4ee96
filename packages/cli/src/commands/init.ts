import { extname } from 'node:path';
import { type Lang, validateDataset } from '@samordningskartan/sdk';
import { starterDataset } from '@samordningskartan/sdk/interop';
import { writeJson, writeSpreadsheet } from './io.js';

export interface InitOptions {
  name: string;
  kommuner: string;
  id?: string;
  out?: string;
  lang: Lang;
  json?: boolean;
}

/**
 * `init --name "Samordningsförbundet X" --kommuner "Västerås, 1981" [-o fil]`: a starter dataset, as JSON,
 * or as a workbook (`-o fil.xlsx`) or CSV folder (`-o mapp/`) to fill in.
 */
export async function initCommand(options: InitOptions, out: NodeJS.WritableStream): Promise<number> {
  const result = starterDataset({
    name: options.name,
    kommuner: options.kommuner.split(/[,;]/),
    ...(options.id && { id: options.id }),
  });
  const sv = options.lang === 'sv';
  if (!result.ok) {
    if (options.json) {
      const problems = result.errors.map((message) => ({
        severity: 'error',
        path: '',
        code: 'invalid-value',
        message,
      }));
      out.write(
        `${JSON.stringify({ errors: problems.length, warnings: 0, problems, written: null }, null, 2)}\n`,
      );
    } else
      out.write(
        `${result.errors.map((e) => `${sv ? 'FEL    ' : 'ERROR  '}  ${e[options.lang]}`).join('\n')}\n`,
      );
    return 1;
  }
  const target = options.out ?? `${result.file.meta.id}.json`;
  const ext = extname(target).toLowerCase();
  if (ext === '.json') await writeJson(target, result.file);
  else await writeSpreadsheet(validateDataset(result.file).data, target);
  const orgs = result.file.organisations ?? [];
  const members = orgs.slice(1).map((o) => o.name as string);
  if (options.json) {
    out.write(
      `${JSON.stringify({ errors: 0, warnings: 0, problems: [], written: target, members }, null, 2)}\n`,
    );
    return 0;
  }
  const next =
    ext === '.json'
      ? `samordningskartan export xlsx ${target} -o ${target.replace(/\.json$/i, '')}.xlsx`
      : `samordningskartan import ${target}`;
  out.write(
    [
      sv
        ? `Skrev ${target}: ${result.file.meta.name as string} med ${members.length} medlemmar`
        : `Wrote ${target}: ${result.file.meta.name as string} with ${members.length} members`,
      `(${members.join(', ')}).`,
      ext === '.json'
        ? sv
          ? `Nästa steg: ${next}`
          : `Next: ${next}`
        : sv
          ? `Nästa steg: fyll i insatserna och kör ${next}`
          : `Next: fill in the insatser and run ${next}`,
      '',
    ].join('\n'),
  );
  return 0;
}
