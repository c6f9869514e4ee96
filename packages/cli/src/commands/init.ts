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
  if (!result.ok) {
    out.write(`${result.errors.map((e) => `FEL      ${e[options.lang]}`).join('\n')}\n`);
    return 1;
  }
  const target = options.out ?? `${result.file.meta.id}.json`;
  const ext = extname(target).toLowerCase();
  if (ext === '.json') await writeJson(target, result.file);
  else await writeSpreadsheet(validateDataset(result.file).data, target);
  const orgs = result.file.organisations ?? [];
  out.write(
    [
      `Skrev ${target}: ${result.file.meta.name as string} med ${orgs.length - 1} medlemmar`,
      `(${orgs
        .slice(1)
        .map((o) => o.name as string)
        .join(', ')}).`,
      ext === '.json'
        ? `Nästa steg: samordningskartan export xlsx ${target} -o ${target.replace(/\.json$/i, '')}.xlsx`
        : `Nästa steg: fyll i insatserna och kör samordningskartan import ${target}`,
      '',
    ].join('\n'),
  );
  return 0;
}
