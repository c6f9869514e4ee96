import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { buildIndexFile, type Lang } from '@samordningskartan/sdk';
import { counted } from '../messages.js';
import { countLine, problemLines } from './report.js';

/** The index file's default name: the data file's name with `.index` added (`data.json.index`). */
export function defaultIndexPath(file: string): string {
  return `${file}.index`;
}

/**
 * `index <fil.json> [-o fil]`: writes the prebuilt search index next to the data file, for
 * `<insats-sok index="…">`. Only a file without errors gets one (the element then shows its records
 * without validating them again); the file is read as it will be served, byte for byte.
 */
export async function indexCommand(
  file: string,
  options: { json: boolean; lang: Lang; out?: string },
  out: NodeJS.WritableStream,
): Promise<number> {
  const bytes = new Uint8Array(await readFile(file));
  const result = buildIndexFile(bytes);
  const problems = result.problems.map((p) => ({ ...p, source: basename(file) }));
  const target = options.out ?? defaultIndexPath(file);
  if (result.file) await writeFile(target, result.file);
  const l = options.lang;
  if (options.json) {
    out.write(
      `${JSON.stringify(
        {
          errors: result.errors,
          warnings: result.warnings,
          problems,
          ...(result.file && { written: target, bytes: result.file.length, services: result.services }),
        },
        null,
        2,
      )}\n`,
    );
  } else {
    const lines = problemLines(problems, l);
    if (lines.length) lines.push('');
    lines.push(countLine(result.errors, result.warnings, l));
    if (result.file) {
      const kb = `${Math.round(result.file.length / 1024)} kB`;
      const what = counted(result.services, 'services', l);
      lines.push(l === 'sv' ? `Skrev ${target}: ${what}, ${kb}.` : `Wrote ${target}: ${what}, ${kb}.`);
    } else {
      lines.push(
        l === 'sv'
          ? 'Inget index skrevs: rätta felen i datafilen först.'
          : 'No index was written: correct the errors in the data file first.',
      );
    }
    out.write(`${lines.join('\n')}\n`);
  }
  return result.file ? 0 : 1;
}
