// Loading benchmark: loadDataset (parse + validate with zod jitless + build the query indexes) against
// JSON.parse alone on the same text, and the gzip bytes a page downloads.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadDataset } from '../src/index.js';
import { generateCatalogue } from './generate-catalogue.js';

export interface LoadBenchRow {
  name: string;
  services: number;
  bytes: number;
  gzipBytes: number;
  jsonParseMs: number;
  loadDatasetMs: number;
  ratio: number;
  errors: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(fn: () => unknown | Promise<unknown>, runs: number): Promise<number> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

export async function runLoadBench(sizes = [10_000, 50_000]): Promise<LoadBenchRow[]> {
  const texts: Array<[string, string]> = [
    ['demo.json', readFileSync(new URL('../../../examples/data/demo.json', import.meta.url), 'utf8')],
    ...sizes.map((n): [string, string] => [`generated ${n}`, JSON.stringify(generateCatalogue(n, 7))]),
  ];
  const rows: LoadBenchRow[] = [];
  for (const [name, text] of texts) {
    const runs = text.length > 5_000_000 ? 3 : 7;
    const first = await loadDataset(new Response(text));
    const jsonParseMs = await time(() => JSON.parse(text), runs);
    const loadDatasetMs = await time(() => loadDataset(new Response(text)), runs);
    rows.push({
      name,
      services: first.dataset.services.length,
      bytes: Buffer.byteLength(text),
      gzipBytes: gzipSync(text, { level: 6 }).length,
      jsonParseMs,
      loadDatasetMs,
      ratio: loadDatasetMs / jsonParseMs,
      errors: first.errors,
    });
  }
  return rows;
}

export function printLoadBench(rows: LoadBenchRow[]): void {
  console.log('\nLoading: loadDataset (parse + validate + index) vs JSON.parse — goal ≤ 3×');
  console.log('file               insatser     bytes    gzip  JSON.parse ms  loadDataset ms  ratio');
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(18)} ${String(r.services).padStart(8)} ${String(r.bytes).padStart(9)} ${String(r.gzipBytes).padStart(7)} ${r.jsonParseMs.toFixed(1).padStart(14)} ${r.loadDatasetMs.toFixed(1).padStart(15)} ${r.ratio.toFixed(2).padStart(6)}×`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printLoadBench(await runLoadBench());
}
