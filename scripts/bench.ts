// `pnpm bench`: every benchmark in one run, each figure a ratio against a baseline measured in the same
// run, plus the raw medians. Prints a table and writes bench-results.json. Not part of `npm test`.
// Run with `node --expose-gc --import tsx scripts/bench.ts [--quick] [--only search,load,typing,fallback,map,sizes]`
// (the package script does). With --only, the parts run replace theirs in bench-results.json, which
// keeps the others and says per part when it ran.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { runFallbackBench } from '../packages/elements/bench/fallback.bench.js';
// @ts-expect-error: plain JavaScript benchmark module
import { runKartaBench } from '../packages/elements/bench/karta.bench.mjs';
import { runTypingBench } from '../packages/elements/bench/sok-typing.bench.js';
import { runLoadBench } from '../packages/sdk/bench/load.bench.js';
import { runSearchBench } from '../packages/sdk/bench/search.bench.js';
// @ts-expect-error: plain JavaScript helper
import { measure as measureSizes } from './size.mjs';

const quick = process.argv.includes('--quick');
const sizes = quick ? [10_000] : [10_000, 50_000];
const at = process.argv.indexOf('--only');
const only = at > 0 ? new Set((process.argv[at + 1] ?? '').split(',')) : undefined;
const run = (part: string) => !only || only.has(part);
const file = new URL('../bench-results.json', import.meta.url);
const now = new Date().toISOString();
const results: Record<string, unknown> =
  only && existsSync(file)
    ? { ...JSON.parse(readFileSync(file, 'utf8')), node: process.version }
    : { date: now, node: process.version, quick };
const ran = (results.ran ?? {}) as Record<string, string>;
results.ran = ran;
for (const part of ['search', 'load', 'typing', 'fallback', 'map', 'sizes']) if (run(part)) ran[part] = now;
const summary: Array<[string, string, string, string]> = [];
const goal = (ok: boolean) => (ok ? 'met' : 'NOT MET');
const r2 = (n: number) => Math.round(n * 1000) / 1000;

if (run('search')) {
  console.log('── search (Node) ──');
  const search = await runSearchBench(sizes);
  results.search = search;
  for (const size of sizes) {
    const row = (engine: string) =>
      search.find((r) => r.size === size && r.engine.toLowerCase().startsWith(engine));
    const ours = row('ours')!;
    const mini = row('minisearch')!;
    const flex = row('flexsearch')!;
    summary.push([
      `search ${size}: p95 ours / MiniSearch`,
      `${r2(ours.p95 / mini.p95)}×`,
      '≤ 0.05×',
      goal(ours.p95 / mini.p95 <= 0.05),
    ]);
    summary.push([
      `search ${size}: p95 ours / FlexSearch`,
      `${r2(ours.p95 / flex.p95)}×`,
      '≤ 1×',
      goal(ours.p95 <= flex.p95),
    ]);
    summary.push([
      `search ${size}: build ours / MiniSearch`,
      `${r2(ours.buildMs / mini.buildMs)}×`,
      '≤ 1×',
      goal(ours.buildMs <= mini.buildMs),
    ]);
  }
}

if (run('load')) {
  console.log('── loading (Node) ──');
  const load = await runLoadBench(sizes);
  results.load = load;
  for (const row of load) {
    summary.push([
      `load ${row.name}: loadDataset / JSON.parse`,
      `${r2(row.ratio)}×`,
      '≤ 3×',
      goal(row.ratio <= 3),
    ]);
    summary.push([`load ${row.name}: gzip bytes on the wire`, String(row.gzipBytes), '', '']);
  }
}

if (run('typing')) {
  console.log('── typing in <insats-sok> (Chromium) ──');
  const typing = await runTypingBench(quick ? 10_000 : 50_000, quick ? 3 : 5);
  results.typing = typing;
  const t = `<insats-sok> ${typing.size} (catalogue in the ${typing.where}, median of ${typing.runs} runs)`;
  const range = (s: [number, number]) => `${s[0]}–${s[1]}`;
  summary.push([
    `${t}: typing, longest main-thread task, own time (clock; spread own, clock)`,
    `${r2(typing.longestTaskMs)} (${r2(typing.longestTaskWallMs)}; ${range(typing.longestTaskSpread.own)}, ${range(typing.longestTaskSpread.wall)}) ms`,
    '< 16 ms',
    goal(typing.longestTaskMs < 16),
  ]);
  summary.push([
    `${t}: keystroke to rendered, p95 of all runs (per run; work p95)`,
    `${r2(typing.keystrokeP95Ms)} (${typing.keystrokeP95PerRun.join(', ')}; ${r2(typing.keystrokeWorkP95Ms)}) ms`,
    '< 50 ms',
    goal(typing.keystrokeP95Ms < 50),
  ]);
  summary.push([
    `${t}: loading, longest main-thread task, own time (clock; spread own, clock)`,
    `${r2(typing.loadLongestTaskMs)} (${r2(typing.loadLongestTaskWallMs)}; ${range(typing.loadLongestTaskSpread.own)}, ${range(typing.loadLongestTaskSpread.wall)}) ms`,
    '≤ 50 ms',
    goal(typing.loadLongestTaskMs <= 50),
  ]);
  summary.push([
    `${t}: first results / fetch + JSON.parse (spread)`,
    `${r2(typing.loadRatio)}× (${range(typing.loadRatioSpread)})`,
    '≤ 8×',
    goal(typing.loadRatio <= 8),
  ]);
  summary.push([
    `${t}: first results with the prebuilt index / fetch + JSON.parse`,
    `${r2(typing.prebuiltRatio)}×${typing.prebuiltUsed ? '' : ' (index NOT used)'}`,
    '≤ 2×',
    goal(typing.prebuiltUsed && typing.prebuiltRatio <= 2),
  ]);
}

