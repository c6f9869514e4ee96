// Map benchmark: `node packages/elements/bench/karta.bench.mjs [--sizes 100,1000,5000] [--runs 3] [--json]`
// In headless Chromium (playwright-core), same page: <samordning-karta> vs plain Cytoscape given the same
// elements, style and preset positions (first paint, finished layout), and our layouts vs Cytoscape's
// `concentric` on the same graph. Prints medians and ratios (goals: ≤ 1.1× plain, ≤ 1.5× concentric).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = opt('sizes', '100,1000,5000').split(',').map(Number);
const runs = Number(opt('runs', '3'));
const asJson = args.includes('--json');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (v) => Math.round(v * 10) / 10;

/** Bundles the page script; returns a map of path → contents. */
async function bundle() {
  const outdir = mkdtempSync(join(tmpdir(), 'karta-bench-'));
  const result = await build({
    entryPoints: [new URL('./karta.bench.page.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    splitting: true,
    minify: true,
    outdir,
    write: true,
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['browser', 'production'],
    logLevel: 'warning',
  });
  const files = new Map();
  for (const out of Object.keys(result.metafile.outputs)) {
    const rel = out.slice(out.lastIndexOf('/') + 1);
    files.set(`/${rel}`, readFileSync(join(outdir, rel)));
  }
  return files;
}

/**
 * Frames per second while a user pans (drags) and zooms (wheel) the map for about `ms`: animation
 * frames counted in the page, so a slow redraw lowers the figure.
 */
async function interactionFps(page, box, ms = 3000) {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(() => window.bench.startFrames());
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  let t0 = Date.now();
  for (let i = 0; Date.now() - t0 < ms / 2; i++)
    await page.mouse.move(cx + 200 * Math.sin(i / 8), cy + 100 * Math.cos(i / 8));
  await page.mouse.up();
  t0 = Date.now();
  for (let i = 0; Date.now() - t0 < ms / 2; i++) {
    await page.mouse.wheel(0, i % 16 < 8 ? -40 : 40);
    await page.waitForTimeout(16);
  }
  return page.evaluate(() => window.bench.stopFrames());
}

/**
 * The national map (5 000 records in 100 förbund): first readable frame and pan/zoom frame rate,
 * grouped and with one förbund expanded (goals: ≤ 1 000 ms, ≥ 30 fps), its readability; and the
 * WebGL renderer evaluated against the canvas renderer on the flat map.
 */
async function nationalRows(page) {
  const rows = [];
  for (const expanded of [false, true]) {
    const runs3 = [];
    for (let r = 0; r < runs; r++) runs3.push(await page.evaluate((x) => window.bench.national(x), expanded));
    const last = runs3[runs3.length - 1];
    const fps = await interactionFps(page, last.box);
    rows.push({
      kind: 'national',
      records: 5000,
      forbund: 100,
      view: expanded ? 'organisation, one förbund expanded' : 'organisation, grouped',
      grouped: last.grouped,
      nodes: last.nodes,
      edges: last.edges,
      firstReadableMs: round(median(runs3.map((x) => x.firstMs))),
      panZoomFps: round(fps),
      ...last.readability,
    });
    if (!asJson) console.error(`measured national ${expanded ? 'expanded' : 'grouped'}`);
  }
  for (const gl of [false, true]) {
    const w = await page.evaluate((x) => window.bench.webgl(x), gl);
    rows.push({
      kind: 'renderer',
      records: 5000,
      view: 'organisation, flat',
      renderer: gl ? 'canvas + webgl' : 'canvas',
      webglContext: w.gl,
      firstFrameMs: round(w.firstMs),
      panFps: round(w.fps),
    });
    if (!asJson) console.error(`measured renderer ${gl ? 'webgl' : 'canvas'}`);
  }
  return rows;
}

export async function runKartaBench() {
  const files = await bundle();
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.route('http://bench.local/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') {
        return route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><html lang="sv"><head><link rel="stylesheet" href="/page.css"></head><body><script type="module" src="/karta.bench.page.js"></script></body></html>',
        });
      }
      if (path === '/page.css') {
        return route.fulfill({
          contentType: 'text/css',
          body: 'body{margin:0}.stage{width:1200px}.cy{position:relative;width:1200px;height:560px}',
        });
      }
      const body = files.get(path);
      return body
        ? route.fulfill({ contentType: 'text/javascript', body })
        : route.fulfill({ status: 404, body: '' });
    });
    await page.goto('http://bench.local/');
    await page.waitForFunction(() => 'bench' in window);
    // Warm up (JIT, Cytoscape chunk, fonts) before measuring.
    await page.evaluate(async () => {
      await window.bench.ours(100, 'organisation');
      await window.bench.plain(100, 'organisation');
    });
    const rows = [];
    for (const n of sizes) {
      await page.evaluate((n) => window.bench.dataset(n), n);
      for (const view of ['organisation', 'samverkan']) {
        const ours = [];
        const plain = [];
        const lay = [];
        for (let r = 0; r < runs; r++) {
          // Alternate so drift on a shared machine hits both sides alike.
          plain.push(await page.evaluate(([n, v]) => window.bench.plain(n, v), [n, view]));
          ours.push(await page.evaluate(([n, v]) => window.bench.ours(n, v), [n, view]));
          lay.push(await page.evaluate(([n, v]) => window.bench.layouts(n, v), [n, view]));
        }
        const row = {
          records: n,
          view,
          nodes: ours[0].nodes,
          oursFirstPaintMs: round(median(ours.map((x) => x.paint))),
          oursLayoutDoneMs: round(median(ours.map((x) => x.done))),
          plainCytoscapeMs: round(median(plain.map((x) => x.done))),
          ourLayoutMs: round(median(lay.map((x) => x.ourMs))),
          concentricMs: round(median(lay.map((x) => x.concentricMs))),
          deterministic: lay.every((x) => x.deterministic),
          // Readability of the drawn map at its first view (docs/samordning-karta.md).
          ...ours[0].readability,
        };
        row.ratioDoneVsPlain = round((row.oursLayoutDoneMs / row.plainCytoscapeMs) * 100) / 100;
        row.ratioLayoutVsConcentric = round((row.ourLayoutMs / row.concentricMs) * 100) / 100;
        rows.push(row);
        if (!asJson) console.error(`measured ${n} ${view}`);
      }
    }
    rows.push(...(await nationalRows(page)));
    return rows;
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await runKartaBench();
  if (asJson) console.log(JSON.stringify(rows, null, 2));
  else console.table(rows);
}
