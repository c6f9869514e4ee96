// Typing and loading benchmark, in headless Chromium with <insats-sok> holding 50 000 generated
// insatser (the catalogue in its worker, as a page gets it from the script-tag build):
// - loading: from `src` set to the first results rendered, the longest main-thread task (goal
//   < 50 ms) and the time, against fetch + JSON.parse of the same file on the main thread of the
//   same page (goal ≤ 8×);
// - typing a 12-character query: the longest main-thread task (goal < 16 ms) and keystroke to the
//   result rendered, p95 (goal < 50 ms).
// Main-thread tasks come from a Chromium trace. Run: node --import tsx packages/elements/bench/sok-typing.bench.ts [size]
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../../../tests/support/browser.js';
import { startServer } from '../../../tests/support/server.js';
import { generateCatalogue } from '../../sdk/bench/generate-catalogue.js';
import { buildIndexFile } from '../../sdk/src/index.js';
import { buildCdn } from '../scripts/build-cdn.mjs';

export interface TypingBenchResult {
  size: number;
  query: string;
  /** Longest main-thread task while typing (wall clock). */
  longestTaskMs: number;
  /** The same by the main thread's own running time (what the page did, without waiting for a core). */
  longestTaskCpuMs: number;
  keystrokeP95Ms: number;
  /** Longest main-thread task from `src` set to the first results rendered (wall clock). */
  loadLongestTaskMs: number;
  loadLongestTaskCpuMs: number;
  /** What the longest loading task was busy with (trace events inside it). */
  loadLongestTaskWhat: string[];
  /** From `src` set to the first results rendered. */
  loadToReadyMs: number;
  /** fetch + JSON.parse of the same file on the main thread (median of 3). */
  fetchParseMs: number;
  /** loadToReadyMs / fetchParseMs. */
  loadRatio: number;
  /** Where the catalogue ran. */
  where: string;
  /** From `src` set (with `index`, the prebuilt search index) to the first results rendered. */
  prebuiltLoadToReadyMs: number;
  /** The longest main-thread task meanwhile (wall clock). */
  prebuiltLoadLongestTaskMs: number;
  /** Whether the element reported the prebuilt index used (`prebuiltIndex` of its load event). */
  prebuiltUsed: boolean;
  /** Bytes of the index file next to the JSON file's. */
  prebuiltIndexBytes: number;
  jsonBytes: number;
  /** prebuiltLoadToReadyMs / fetchParseMs (goal ≤ 2). */
  prebuiltRatio: number;
}

const QUERY = 'arbetsträning';

type TraceEvent = {
  name: string;
  ts?: number;
  ph: string;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
};

/**
 * The longest main-thread task, by the clock (`dur`) and by the thread's own running time (`tdur`):
 * on a loaded machine the clock also counts the time the thread waited for a core.
 */
function longestMainTask(events: TraceEvent[]): { wall: number; cpu: number; what: string[] } {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = (e: TraceEvent) => !main || (e.tid === main.tid && e.pid === main.pid);
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && onMain(e));
  const longest = tasks.reduce<TraceEvent | undefined>(
    (a, t) => ((t.dur ?? 0) > (a?.dur ?? -1) ? t : a),
    undefined,
  );
  // What the longest task spent its time in: the events inside it that took a fifth of it or more.
  const what = longest
    ? events
        .filter(
          (e) =>
            e !== longest &&
            e.ph === 'X' &&
            onMain(e) &&
            e.ts! >= longest.ts! &&
            (e.dur ?? 0) >= (longest.dur ?? 0) / 5 &&
            e.ts! + (e.dur ?? 0) <= longest.ts! + (longest.dur ?? 0),
        )
        .map(
          (e) =>
            `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms (${((e.tdur ?? 0) / 1000).toFixed(1)} ms run)`,
        )
    : [];
  return {
    wall: Math.max(0, ...tasks.map((t) => (t.dur ?? 0) / 1000)),
    cpu: Math.max(0, ...tasks.map((t) => (t.tdur ?? t.dur ?? 0) / 1000)),
    what,
  };
}

