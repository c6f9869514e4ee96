import { Writable } from 'node:stream';
import { main } from '../../src/cli.js';

/** Runs the CLI in-process, as `samordningskartan ...args`, collecting what it prints. */
export async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, done) {
        append(String(chunk));
        done();
      },
    });
  const code = await main(
    args,
    sink((s) => (out += s)),
    sink((s) => (err += s)),
  );
  return { code, out, err };
}
