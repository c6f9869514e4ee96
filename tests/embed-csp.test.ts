// Strict CSP: a page that allows only its own scripts, styles and connections, and requires Trusted
// Types, embeds all three elements from the one-script-tag bundle. They must render real content
// (the map in its list view and with Cytoscape drawn), with zero CSP violations, zero console errors,
// zero requests to other origins and no <style> element in document.head.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { buildCdn } from '../packages/elements/scripts/build-cdn.mjs';
import { launch, type PageWatch, watch } from './support/browser.js';
import { STRICT_CSP, startServer, type TestServer } from './support/server.js';

const root = new URL('..', import.meta.url).pathname;
let dist: string;
let server: TestServer;
let browser: Browser;
let page: Page;
let w: PageWatch;

before(async () => {
  dist = mkdtempSync(join(tmpdir(), 'sk-csp-'));
  await buildCdn({ outDir: dist, quiet: true });
  server = await startServer({
    mounts: { '/dist/': dist, '/data/': join(root, 'examples/data'), '/': join(root, 'tests/pages') },
    pageHeaders: { 'content-security-policy': STRICT_CSP },
  });
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  w = await watch(page);
  // Every <style> added to document.head, even one removed again at once (a CDP init script, so the
  // page's CSP does not apply to it).
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __headStyles: string[] }).__headStyles = log;
    new MutationObserver((records) => {
      for (const r of records)
        if (r.target === document.head)
          for (const n of r.addedNodes)
            if (n.nodeName === 'STYLE') log.push((n as HTMLElement).id || 'style');
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${server.url}/all-elements.html`);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

describe('all elements under a strict Content-Security-Policy', () => {
  it('serves the page with the strict policy', async () => {
    const res = await page.request.get(`${server.url}/all-elements.html`);
    assert.equal(res.headers()['content-security-policy'], STRICT_CSP);
    assert.match(STRICT_CSP, /require-trusted-types-for 'script'/);
  });

  it('<insats-sok> shows hits from the demo data', async () => {
    const count = page.locator('insats-sok [part="count"]');
    await count.waitFor({ timeout: 15_000 });
    const hits = await page.locator('insats-sok [part="hit"]').count();
    assert.ok(hits > 0, 'no hits rendered');
    assert.match((await count.textContent()) ?? '', /\d+ insatser/);
    // Searching works too (the index is built under the policy).
    await page.locator('insats-sok input[type="search"]').fill('samordningsteamet');
    await page.waitForFunction(() => {
      const root = document.querySelector('insats-sok')?.shadowRoot;
      return [...(root?.querySelectorAll('[part="hit-link"]') ?? [])].some((a) =>
        /Samordningsteamet/.test(a.textContent ?? ''),
      );
    });
  });

  it('all three elements read their data in one worker started from the bytes its hash allows', async () => {
    await page.locator('insats-sok [part="count"]').waitFor({ timeout: 15_000 });
    await page.locator('samordning-analys table').first().waitFor({ timeout: 15_000 });
    await page.locator('samordning-karta [role="treeitem"]').first().waitFor({ timeout: 15_000 });
    // They read the same src: one read, shared.
    assert.equal(
      server.requests.filter((p) => p.startsWith('/data/demo.json')).length,
      1,
      server.requests.join(' '),
    );
    const workers = page.workers().map((x) => x.url());
    assert.equal(workers.length, 1, workers.join(' '));
    assert.match(workers[0] ?? '', /^blob:/);
    assert.ok(
      server.requests.some((p) => /\/dist\/chunks\/catalogue-worker-.*\.js$/.test(p)),
      'worker file not fetched',
    );
    // The worker with the search and the analysis serves all three; no other catalogue is fetched.
    const catalogues = server.requests.filter((p) => /\/dist\/chunks\/catalogue-worker-/.test(p));
    assert.equal(catalogues.length, 1, server.requests.join(' '));
    assert.match(catalogues[0] ?? '', /\/catalogue-worker-all-[^/]*\.js$/);
  });

  it('<samordning-analys> renders its tables', async () => {
    await page.locator('samordning-analys table').first().waitFor({ timeout: 15_000 });
    const tables = await page.locator('samordning-analys table').count();
    assert.ok(tables >= 2, `only ${tables} tables`);
    const cells = await page.locator('samordning-analys table td').count();
    assert.ok(cells > 4, `only ${cells} cells`);
  });

  it('<samordning-karta> shows its list view, then draws the graph with Cytoscape', async () => {
    const karta = page.locator('samordning-karta');
    await karta.locator('[role="treeitem"]').first().waitFor({ timeout: 15_000 });
    const items = await karta.locator('[role="treeitem"]').allTextContents();
    assert.ok(
      items.some((t) => t.includes('Försäkringskassan')),
      items.join(' | '),
    );
    assert.ok(!server.requests.some((p) => p.includes('cytoscape')), 'list view loaded Cytoscape');
    assert.ok(!server.requests.some((p) => p.includes('map-drawing')), 'list view loaded the drawing code');

    const rendered = page.evaluate(
      () =>
        new Promise<{ nodes: number; edges: number }>((resolve) =>
          document
            .querySelector('samordning-karta')!
            .addEventListener('samordning-karta-render', (e) => resolve(e.detail), { once: true }),
        ),
    );
    await karta.locator('[part="views"] button', { hasText: 'Organisation' }).click();
    const detail = await rendered;
    assert.ok(detail.nodes > 10 && detail.edges > 10, JSON.stringify(detail));
    for (const name of ['cytoscape', 'map-drawing'])
      assert.ok(
        server.requests.some((p) => new RegExp(`/dist/chunks/${name}-.*\\.js$`).test(p)),
        `${name} chunk not fetched`,
      );
    // Cytoscape's canvases are in the shadow root and were drawn.
    const canvases = await karta.locator('[part="canvas"] canvas').count();
    assert.ok(canvases > 0, 'no canvas');

    // The samverkan view redraws with the same Cytoscape instance; then back to the list.
    const redrawn = page.evaluate(
      () =>
        new Promise<{ view: string; nodes: number }>((resolve) =>
          document
            .querySelector('samordning-karta')!
            .addEventListener('samordning-karta-render', (e) => resolve(e.detail), { once: true }),
        ),
    );
    await karta.locator('[part="views"] button', { hasText: 'Samverkan' }).click();
    const samverkan = await redrawn;
    assert.equal(samverkan.view, 'samverkan');
    assert.ok(samverkan.nodes > 3, JSON.stringify(samverkan));
    await karta.locator('[part="views"] button', { hasText: 'Lista' }).click();
    await karta.locator('[role="treeitem"]').first().waitFor();
    // Selecting an organisation in the list opens its details and filters the linked search.
    await karta.locator('[role="treeitem"][data-id="forsakringskassan"]').click();
    await karta.locator('#details-title', { hasText: 'Försäkringskassan' }).waitFor();
    await page.locator('insats-sok [part="chip"]', { hasText: 'Försäkringskassan' }).waitFor();
  });

  it('records no policy violation, no console error and no foreign request', async () => {
    await page.waitForTimeout(200);
    assert.deepEqual(await w.violations(), []);
    assert.deepEqual(w.errors, []);
    assert.deepEqual([...w.origins], [server.url]);
    assert.deepEqual(
      await page.evaluate(() => (window as unknown as { __headStyles: string[] }).__headStyles),
      [],
    );
    assert.equal(await page.locator('head style').count(), 0);
  });
});

describe('all elements where the policy allows no worker (no worker-src)', () => {
  it('run the catalogue in the page: hits, search, the map and the analysis work; the one refusal is the worker', async () => {
    const noWorker = STRICT_CSP.replace(" worker-src 'self' blob:;", '');
    assert.notEqual(noWorker, STRICT_CSP);
    const other = await startServer({
      mounts: { '/dist/': dist, '/data/': join(root, 'examples/data'), '/': join(root, 'tests/pages') },
      pageHeaders: { 'content-security-policy': noWorker },
    });
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      const pw = await watch(p);
      await p.goto(`${other.url}/all-elements.html`);
      await p.locator('insats-sok [part="count"]').waitFor({ timeout: 15_000 });
      await p.locator('insats-sok input[type="search"]').fill('samordningsteamet');
      await p.waitForFunction(() => {
        const root = document.querySelector('insats-sok')?.shadowRoot;
        return [...(root?.querySelectorAll('[part="hit-link"]') ?? [])].some((a) =>
          /Samordningsteamet/.test(a.textContent ?? ''),
        );
      });
      await p.locator('samordning-analys table td').first().waitFor({ timeout: 15_000 });
      await p.locator('samordning-karta [role="treeitem"]').first().waitFor({ timeout: 15_000 });
      assert.deepEqual(p.workers(), []);
      // Imported into the page instead, checked through modulepreload integrity.
      assert.ok(other.requests.some((r) => /\/dist\/chunks\/catalogue-worker-.*\.js$/.test(r)));
      const violations = await pw.violations();
      assert.ok(
        violations.length > 0 && violations.every((v) => v.startsWith('worker-src blob')),
        violations.join('\n'),
      );
      // The browser's own report of that refusal is the one console error.
      assert.ok(
        pw.errors.every((e) => /^Creating a worker from 'blob:.*The action has been blocked\.$/.test(e)),
        pw.errors.join('\n'),
      );
    } finally {
      await p.close();
      await other.close();
    }
  });
});
