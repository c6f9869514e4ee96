// Size budgets: min+gzip bytes of what a page downloads for each entry.
//   node scripts/size.mjs           checks budgets.json (the goals); fails when a figure is over its budget.
//   node scripts/size.mjs --ratchet checks size-baseline.json (the sizes reached so far, run by `npm test`):
//                                   fails when a figure grows; `--update` lowers the baseline after a gain.
// Both fail when a budget or baseline was raised above its first value.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { buildCdn } from '../packages/elements/scripts/build-cdn.mjs';

const root = new URL('..', import.meta.url).pathname;
// The first values of each file: budgets.json and size-baseline.json may lower them, never raise them.
const CEILINGS = {
  budget: {
    'insats-sok': 30720,
    'samordning-karta (before Cytoscape)': 35840,
    'cytoscape chunk': 143360,
    'samordning-analys': 30720,
    'sdk core (Node or bundler)': 20480,
  },
  baseline: {
    'insats-sok': 46080,
    'samordning-karta (before Cytoscape)': 46592,
    'cytoscape chunk': 135680,
    'samordning-analys': 41728,
    'sdk core (Node or bundler)': 22016,
  },
};
// What every SDK user needs: loading, validation, merging and the query API. Search, graph, analysis
// and interop are separate modules a bundler leaves out when unused.
const SDK_CORE = `export { loadDataset, validateDataset, mergeDatasets, Dataset, formatProblem } from './packages/sdk/src/index.ts';`;

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** The file and every chunk it imports statically (what loads before any dynamic import). */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    staticClosure(join(dirname(file), m[1]), seen);
  }
  return seen;
}
function dynamicImports(file) {
  return [...readFileSync(file, 'utf8').matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) =>
    join(dirname(file), m[1]),
  );
}
const sizeOf = (files) => [...files].reduce((n, f) => n + gz(readFileSync(f)), 0);

export async function measure() {
  const { out } = await buildCdn({ outDir: mkdtempSync(join(tmpdir(), 'sk-size-')), quiet: true });
  const figures = {};
  const sok = staticClosure(join(out, 'insats-sok.js'));
  figures['insats-sok'] = sizeOf(sok);
  const sokAll = [...sok].flatMap((f) => [f, ...dynamicImports(f)]);
  if (sokAll.some((f) => /cytoscape/.test(f)))
    throw new Error('insats-sok.js must never load the Cytoscape chunk');
  const karta = staticClosure(join(out, 'samordning-karta.js'));
  if ([...karta].some((f) => /cytoscape/.test(f)))
    throw new Error('Cytoscape must be a lazily loaded chunk of samordning-karta.js');
  figures['samordning-karta (before Cytoscape)'] = sizeOf(karta);
  const cyto = [...karta].flatMap(dynamicImports).filter((f) => /cytoscape/.test(f));
  if (cyto.length === 0) throw new Error('no Cytoscape chunk found behind samordning-karta.js');
  figures['cytoscape chunk'] = sizeOf(new Set(cyto));
  figures['samordning-analys'] = sizeOf(staticClosure(join(out, 'samordning-analys.js')));
  const sdk = await esbuild({
    stdin: { contents: SDK_CORE, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  figures['sdk core (Node or bundler)'] = gz(sdk.outputFiles[0].contents);
  return figures;
}

/** Checks figures against limits; returns the number of failures and prints a table. */
function check(figures, limits, label) {
  let failed = 0;
  console.log(`min+gzip                                 figure  ${label.padStart(9)}`);
  for (const [name, ceiling] of Object.entries(CEILINGS[label])) {
    const limit = limits[name];
    const size = figures[name];
    let verdict = size <= limit ? 'ok' : `OVER by ${((size - limit) / 1024).toFixed(1)} KB`;
    if (limit === undefined || limit > ceiling) verdict = `${label} missing or raised above ${ceiling}`;
    if (verdict !== 'ok') failed++;
    const kb = (n) => `${(n / 1024).toFixed(1).padStart(6)} KB`;
    console.log(`${name.padEnd(38)} ${kb(size)} ${kb(limit ?? 0)}  ${verdict}`);
  }
  return failed;
}

if (process.argv[1]?.endsWith('size.mjs')) {
  const ratchet = process.argv.includes('--ratchet');
  const file = join(root, ratchet ? 'size-baseline.json' : 'budgets.json');
  const limits = JSON.parse(readFileSync(file, 'utf8'));
  const figures = await measure();
  if (ratchet && process.argv.includes('--update')) {
    for (const [name, size] of Object.entries(figures)) {
      // Lower only; 256 bytes of slack absorb bundler noise between runs.
      limits[name] = Math.min(limits[name] ?? Number.POSITIVE_INFINITY, size + 256, CEILINGS.baseline[name]);
    }
    writeFileSync(file, `${JSON.stringify(limits, null, 2)}\n`);
  }
  const failed = check(figures, limits, ratchet ? 'baseline' : 'budget');
  if (ratchet) {
    const goals = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'));
    const over = Object.keys(CEILINGS.budget).filter((n) => figures[n] > goals[n]);
    if (over.length)
      console.log(`Not yet within the goals of budgets.json (\`pnpm size\`): ${over.join(', ')}`);
  }
  process.exitCode = failed ? 1 : 0;
}
