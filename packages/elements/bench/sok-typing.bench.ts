// Typing benchmark: in headless Chromium, type a 12-character query into <insats-sok> holding 50 000
// generated insatser and report the longest main-thread task while typing (goal < 16 ms), from a
// Chromium trace. Run: node --import tsx packages/elements/bench/sok-typing.bench.ts [size]
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../../../tests/support/browser.js';
import { startServer } from '../../../tests/support/server.js';
import { generateCatalogue } from '../../sdk/bench/generate-catalogue.js';
import { buildCdn } from '../scripts/build-cdn.mjs';

export interface TypingBenchResult {
  size: number;
  query: string;
  longestTaskMs: number;
  keystrokeP95Ms: number;
  loadToReadyMs: number;
}

const QUERY = 'arbetsträning';

export async function runTypingBench(size = 50_000): Promise<TypingBenchResult> {
  const { out } = await buildCdn({ outDir: mkdtempSync(join(tmpdir(), 'sok-bench-cdn-')), quiet: true });
  const dir = mkdtempSync(join(tmpdir(), 'sok-bench-'));
  writeFileSync(join(dir, 'catalogue.json'), JSON.stringify(generateCatalogue(size, 7)));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>bench</title><script type="module" src="/dist/insats-sok.js"></script></head><body><insats-sok src="/data/catalogue.json"></insats-sok></body></html>`,
  );
  const server = await startServer({ mounts: { '/dist/': out, '/data/': dir, '/': dir } });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const started = Date.now();
    await page.goto(`${server.url}/`);
    const input = page.locator('insats-sok').locator('input[type="search"]').first();
    await input.waitFor({ timeout: 120_000 });
    // Wait until hits are shown (index built).
    await page.waitForFunction(
      () => {
        return document
          .querySelector('insats-sok')
          ?.shadowRoot?.querySelector('[part="count"]')
          ?.textContent?.match(/\d/);
      },
      null,
      { timeout: 120_000 },
    );
    const loadToReadyMs = Date.now() - started;
    await page.waitForTimeout(1500);
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
    const keystrokes: number[] = [];
    await input.click();
    for (const ch of QUERY) {
      const t = await page.evaluate(async (c) => {
        const el = document
          .querySelector('insats-sok')!
          .shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
        const t0 = performance.now();
        el.value += c;
        el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: c }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - t0;
      }, ch);
      keystrokes.push(t);
      await page.waitForTimeout(60);
    }
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
      traceEvents: Array<{
        name: string;
        ph: string;
        dur?: number;
        tid: number;
        pid: number;
        args?: { name?: string };
      }>;
    };
    const main = trace.traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const tasks = trace.traceEvents.filter(
      (e) => e.name === 'RunTask' && e.ph === 'X' && (!main || (e.tid === main.tid && e.pid === main.pid)),
    );
    const longestTaskMs = Math.max(0, ...tasks.map((t) => (t.dur ?? 0) / 1000));
    const sorted = [...keystrokes].sort((a, b) => a - b);
    return {
      size,
      query: QUERY,
      longestTaskMs,
      keystrokeP95Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!,
      loadToReadyMs,
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
