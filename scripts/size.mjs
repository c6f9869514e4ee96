// Size check: min+gzip bytes of what a page downloads for each script-tag bundle, read from the
// build's metafile (which files each entry imports, statically or lazily), never from the code.
// The limits are in budgets.json, per figure:
//   "goal"    what we aim for;             `node scripts/size.mjs` (`pnpm size`) fails when over it.
//   "reached" the size reached so far;     `node scripts/size.mjs --ratchet` (run by `npm test`) fails
//             when a figure grows past it; `--ratchet --update` lowers it after a gain.
// Both only go down: each fails when a limit is above the first value git has for it. The one
// exception is a "reached" raised on purpose: the figure then carries a "why" in budgets.json that
// says which features cost the bytes (growth is never unnoticed, and the reason stays with the limit).
// Every run also prints each entry's files (entry, static chunks, worker, lazy chunks) with min and
// gzip sizes: all that a page downloads.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { buildCdn, ENTRIES } from '../packages/elements/scripts/build-cdn.mjs';

const root = new URL('..', import.meta.url).pathname;
const BUDGETS = join(root, 'budgets.json');
// What every SDK user needs: loading, validation, merging and the query API. Search, graph, analysis
// and interop are separate modules a bundler leaves out when unused.
const SDK_CORE = `export { loadDataset, validateDataset, mergeDatasets, Dataset, formatProblem } from './packages/sdk/src/index.ts';`;

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1).padStart(6)} KB`;

/**
 * Files an output loads: `static` before it runs, `lazy` on a dynamic import (and what those load),
 * `worker` what it runs in a worker (or in the page where no worker starts) once it loads data.
 */
export function closure(metafile, file) {
  const statics = new Set();
  const lazy = new Set();
  const worker = new Set();
  const visit = (f, into) => {
    if (statics.has(f) || lazy.has(f) || worker.has(f)) return;
    into.add(f);
    for (const i of metafile.outputs[f]?.imports ?? []) {
      const next =
        i.kind === 'worker' ? worker : i.kind === 'dynamic-import' && into === statics ? lazy : into;
      visit(i.path, next);
    }
  };
  visit(file, statics);
  return { statics: [...statics], lazy: [...lazy], worker: [...worker] };
}

/** Builds the bundles and returns the figures and, per entry, the files a page downloads. */
export async function measure() {
  const dir = mkdtempSync(join(tmpdir(), 'sk-size-'));
  try {
    const { out, metafile } = await buildCdn({ outDir: dir, quiet: true });
    const bytes = (f) => {
      const b = readFileSync(join(out, f));
      return { file: f, min: b.length, gz: gz(b) };
    };
    const pages = {};
    for (const name of Object.keys(ENTRIES)) {
      const { statics, lazy, worker } = closure(metafile, `${name}.js`);
      pages[name] = { statics: statics.map(bytes), lazy: lazy.map(bytes), worker: worker.map(bytes) };
    }
    const sum = (files) => files.reduce((n, f) => n + f.gz, 0);
    const isCyto = (f) => metafile.outputs[f.file].entryPoint?.includes('cytoscape');
    if ([...pages['insats-sok'].statics, ...pages['insats-sok'].lazy].some(isCyto))
      throw new Error('insats-sok.js must never load Cytoscape');
    for (const name of ['samordning-karta', 'samordningskartan']) {
      if (pages[name].statics.some(isCyto)) throw new Error(`Cytoscape must be a lazy chunk of ${name}.js`);
      if (!pages[name].lazy.some(isCyto)) throw new Error(`no Cytoscape chunk found behind ${name}.js`);
    }
    const figures = {
      'insats-sok (main thread)': sum(pages['insats-sok'].statics),
      'catalogue worker': sum(pages['insats-sok'].worker),
      'insats-sok, all a page downloads': sum([
        ...pages['insats-sok'].statics,
        ...pages['insats-sok'].worker,
      ]),
      'samordning-karta (before Cytoscape)': sum(pages['samordning-karta'].statics),
      'cytoscape chunk': sum(pages['samordning-karta'].lazy.filter(isCyto)),
      // Loaded with Cytoscape on the first draw: positions, routes, edge labels, the canvas's style.
      'map drawing chunk': sum(pages['samordning-karta'].lazy.filter((f) => !isCyto(f))),
      'samordning-analys': sum(pages['samordning-analys'].statics),
      'catalogue worker with analysis': sum(pages['samordning-analys'].worker),
      'catalogue worker with search and analysis': sum(pages.samordningskartan.worker),
      'samordningskartan, all three (before Cytoscape)': sum(pages.samordningskartan.statics),
    };
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
    return { figures, pages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printPages(pages) {
  console.log('What a page downloads per bundle (min / min+gzip):');
  for (const [name, { statics, lazy, worker }] of Object.entries(pages)) {
    const total = (files) => files.reduce((n, f) => n + f.gz, 0);
    console.log(`  ${name}.js`);
    for (const f of statics) console.log(`    ${f.file.padEnd(40)} ${kb(f.min)} ${kb(f.gz)}`);
    for (const f of worker) console.log(`    ${`${f.file} (worker)`.padEnd(40)} ${kb(f.min)} ${kb(f.gz)}`);
    for (const f of lazy) console.log(`    ${`${f.file} (lazy)`.padEnd(40)} ${kb(f.min)} ${kb(f.gz)}`);
    const parts = [`main thread ${kb(total(statics)).trim()}`];
    if (worker.length) parts.push(`with the worker ${kb(total([...statics, ...worker])).trim()}`);
    if (lazy.length)
      parts.push(`all of it with the lazy chunks ${kb(total([...statics, ...worker, ...lazy])).trim()}`);
    console.log(`    ${parts.join(', ')}`);
  }
}

/**
 * The first value git has for each limit (`goal` or `reached`) of each figure: limits may go down,
 * never up. Undefined outside a git checkout (a package tarball), where the check is skipped.
 */
function firstValues() {
  const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: 'pipe' });
  let commits;
  try {
    commits = git('log', '--reverse', '--format=%H', '--', 'budgets.json').split('\n').filter(Boolean);
  } catch {
    return undefined;
  }
  const first = {};
  for (const c of commits) {
    const old = JSON.parse(git('show', `${c}:budgets.json`));
    for (const [name, limits] of Object.entries(old)) {
      if (typeof limits !== 'object' || limits === null) continue; // the older flat format
      for (const [kind, value] of Object.entries(limits)) first[`${name}.${kind}`] ??= value;
    }
  }
  return first;
}

/** Checks figures against one kind of limit; prints a table and returns the number of failures. */
function check(figures, budgets, kind, first) {
  let failed = 0;
  console.log(`\nmin+gzip${' '.repeat(42)}figure ${kind.padStart(9)}`);
  for (const [name, size] of Object.entries(figures)) {
    const limit = budgets[name]?.[kind];
    const was = first?.[`${name}.${kind}`];
    let verdict =
      limit === undefined ? 'no limit' : size <= limit ? 'ok' : `OVER by ${kb(size - limit).trim()}`;
    const why = kind === 'reached' ? budgets[name]?.why : undefined;
    if (limit !== undefined && was !== undefined && limit > was && !why)
      verdict = `${kind} raised above ${was} without a "why"`;
    if (verdict.startsWith('OVER') || verdict.includes('raised')) failed++;
    console.log(
      `${name.padEnd(48)} ${kb(size)} ${limit === undefined ? '         —' : kb(limit)}  ${verdict}`,
    );
  }
  return failed;
}

if (process.argv[1]?.endsWith('size.mjs')) {
  const ratchet = process.argv.includes('--ratchet');
  const kind = ratchet ? 'reached' : 'goal';
  const budgets = JSON.parse(readFileSync(BUDGETS, 'utf8'));
  const { figures, pages } = await measure();
  printPages(pages);
  if (ratchet && process.argv.includes('--update')) {
    for (const [name, size] of Object.entries(figures)) {
      budgets[name] ??= {};
      // Lower only; 256 bytes of slack absorb bundler noise between runs.
      budgets[name].reached = Math.min(budgets[name].reached ?? Number.POSITIVE_INFINITY, size + 256);
    }
    writeFileSync(BUDGETS, `${JSON.stringify(budgets, null, 2)}\n`);
  }
  const failed = check(figures, budgets, kind, firstValues());
  if (ratchet) {
    const over = Object.keys(figures).filter(
      (n) => figures[n] > (budgets[n]?.goal ?? Number.POSITIVE_INFINITY),
    );
    if (over.length) console.log(`Not yet within the goals (\`pnpm size\`): ${over.join(', ')}`);
  }
  process.exitCode = failed ? 1 : 0;
}