export async function runTypingBench(size = 50_000): Promise<TypingBenchResult> {
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
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => customElements.get('insats-sok'));
    await page.waitForTimeout(500);
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
    const loadToReadyMs = await page.evaluate(async () => {
      const el = document.querySelector('insats-sok') as HTMLElement & { src: string };
      const loaded = new Promise((r) => el.addEventListener('insats-sok-load', r, { once: true }));
      const t0 = performance.now();
      el.src = '/data/catalogue.json';
      await loaded;
      return performance.now() - t0;
    });
    const loadTrace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
      traceEvents: TraceEvent[];
    };
    const loadLongest = longestMainTask(loadTrace.traceEvents);
    const where = page.workers().length ? 'worker' : 'page';
    await page.waitForTimeout(1000);
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
    const input = page.locator('insats-sok').locator('input[type="search"]').first();
    const keystrokes: number[] = [];
    await input.click();
    for (const ch of QUERY) {
      const t = await page.evaluate(async (c) => {
        const host = document.querySelector('insats-sok') as HTMLElement & {
          updateComplete: Promise<boolean>;
        };
        const el = host.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
        const t0 = performance.now();
        el.value += c;
        el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: c }));
        // Until the result for this text is rendered (updateComplete waits for the search) and painted.
        await host.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - t0;
      }, ch);
      keystrokes.push(t);
      await page.waitForTimeout(60);
    }
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const typingLongest = longestMainTask(trace.traceEvents);
    // First results with the prebuilt index: a second element on another URL of the same file (its
    // own catalogue; the first stays loaded, as on a page that already searched).
    await page.waitForTimeout(1000);
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
    const prebuilt = await page.evaluate(async () => {
      const el = document.createElement('insats-sok') as HTMLElement & { src: string; index: string };
      document.body.append(el);
      const loaded = new Promise<CustomEvent<{ prebuiltIndex: boolean }>>((r) =>
        el.addEventListener('insats-sok-load', (e) => r(e as CustomEvent<{ prebuiltIndex: boolean }>), {
          once: true,
        }),
      );
      const t0 = performance.now();
      el.index = '/data/catalogue.json.index';
      el.src = '/data/catalogue.json?prebuilt';
      const e = await loaded;
      return { ms: performance.now() - t0, used: e.detail.prebuiltIndex };
    });
    const prebuiltTrace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
      traceEvents: TraceEvent[];
    };
    const prebuiltLongest = longestMainTask(prebuiltTrace.traceEvents);
    // The baseline: what the page would spend reading the file itself ('no-store': from the network, not
    // from the cache the element's load filled). Last, so its garbage is not collected while typing.
    const fetchParseMs = await page.evaluate(async () => {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        const text = await (await fetch('/data/catalogue.json', { cache: 'no-store' })).text();
        JSON.parse(text);
        times.push(performance.now() - t0);
      }
      return times.sort((a, b) => a - b)[1]!;
    });
    const sorted = [...keystrokes].sort((a, b) => a - b);
    return {
      size,
      query: QUERY,
      longestTaskMs: typingLongest.wall,
      longestTaskCpuMs: typingLongest.cpu,
      keystrokeP95Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!,
      loadLongestTaskMs: loadLongest.wall,
      loadLongestTaskCpuMs: loadLongest.cpu,
      loadLongestTaskWhat: loadLongest.what,
      loadToReadyMs,
      fetchParseMs,
      loadRatio: loadToReadyMs / fetchParseMs,
      where,
      prebuiltLoadToReadyMs: prebuilt.ms,
      prebuiltLoadLongestTaskMs: prebuiltLongest.wall,
      prebuiltUsed: prebuilt.used,
      prebuiltIndexBytes: indexFile.length,
      jsonBytes: json.length,
      prebuiltRatio: prebuilt.ms / fetchParseMs,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runTypingBench(Number(process.argv[2] ?? 50_000));
  console.log(r);
}
