// Network faults: the data file answers 404, 500 once, never finishes, is an HTML page, or is cut
// off. <insats-sok> and <samordning-karta> must each show a readable Swedish message (never a blank
// element), and their retry buttons must recover once the server does.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildCdn } from '../packages/elements/scripts/build-cdn.mjs';
import { launch, type PageWatch, watch } from './support/browser.js';
import { STRICT_CSP, startServer, type TestServer } from './support/server.js';

const root = new URL('..', import.meta.url).pathname;
/** What the SDK waits for a response by default (fetch-json.ts); neither element can change it. */
const SDK_TIMEOUT_MS = 20_000;
let dist: string;
let server: TestServer;
let browser: Browser;

before(async () => {
  dist = mkdtempSync(join(tmpdir(), 'sk-faults-'));
  await buildCdn({ outDir: dist, quiet: true });
  server = await startServer({
    mounts: { '/dist/': dist, '/data/': join(root, 'examples/data'), '/': join(root, 'tests/pages') },
    pageHeaders: { 'content-security-policy': STRICT_CSP },
    data: readFileSync(join(root, 'examples/data/demo.json'), 'utf8'),
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

interface Opened {
  context: BrowserContext;
  page: Page;
  w: PageWatch;
}

async function open(fault: string, options: { fakeClock?: boolean } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const w = await watch(page);
  if (options.fakeClock) await page.clock.install();
  await page.goto(`${server.url}/faults.html?src=/fault/${fault}`);
  return { context, page, w };
}

/** The rendered (visible) text of an element's shadow root. */
const shownText = (page: Page, tag: string) =>
  page.evaluate((t) => {
    const first = document.querySelector(t)?.shadowRoot?.querySelector('*:not(style)') as HTMLElement | null;
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, without hidden parts, is the point
    return first?.innerText ?? '';
  }, tag);

/**
 * The search's error view. A transient fault (timeout, 5xx, network) offers "Försök igen"; a
 * permanent one (404, not JSON) does not, and tells the webmaster what to fix (`fix`).
 */
async function expectSearchError(page: Page, reason: RegExp, fix?: RegExp): Promise<void> {
  const error = page.locator('insats-sok [part="error"]');
  await error.waitFor({ timeout: 10_000 });
  assert.equal(await error.getAttribute('role'), 'alert');
  const shown = await shownText(page, 'insats-sok');
  assert.match(shown, /Insatserna kunde inte visas/);
  assert.match(shown, fix ? /fel på webbplatsen/ : /Försök igen om en stund/);
  // The reason, in Swedish, is one click away in the details.
  await page.locator('insats-sok [part="error"] summary').click();
  // biome-ignore lint/performance/useDomNodeTextContent: what the opened disclosure shows
  const details = (await page.locator('insats-sok [part="error"] details').innerText()).trim();
  assert.match(details, reason);
  if (fix) {
    assert.match(details, fix);
    assert.equal(await page.locator('insats-sok [part="retry"]').count(), 0, 'a retry that cannot help');
  } else {
    assert.ok(await page.locator('insats-sok [part="retry"]').isVisible(), 'no retry button');
  }
}

/**
 * The map's error view (the shared one). A transient fault offers "Försök igen"; a permanent one
 * (404, not JSON) does not, and says the webmaster must fix it. The reason is in the details.
 */
async function expectMapError(page: Page, reason?: RegExp, permanent = false): Promise<void> {
  const error = page.locator('samordning-karta [part="error"]');
  await error.waitFor({ timeout: 10_000 });
  assert.equal(await error.getAttribute('role'), 'alert');
  const shown = await shownText(page, 'samordning-karta');
  assert.match(shown, /Kartan kunde inte visas/);
  assert.match(shown, permanent ? /fel på webbplatsen/ : /Försök igen om en stund/);
  assert.doesNotMatch(shown, /servern svarade/, 'the raw server answer is for the webmaster, folded away');
  if (reason) {
    await page.locator('samordning-karta [part="error"] summary').click();
    // biome-ignore lint/performance/useDomNodeTextContent: what the opened disclosure shows
    assert.match(await page.locator('samordning-karta [part="error"] details').innerText(), reason);
  }
  const retries = await page.locator('samordning-karta [part="retry"]').count();
  assert.equal(retries, permanent ? 0 : 1, permanent ? 'a retry that cannot help' : 'no retry button');
}

async function expectWorking(page: Page): Promise<void> {
  await page.locator('insats-sok [part="hit"]').first().waitFor({ timeout: 10_000 });
  assert.ok((await page.locator('insats-sok [part="hit"]').count()) > 0);
  assert.match((await page.locator('insats-sok [part="count"]').textContent()) ?? '', /\d+ insatser/);
  await page.locator('samordning-karta [role="treeitem"]').first().waitFor({ timeout: 10_000 });
  assert.ok((await page.locator('samordning-karta [role="treeitem"]').count()) > 3);
  assert.equal(await page.locator('insats-sok [part="error"], samordning-karta [role="alert"]').count(), 0);
}

/** Retries both; the map has no retry button after a permanent fault, so it is reloaded through its API. */
async function retryBoth(page: Page, mapRetry = true): Promise<void> {
  await page.locator('insats-sok [part="retry"]').click();
  if (mapRetry) await page.locator('samordning-karta [part="retry"]').click();
  else
    await page
      .locator('samordning-karta')
      .evaluate((el) => (el as HTMLElement & { reload(): void }).reload());
}

/** Errors other than the elements' own reports and the browser's note about the failed request. */
const unexpected = (w: PageWatch) =>
  w.errors.filter(
    (e) => !/^\[(insats-sok|samordning-karta|samordningskartan)\]|Failed to load resource/.test(e),
  );

describe('network faults', () => {
  // Permanent faults: retrying cannot help, so the search says what to fix; once the file is fixed,
  // the page works on its next load.
  const simple: Array<[string, RegExp, RegExp]> = [
    [
      '404.json',
      /servern svarade 404.*filen finns inte på adressen/,
      /Datafilen finns inte på adressen i src/,
    ],
    ['html.json', /svaret var en HTML-sida, inte JSON/, /inte en JSON-fil/],
    ['truncated.json', /JSON-filen är ofullständig/, /inte en JSON-fil/],
  ];
  for (const [fault, reason, fix] of simple) {
    it(`${fault}: a readable message that says what to fix, and the page works once the file is fixed`, async () => {
      const { context, page, w } = await open(fault);
      try {
        await expectSearchError(page, reason, fix);
        await expectMapError(page, reason, true);
        server.recover(fault);
        await page.reload();
        await expectWorking(page);
        assert.deepEqual(unexpected(w), []);
        assert.deepEqual(await w.violations(), []);
      } finally {
        await context.close();
      }
    });
  }

  it('500 then success: the loader retries by itself and the page shows hits', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const w = await watch(page);
    const statuses: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/fault/500-once.json')) statuses.push(r.status());
    });
    try {
      await page.goto(`${server.url}/faults.html?src=/fault/500-once.json`);
      await expectWorking(page);
      // Two elements asked; the one that got the 500 asked again, without any click.
      assert.equal(statuses.filter((s) => s === 500).length, 1, statuses.join());
      assert.ok(statuses.filter((s) => s === 200).length >= 2, statuses.join());
      assert.deepEqual(unexpected(w), []);
    } finally {
      await context.close();
    }
  });

  it(`a response that never ends: times out after the SDK's ${SDK_TIMEOUT_MS / 1000} s (fast-forwarded in the page), then retry recovers`, async () => {
    const { context, page, w } = await open('hang.json', { fakeClock: true });
    try {
      // Both are waiting for the body; nothing is blank meanwhile.
      await page.locator('insats-sok [part="loading"]').waitFor();
      assert.match(await shownText(page, 'insats-sok'), /Laddar insatser/);
      for (let i = 0; i < 100 && (server.hits.get('hang.json') ?? 0) < 1; i++) await page.waitForTimeout(50);
      assert.match(await shownText(page, 'samordning-karta'), /Laddar kartan/);
      await page.waitForTimeout(300);
      // Both read the same src, so they share the page's one catalogue: the data is asked for once.
      assert.equal(server.hits.get('hang.json'), 1, 'one request for both elements');
      assert.equal(await page.locator('insats-sok [part="error"]').count(), 0, 'gave up before the timeout');
      await page.clock.fastForward(SDK_TIMEOUT_MS + 1_000);
      // Both read in the page's catalogue worker, whose clock the page's fake clock does not reach: the
      // timeout comes in real time.
      await page.locator('insats-sok [part="error"]').waitFor({ timeout: SDK_TIMEOUT_MS + 10_000 });
      await expectSearchError(page, /servern svarade inte inom 20 sekunder/);
      await expectMapError(page);
      server.recover('hang.json');
      await retryBoth(page);
      await expectWorking(page);
      assert.deepEqual(unexpected(w), []);
    } finally {
      await context.close();
    }
  });
});
