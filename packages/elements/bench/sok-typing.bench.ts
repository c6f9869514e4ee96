// Typing and loading benchmark, in headless Chromium with <insats-sok> holding 50 000 generated
// insatser (the catalogue in its worker, as a page gets it from the script-tag build):
// - loading: from `src` set to the first results rendered, the longest main-thread task (goal
//   < 50 ms) and the time, against fetch + JSON.parse of the same file on the main thread of the
//   same page (goal ≤ 8×); with the prebuilt index (`index`), the same in a fresh page (goal ≤ 2×);
// - typing a 12-character query: the longest main-thread task (goal < 16 ms) and keystroke to the
//   result rendered, p95 (goal < 50 ms).
// Tasks come from a Chromium trace, each by the clock and by the thread's own run time (on a machine
// shared with other work the clock also counts the wait for a core). Five runs, each in a fresh browser
// context (no cache): the figures are medians, with the spread across runs beside them.
// Run: node --import tsx packages/elements/bench/sok-typing.bench.ts [size] [runs]
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../../../tests/support/browser.js';
import { startServer } from '../../../tests/support/server.js';
import { generateCatalogue } from '../../sdk/bench/generate-catalogue.js';
import { buildIndexFile } from '../../sdk/src/index.js';
import { buildCdn } from '../scripts/build-cdn.mjs';
import {
  longest,
  mainThread,
  marks,
  median,
  ownTimeBetween,
  percentile,
  spread,
  type TraceEvent,
  tasksOf,
  workerThread,
} from './trace.js';

export interface TypingBenchResult {
  size: number;
  query: string;
  runs: number;
  /** Longest main-thread task while typing, by the main thread's own run time: median of the runs. */
  longestTaskMs: number;
  /** The same by the clock (includes waiting for a core on a busy machine). */
  longestTaskWallMs: number;
  /** [smallest, largest] across runs, own time and clock. */
  longestTaskSpread: { own: [number, number]; wall: [number, number] };
  /** Keystroke to the result rendered and painted (clock), p95 of the keystrokes of all runs. */
  keystrokeP95Ms: number;
  /** p95 of each run's keystrokes. */
  keystrokeP95PerRun: number[];
  /** What the main thread and the worker ran per keystroke, by their own time: p95 of all runs. */
  keystrokeWorkP95Ms: number;
  /** Longest main-thread task from `src` set to the first results rendered, own time: median. */
  loadLongestTaskMs: number;
  loadLongestTaskWallMs: number;
  loadLongestTaskSpread: { own: [number, number]; wall: [number, number] };
  /** From `src` set to the first results rendered: median. */
  loadToReadyMs: number;
  /** fetch + JSON.parse of the same file on the main thread of the same page: median. */
  fetchParseMs: number;
  /** loadToReadyMs / fetchParseMs, per run: median, and its spread. */
  loadRatio: number;
  loadRatioSpread: [number, number];
  /** Where the catalogue ran. */
  where: string;
  /** From `src` set, with `index` (the prebuilt search index), to the first results rendered: median. */
  prebuiltLoadToReadyMs: number;
  /** The longest main-thread task meanwhile, own time: median. */
  prebuiltLoadLongestTaskMs: number;
  /** Whether the element reported the prebuilt index used (`prebuiltIndex` of its load event) in every run. */
  prebuiltUsed: boolean;
  /** Bytes of the index file and of the JSON file it belongs to. */
  prebuiltIndexBytes: number;
  jsonBytes: number;
  /** prebuiltLoadToReadyMs / fetch + JSON.parse in the same page, per run: median (goal ≤ 2), and spread. */
  prebuiltRatio: number;
  prebuiltRatioSpread: [number, number];
}

const QUERY = 'arbetsträning';
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

interface Run {
  loadToReadyMs: number;
  fetchParseMs: number;
  load: { wall: number; own: number };
  typing: { wall: number; own: number };
  keystrokes: number[];
  work: number[];
  where: string;
  prebuilt: { ms: number; used: boolean; own: number; fetchParseMs: number };
}

