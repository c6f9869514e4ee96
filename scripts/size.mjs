// Size budgets: min+gzip bytes of what a page downloads for each entry, checked against budgets.json.
// Fails when a figure is over its budget, or when a budget was raised above its first value.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { buildCdn } from '../packages/elements/scripts/build-cdn.mjs';

const root = new URL('..', import.meta.url).pathname;
// The budgets the project started with; budgets.json may lower them, never raise them.
const CEILINGS = {
  'insats-sok': 30720,
  'samordning-karta (before Cytoscape)': 35840,
  'cytoscape chunk': 143360,
  'samordning-analys': 30720,
  'sdk (Node or bundler)': 20480,
};

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
  return [...readFileSync(file, 'utf8').matchAll(/import\(["'](\.{1,2}\/[^"']+)["']\)/g)].map((m) =>
    join(dirname(file), m[1]),
  );
}
const sizeOf = (files) => [...files].reduce((n, f) => n + gz(readFileSync(f)), 0);

export async function measure() {
  const { out } = await buildCdn();
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
    entryPoints: [join(root, 'packages/sdk/src/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  figures['sdk (Node or bundler)'] = gz(sdk.outputFiles[0].contents);
  return figures;
}

if (process.argv[1]?.endsWith('size.mjs')) {
  const budgets = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'));
  const figures = await measure();
  let failed = 0;
  console.log('min+gzip            figure     budget');
  for (const [name, ceiling] of Object.entries(CEILINGS)) {
    const budget = budgets[name];
    const size = figures[name];
    let verdict = size <= budget ? 'ok' : 'OVER BUDGET';
    if (budget === undefined || budget > ceiling) verdict = `budget missing or raised above ${ceiling}`;
    if (verdict !== 'ok') failed++;
    console.log(
      `${name.padEnd(38)} ${(size / 1024).toFixed(1).padStart(6)} KB ${(budget / 1024).toFixed(1).padStart(6)} KB  ${verdict}`,
    );
  }
  process.exitCode = failed ? 1 : 0;
}