if (run('fallback')) {
  console.log('── the catalogue in the page, no worker allowed (Chromium) ──');
  const fallback = await runFallbackBench(quick ? 10_000 : 50_000, quick ? 1 : 3);
  results.fallback = fallback;
  for (const c of fallback.cases) {
    const name = `${c.element} ${fallback.size}, catalogue in the ${c.where} (median of ${fallback.runs})`;
    summary.push([
      `${name}: longest main-thread task from src to ready, own time (next longest; JSON.parse of the file alone)`,
      `${c.longestTaskMs} (${c.topTasksMs.slice(1).join(', ')}; ${c.parseMs}) ms`,
      '≤ 50 ms',
      goal(c.longestTaskMs <= 50),
    ]);
  }
}

if (run('map')) {
  console.log('── map (Chromium) ──');
  const map = (await runKartaBench()) as Array<{
    records: number;
    view: string;
    oursFirstPaintMs: number;
    oursLayoutDoneMs: number;
    plainCytoscapeMs: number;
    ourLayoutMs: number;
    concentricMs: number;
    deterministic: boolean;
    ratioDoneVsPlain: number;
    ratioLayoutVsConcentric: number;
    edgesThroughNodes: number;
    overlappingLabels: number;
    overlappingNodes: number;
    overlappingEdgeLabels: number;
    smallestLabelPx: number;
  }>;
  results.map = map;
  for (const n of map as unknown as Array<Record<string, number | string | boolean>>) {
    if (n.kind === 'national') {
      const name = `map national 5000 in 100 förbund (${n.view})`;
      summary.push([
        `${name}: first readable frame`,
        `${n.firstReadableMs} ms`,
        '≤ 1000',
        goal(Number(n.firstReadableMs) <= 1000),
      ]);
      summary.push([`${name}: pan/zoom`, `${n.panZoomFps} fps`, '≥ 30', goal(Number(n.panZoomFps) >= 30)]);
      summary.push([
        `${name}: readability`,
        `${n.edgesThroughNodes} / ${n.overlappingLabels} / ${n.overlappingNodes} / ${n.smallestLabelPx}`,
        '0/0/0/≥12',
        goal(
          !n.edgesThroughNodes &&
            !n.overlappingLabels &&
            !n.overlappingNodes &&
            Number(n.smallestLabelPx) >= 12,
        ),
      ]);
    } else if (n.kind === 'renderer')
      summary.push([`map 5000 flat, ${n.renderer} renderer: pan`, `${n.panFps} fps`, '', '']);
  }
  for (const m of map.filter((r) => !('kind' in r))) {
    const name = `map ${m.records} (${m.view})`;
    summary.push([`${name}: first paint`, `${r2(m.oursFirstPaintMs)} ms`, '', '']);
    summary.push([
      `${name}: finished map ours / plain Cytoscape`,
      `${r2(m.ratioDoneVsPlain)}×`,
      '≤ 1.1×',
      goal(m.ratioDoneVsPlain <= 1.1),
    ]);
    summary.push([
      `${name}: readability (through nodes / labels / nodes / edge labels overlapping / smallest px)`,
      `${m.edgesThroughNodes} / ${m.overlappingLabels} / ${m.overlappingNodes} / ${m.overlappingEdgeLabels} / ${m.smallestLabelPx}`,
      '0/0/0/0/≥12',
      goal(
        m.edgesThroughNodes === 0 &&
          m.overlappingLabels === 0 &&
          m.overlappingNodes === 0 &&
          m.overlappingEdgeLabels === 0 &&
          m.smallestLabelPx >= 12,
      ),
    ]);
    summary.push([
      `${name}: our layout / Cytoscape concentric`,
      `${r2(m.ratioLayoutVsConcentric)}×`,
      '≤ 1.5×',
      goal(m.ratioLayoutVsConcentric <= 1.5 && m.deterministic),
    ]);
  }
}

if (run('sizes')) {
  console.log('── sizes ──');
  const sizes2 = ((await measureSizes()) as { figures: Record<string, number> }).figures;
  results.sizes = sizes2;
  for (const [name, bytes] of Object.entries(sizes2))
    summary.push([`size ${name} (min+gzip)`, `${(bytes / 1024).toFixed(1)} KB`, '', '']);
}

writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log('\nSummary (ratios against baselines measured in this run)');
for (const [name, value, target, verdict] of summary) {
  console.log(`${name.padEnd(62)} ${value.padStart(12)}  ${target.padEnd(8)} ${verdict}`);
}
console.log('Raw medians of every figure are in bench-results.json.');