type Browser = Awaited<ReturnType<typeof launch>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;

const events = (trace: Buffer) =>
  (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;

/** The bench page in a fresh context (nothing cached from an earlier run), its element defined. */
async function freshPage(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('insats-sok'));
  await page.waitForTimeout(500);
  return { context, page };
}

/**
 * From `src` set (with `index`, the prebuilt index) to the first results: the time, whether the
 * element used the index, and the longest main-thread task meanwhile.
 */
async function timedLoad(browser: Browser, page: Page, index?: string) {
  await browser.startTracing(page, { categories: CATEGORIES });
  const { ms, used } = await page.evaluate(async (indexUrl) => {
    const el = document.querySelector('insats-sok') as HTMLElement & { src: string; index: string };
    const loaded = new Promise<CustomEvent<{ prebuiltIndex?: boolean }>>((r) =>
      el.addEventListener('insats-sok-load', (e) => r(e as CustomEvent<{ prebuiltIndex?: boolean }>), {
        once: true,
      }),
    );
    const t0 = performance.now();
    if (indexUrl) el.index = indexUrl;
    el.src = '/data/catalogue.json';
    const e = await loaded;
    return { ms: performance.now() - t0, used: e.detail.prebuiltIndex === true };
  }, index);
  const loadEvents = events(await browser.stopTracing());
  const main = mainThread(loadEvents);
  return { ms, used, longest: longest(main ? tasksOf(loadEvents, main) : []) };
}

async function oneRun(browser: Browser, url: string): Promise<Run> {
  const { context, page } = await freshPage(browser, url);
  try {
    const { ms: loadToReadyMs, longest: load } = await timedLoad(browser, page);
    const where = page.workers().length ? 'worker' : 'page';
    await page.waitForTimeout(1000);
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.locator('insats-sok').locator('input[type="search"]').first().click();
    const keystrokes: number[] = [];
    for (const [i, ch] of [...QUERY].entries()) {
      const t = await page.evaluate(
        async ([c, n]) => {
          const host = document.querySelector('insats-sok') as HTMLElement & {
            updateComplete: Promise<boolean>;
          };
          const el = host.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
          performance.mark(`sk-key-${n}`);
          const t0 = performance.now();
          el.value += c;
          el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: c }));
          // Until the result for this text is rendered (updateComplete waits for the search) and painted.
          await host.updateComplete;
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          return performance.now() - t0;
        },
        [ch, i] as const,
      );
      keystrokes.push(t);
      await page.waitForTimeout(60);
    }
    await page.evaluate(() => performance.mark('sk-key-end'));
    const typingEvents = events(await browser.stopTracing());
    const main = mainThread(typingEvents);
    const worker = workerThread(typingEvents);
    const mainTasks = main ? tasksOf(typingEvents, main) : [];
    const at = marks(typingEvents, 'sk-key-').map(([, t]) => t);
    const end = at.pop();
    const both = [...mainTasks, ...(worker ? tasksOf(typingEvents, worker) : [])];
    // Last, so its garbage is not collected while typing.
    const fetchParseMs = await fetchParse(page);
    return {
      loadToReadyMs,
      fetchParseMs,
      load,
      typing: longest(mainTasks),
      keystrokes,
      work: ownTimeBetween(both, at, end),
      where,
      prebuilt: await prebuiltRun(browser, url),
    };
  } finally {
    await context.close();
  }
}

/**
 * The baseline: what the page would spend reading the file itself ('no-store': from the network, not
 * from the cache the element's load filled). Median of 3.
 */
const fetchParse = (page: Page) =>
  page.evaluate(async () => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const text = await (await fetch('/data/catalogue.json', { cache: 'no-store' })).text();
      JSON.parse(text);
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b)[1]!;
  });

