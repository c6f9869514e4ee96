import { basename } from 'node:path';
import { type Lang, loadDataset } from '@samordningskartan/sdk';
import { datasetToFile, slugify } from '@samordningskartan/sdk/interop';
import { counted } from '../messages.js';
import { stem, writeJson } from './io.js';
import { countLine, problemLines } from './report.js';
import { readSource } from './validate.js';

/** `merge <filer...> -o national.json`: the SDK's merge rules; the result is written even when files disagree. */
export async function mergeCommand(
  files: string[],
  target: string,
  options: { json: boolean; lang: Lang; id?: string; name?: string; publisher?: string },
  out: NodeJS.WritableStream,
): Promise<number> {
  const sources = await Promise.all(files.map(readSource));
  const result = await loadDataset(sources, { labels: files.map((f) => basename(f)) });
  if (result.fatal && result.dataset.organisations.length === 0) {
    out.write(
      `${problemLines(result.problems, options.lang).join('\n')}\n${options.lang === 'sv' ? 'Ingen fil skrevs.' : 'No file was written.'}\n`,
    );
    return 1;
  }
  const data = result.dataset.data;
  // The SDK joins the parts' ids with "+", which is not a valid id: the merged file gets its own.
  data.meta = {
    ...data.meta,
    id: options.id ?? slugify(stem(target)),
    ...(options.name && { name: options.name }),
    ...(options.publisher && { publisher: options.publisher }),
  };
  await writeJson(target, datasetToFile(data));
  if (options.json)
    out.write(
      `${JSON.stringify({ errors: result.errors, warnings: result.warnings, problems: result.problems, written: target }, null, 2)}\n`,
    );
  else {
    const lines = problemLines(result.problems, options.lang);
    if (lines.length) lines.push('');
    lines.push(countLine(result.errors, result.warnings, options.lang));
    const d = result.dataset;
    const l = options.lang;
    const what = `${counted(files.length, 'files', l)}, ${counted(d.organisations.length, 'organisations', l)}, ${counted(d.services.length, 'services', l)}`;
    lines.push(l === 'sv' ? `Skrev ${target}: ${what}.` : `Wrote ${target}: ${what}.`);
    out.write(`${lines.join('\n')}\n`);
  }
  return result.errors ? 1 : 0;
}
