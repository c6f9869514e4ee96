// The catalogue in the page, where no worker may start (a CSP without `worker-src`): in headless
// Chromium, the script-tag build under docs/bädda-in.md's strict CSP with `worker-src 'none'`, so the
// elements choose the fallback themselves. From `src` set to the element ready, the longest
// main-thread task (goal ≤ 50 ms: the same code runs in slices), for
// - <insats-sok> with 50 000 generated insatser (read, validate, index), and
// - <samordning-analys> over every förbund of a generated national dataset of 50 000 records (read,
//   validate, then coverage, collaboration, the overview and the follow-up of all of them),
// beside `JSON.parse` of the same file in the same page, one task no code can slice. Tasks by the
// thread's own time, from a Chromium trace; three runs each in a fresh context, medians.
// Run: node --import tsx packages/elements/bench/fallback.bench.ts [size] [runs]; with SK_BENCH_WORKER=1
// the CSP allows the worker (the same pages for comparison).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../../../tests/support/browser.js';
import { STRICT_CSP, startServer } from '../../../tests/support/server.js';
import { generateCatalogue } from '../../sdk/bench/generate-catalogue.js';
import { generateNationalDataset } from '../../sdk/bench/generate-national.js';
import { buildCdn } from '../scripts/build-cdn.mjs';
import { longest, mainThread, median, spread, type TraceEvent, tasksOf } from './trace.js';

export interface FallbackCase {
  element: string;
  data: string;
  /** Where the catalogue ran in every run (the bench expects "page"). */
  where: string;
  /** From `src` set to the element's load event with its view rendered: median. */
  loadToReadyMs: number;
  /** The longest main-thread task meanwhile, own time: median, and its spread. */
  longestTaskMs: number;
  longestTaskSpread: [number, number];
  /** The three longest tasks of the median run, own time. */
  topTasksMs: number[];
  /** `JSON.parse` of the same file in the same page (a task of its own): median. */
  parseMs: number;
}

export interface FallbackBenchResult {
  size: number;
  runs: number;
  cases: FallbackCase[];
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
const CSP = process.env.SK_BENCH_WORKER
  ? STRICT_CSP
  : STRICT_CSP.replace("worker-src 'self' blob:", "worker-src 'none'");

type Browser = Awaited<ReturnType<typeof launch>>;

const CASES = [
  {
    element: 'insats-sok',
    data: 'catalogue.json',
    event: 'insats-sok-load',
  },
  {
    element: 'samordning-analys',
    data: 'national.json',
    event: 'samordning-analys-load',
  },
] as const;

async function oneRun(browser: Browser, base: string, c: (typeof CASES)[number]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${base}/${c.element}.html`);
    await page.waitForFunction((name) => customElements.get(name), c.element);
    await page.waitForTimeout(300);
    await browser.startTracing(page, { categories: CATEGORIES });
    const ms = await page.evaluate(
      async ([name, event, data]) => {
        const el = document.querySelector(name) as HTMLElement & {
          src: string;
          updateComplete: Promise<boolean>;
        };
        const loaded = new Promise((r) => el.addEventListener(event, r, { once: true }));
        const t0 = performance.now();
        el.src = `/data/${data}`;
        await loaded;
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - t0;
      },
      [c.element, c.event, c.data] as const,
    );
    const events = (
      JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }
    ).traceEvents;
    const main = mainThread(events);
    const tasks = main ? tasksOf(events, main) : [];
    const where = page.workers().length ? 'worker' : 'page';
    const parseMs = await page.evaluate(async (data) => {
      const text = await (await fetch(`/data/${data}`)).text();
      await new Promise((r) => setTimeout(r, 50));
      const t0 = performance.now();
      JSON.parse(text);
      return performance.now() - t0;
    }, c.data);
    return {
      ms,
      where,
      longest: longest(tasks).own,
      top: tasks
        .map((t) => t.own)
        .sort((a, b) => b - a)
        .slice(0, 3),
      parseMs,
    };
  } finally {
    await context.close();
  }
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export async function runFallbackBench(size = 50_000, runs = 3): Promise<FallbackBenchResult> {
  const { out } = await buildCdn({ outDir: mkdtempSync(join(tmpdir(), 'fallback-bench-cdn-')), quiet: true });
  const dir = mkdtempSync(join(tmpdir(), 'fallback-bench-'));
  writeFileSync(join(dir, 'catalogue.json'), JSON.stringify(generateCatalogue(size, 7)));
  writeFileSync(join(dir, 'national.json'), JSON.stringify(generateNationalDataset(size, 100, 3)));
  for (const c of CASES)
    writeFileSync(
      join(dir, `${c.element}.html`),
      `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>bench</title><script type="module" src="/dist/${c.element}.js"></script></head><body><${c.element}></${c.element}></body></html>`,
    );
  const server = await startServer({
    mounts: { '/dist/': out, '/data/': dir, '/': dir },
    pageHeaders: { 'content-security-policy': CSP },
  });
  const browser = await launch();
  try {
    const cases: FallbackCase[] = [];
    for (const c of CASES) {
      const all: Awaited<ReturnType<typeof oneRun>>[] = [];
      for (let i = 0; i < runs; i++) {
        const run = await oneRun(browser, server.url, c);
        all.push(run);
        console.log(
          `  ${c.element} run ${i + 1} (${run.where}): longest task ${r1(run.longest)} ms own, ` +
            `next ${run.top.slice(1).map(r1).join(', ')}; ready in ${Math.round(run.ms)} ms; JSON.parse ${r1(run.parseMs)} ms`,
        );
      }
      const longestAll = all.map((r) => r.longest);
      const mid = [...all].sort((a, b) => a.longest - b.longest)[Math.floor(all.length / 2)]!;
      cases.push({
        element: c.element,
        data: c.data,
        where: [...new Set(all.map((r) => r.where))].join('/'),
        loadToReadyMs: Math.round(median(all.map((r) => r.ms))),
        longestTaskMs: r1(median(longestAll)),
        longestTaskSpread: spread(longestAll),
        topTasksMs: mid.top.map(r1),
        parseMs: r1(median(all.map((r) => r.parseMs))),
      });
    }
    return { size, runs, cases };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runFallbackBench(Number(process.argv[2] ?? 50_000), Number(process.argv[3] ?? 3));
  console.log(JSON.stringify(r, null, 2));
}