/** First results with the prebuilt index, in a fresh context, against fetch + parse in that page. */
async function prebuiltRun(browser: Browser, url: string): Promise<Run['prebuilt']> {
  const { context, page } = await freshPage(browser, url);
  try {
    const { ms, used, longest: load } = await timedLoad(browser, page, '/data/catalogue.json.index');
    return { ms, used, own: load.own, fetchParseMs: await fetchParse(page) };
  } finally {
    await context.close();
  }
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export async function runTypingBench(size = 50_000, runs = 5): Promise<TypingBenchResult> {
  const { out } = await buildCdn({ outDir: mkdtempSync(join(tmpdir(), 'sok-bench-cdn-')), quiet: true });
  const dir = mkdtempSync(join(tmpdir(), 'sok-bench-'));
  const json = new TextEncoder().encode(JSON.stringify(generateCatalogue(size, 7)));
  writeFileSync(join(dir, 'catalogue.json'), json);
  // The prebuilt index (`samordningskartan index catalogue.json` writes the same file).
  const indexFile = buildIndexFile(json).file!;
  writeFileSync(join(dir, 'catalogue.json.index'), indexFile);
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>bench</title><script type="module" src="/dist/insats-sok.js"></script></head><body><insats-sok></insats-sok></body></html>`,
  );
  const server = await startServer({ mounts: { '/dist/': out, '/data/': dir, '/': dir } });
  const browser = await launch();
  try {
    const all: Run[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await oneRun(browser, `${server.url}/`);
      all.push(run);
      console.log(
        `  run ${i + 1}: typing longest task ${r1(run.typing.own)} ms own (${r1(run.typing.wall)} clock), ` +
          `keystrokes p95 ${r1(percentile(run.keystrokes, 0.95))} ms, loading longest task ${r1(run.load.own)} ms own ` +
          `(${r1(run.load.wall)} clock), first results ${r1(run.loadToReadyMs / run.fetchParseMs)}× fetch + parse, ` +
          `with the index ${r1(run.prebuilt.ms / run.prebuilt.fetchParseMs)}×`,
      );
    }
    const pick = (f: (r: Run) => number) => all.map(f);
    return {
      size,
      query: QUERY,
      runs,
      longestTaskMs: median(pick((r) => r.typing.own)),
      longestTaskWallMs: median(pick((r) => r.typing.wall)),
      longestTaskSpread: { own: spread(pick((r) => r.typing.own)), wall: spread(pick((r) => r.typing.wall)) },
      keystrokeP95Ms: percentile(
        all.flatMap((r) => r.keystrokes),
        0.95,
      ),
      keystrokeP95PerRun: pick((r) => r1(percentile(r.keystrokes, 0.95))),
      keystrokeWorkP95Ms: percentile(
        all.flatMap((r) => r.work),
        0.95,
      ),
      loadLongestTaskMs: median(pick((r) => r.load.own)),
      loadLongestTaskWallMs: median(pick((r) => r.load.wall)),
      loadLongestTaskSpread: { own: spread(pick((r) => r.load.own)), wall: spread(pick((r) => r.load.wall)) },
      loadToReadyMs: median(pick((r) => r.loadToReadyMs)),
      fetchParseMs: median(pick((r) => r.fetchParseMs)),
      loadRatio: median(pick((r) => r.loadToReadyMs / r.fetchParseMs)),
      loadRatioSpread: spread(pick((r) => r.loadToReadyMs / r.fetchParseMs)),
      where: [...new Set(all.map((r) => r.where))].join('/'),
      prebuiltLoadToReadyMs: median(pick((r) => r.prebuilt.ms)),
      prebuiltLoadLongestTaskMs: median(pick((r) => r.prebuilt.own)),
      prebuiltUsed: all.every((r) => r.prebuilt.used),
      prebuiltIndexBytes: indexFile.length,
      jsonBytes: json.length,
      prebuiltRatio: median(pick((r) => r.prebuilt.ms / r.prebuilt.fetchParseMs)),
      prebuiltRatioSpread: spread(pick((r) => r.prebuilt.ms / r.prebuilt.fetchParseMs)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runTypingBench(Number(process.argv[2] ?? 50_000), Number(process.argv[3] ?? 5));
  console.log(r);
}
