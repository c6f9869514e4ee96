// Issue 8's "done when": a page built only from docs/bädda-in.md's snippet for the map and the search
// side by side, served with the strict Content-Security-Policy, shows both elements on the demo data,
// with no policy violation, no console error and no request to another origin. The snippet is read
// from the document on every run, so editing the docs into something that does not work fails here.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { buildCdn } from '../packages/elements/scripts/build-cdn.mjs';
import { launch, type PageWatch, watch } from './support/browser.js';
import { STRICT_CSP, startServer, type TestServer } from './support/server.js';

const root = new URL('..', import.meta.url).pathname;
const DOC = join(root, 'docs/bädda-in.md');

/** The fenced html code block that places the map and the search side by side, connected. */
function sideBySideSnippet(markdown: string): string {
  const blocks = [...markdown.matchAll(/^```html\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
  const found = blocks.filter(
    (b) => /<samordning-karta\b[^>]*\bfor="sok"/.test(b) && /<insats-sok\b[^>]*\bid="sok"/.test(b),
  );
  assert.equal(
    found.length,
    1,
    `expected one html block with the connected map and search, found ${found.length}`,
  );
  return found[0] as string;
}

/** The snippet with its script pointing at the served bundle and its data at the demo dataset. */
function pageFrom(snippet: string, cdnDir: string): { html: string; scripts: string[] } {
  const scripts: string[] = [];
  const body = snippet
    .replace(/(<script\b[^>]*\bsrc=")([^"]+)(")/g, (_m, a: string, src: string, b: string) => {
      const file = src.split('/').pop() ?? '';
      assert.ok(
        existsSync(join(cdnDir, file)),
        `the snippet loads ${src}, which the CDN build does not produce`,
      );
      scripts.push(file);
      return `${a}/cdn/${file}${b}`;
    })
    .replace(/(\ssrc=")([^"]+\.json)(")/g, '$1/data/demo.json$3');
  // Only the minimum a page needs around the snippet: nothing else that could make it work.
  const html = `<!doctype html>\n<html lang="sv">\n<head><meta charset="utf-8"><title>Snippet från bädda-in.md</title></head>\n<body>\n${body}</body>\n</html>\n`;
  return { html, scripts };
}

let tmp: string;
let server: TestServer;
let browser: Browser;
let page: Page;
let w: PageWatch;
let snippet: string;

before(async () => {
  snippet = sideBySideSnippet(readFileSync(DOC, 'utf8'));
  tmp = mkdtempSync(join(tmpdir(), 'sk-docs-snippet-'));
  const cdn = join(tmp, 'cdn');
  await buildCdn({ outDir: cdn, quiet: true });
  const { html, scripts } = pageFrom(snippet, cdn);
  assert.equal(scripts.length, 1, 'the snippet should need exactly one script tag');
  writeFileSync(join(tmp, 'index.html'), html);
  // Every site has a favicon; without one Chromium logs a 404 that says nothing about the snippet.
  writeFileSync(join(tmp, 'favicon.ico'), '');
  server = await startServer({
    mounts: { '/cdn/': cdn, '/data/': join(root, 'examples/data'), '/': tmp },
    pageHeaders: { 'content-security-policy': STRICT_CSP },
  });
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  w = await watch(page);
  // Drawn maps report themselves; listen from the start (an init script is not subject to the CSP).
  await page.addInitScript(() => {
    const log: Array<{ nodes: number; edges: number }> = [];
    (window as unknown as { __renders: typeof log }).__renders = log;
    document.addEventListener('samordning-karta-render', (e) => log.push((e as CustomEvent).detail));
  });
  await page.goto(`${server.url}/index.html`);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('docs/bädda-in.md: the map and the search side by side', () => {
  it('is served with the strict policy and holds nothing but the snippet', async () => {
    const res = await page.request.get(`${server.url}/index.html`);
    assert.equal(res.headers()['content-security-policy'], STRICT_CSP);
    const elements = await page.evaluate(() =>
      [...document.body.children].map((e) => e.localName).filter((n) => n !== 'script'),
    );
    assert.deepEqual(elements, ['samordning-karta', 'insats-sok']);
  });

  it('<insats-sok> shows hits from the demo data', async () => {
    const count = page.locator('insats-sok [part="count"]');
    await count.waitFor({ timeout: 30_000 });
    await page.locator('insats-sok [part="hit"]').first().waitFor({ timeout: 30_000 });
    const hits = await page.locator('insats-sok [part="hit-link"]').allTextContents();
    assert.ok(hits.length > 0, 'no hits');
    const demo = JSON.parse(readFileSync(join(root, 'examples/data/demo.json'), 'utf8')) as {
      services: Array<{ name: string | Record<string, string> }>;
    };
    const names = new Set(
      demo.services.map((s) => (typeof s.name === 'string' ? s.name : (s.name.sv ?? ''))),
    );
    assert.ok(
      hits.some((h) => names.has(h.trim())),
      `no hit is an insats of the demo data: ${hits.slice(0, 5).join(' | ')}`,
    );
    assert.match((await count.textContent()) ?? '', /\d+/);
  });

  it('<samordning-karta> shows the demo organisations (drawn map or list)', async () => {
    await page.waitForFunction(
      () => {
        const renders = (window as unknown as { __renders: Array<{ nodes: number }> }).__renders;
        const tree = document
          .querySelector('samordning-karta')
          ?.shadowRoot?.querySelector('[role="treeitem"]');
        return renders.some((r) => r.nodes > 0) || tree !== null;
      },
      null,
      { timeout: 45_000 },
    );
    const renders = await page.evaluate(
      () => (window as unknown as { __renders: Array<{ nodes: number; edges: number }> }).__renders,
    );
    if (renders.length) {
      const last = renders.at(-1) as { nodes: number; edges: number };
      // The whole demo opens grouped (one node per förbund, links between them): fewer edges.
      assert.ok(last.nodes > 10 && last.edges > 0, JSON.stringify(last));
      assert.ok((await page.locator('samordning-karta [part="canvas"] canvas').count()) > 0, 'no canvas');
    } else {
      const items = await page.locator('samordning-karta [role="treeitem"]').allTextContents();
      assert.ok(
        items.some((t) => t.includes('Försäkringskassan')),
        items.join(' | '),
      );
    }
  });

  it('connects the map to the search: choosing an organisation filters the search', async () => {
    const karta = page.locator('samordning-karta');
    await karta.locator('[part="views"] button', { hasText: 'Lista' }).click();
    // The whole demo is grouped by förbund: open Västerås to reach its members.
    const fk = karta.locator('[role="treeitem"][data-id="forsakringskassan"]');
    if ((await fk.count()) === 0)
      await karta.locator('[role="treeitem"][data-id="forbund-vasteras"] .twisty').click();
    await fk.click();
    await page
      .locator('insats-sok [part="chip"]', { hasText: 'Försäkringskassan' })
      .waitFor({ timeout: 15_000 });
  });

  it('records no policy violation, no console error and no request to another origin', async () => {
    assert.deepEqual(await w.violations(), []);
    assert.deepEqual(w.errors, [], server.requests.join(' '));
    assert.deepEqual([...w.origins], [server.url]);
    assert.ok(server.requests.includes('/data/demo.json'), 'the demo data was not requested');
  });
});
