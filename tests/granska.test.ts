// Issue 16, end to end: on examples/granska.html (a Vite build, served under the strict CSP of
// docs/bädda-in.md), a förbund's workbook with a typo is chosen by keyboard alone; the page names the
// cell, previews the rest of the data in the three elements, and the downloaded JSON validates with
// the CLI. axe passes in every state; no CSP violation, console error or foreign request.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { tablesToXlsx } from '../packages/cli/src/commands/xlsx.js';
import { buildCdn } from '../packages/elements/scripts/build-cdn.mjs';
import { validateDataset } from '../packages/sdk/src/index.js';
import { datasetToTables } from '../packages/sdk/src/interop/index.js';
import { launch, type PageWatch, watch } from './support/browser.js';
import { STRICT_CSP, startServer, type TestServer } from './support/server.js';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'packages/cli/bin/samordningskartan.js');
const work = mkdtempSync(join(tmpdir(), 'sk-granska-'));
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];
const testing = realpathSync(join(root, 'node_modules/@open-wc/testing'));
const AXE = readFileSync(
  createRequire(join(realpathSync(join(testing, '../../chai-a11y-axe')), 'package.json')).resolve(
    'axe-core/axe.min.js',
  ),
  'utf8',
);
const demo = validateDataset(JSON.parse(readFileSync(join(root, 'examples/data/demo.json'), 'utf8'))).data;

let out: string;
let server: TestServer;
let browser: Browser;
let page: Page;
let w: PageWatch;
let typoId: string;
let downloaded: string;

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'sk-granska-site-'));
  await build({
    configFile: join(root, 'examples/vite.config.ts'),
    logLevel: 'silent',
    build: {
      outDir: out,
      emptyOutDir: true,
      rollupOptions: { input: { granska: join(root, 'examples/granska.html') } },
    },
  });
  server = await startServer({
    mounts: { '/data/': join(root, 'examples/data'), '/': out },
    pageHeaders: { 'content-security-policy': STRICT_CSP },
  });
  browser = await launch();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  w = await watch(page);
  // The workbook as staff have it: the CLI's template (exceljs), a kommun misspelt in one insats.
  const tables = datasetToTables(demo);
  const insatser = tables.find((t) => t.name === 'insatser')!;
  insatser.rows[2]![insatser.headers.indexOf('kommuner')] = 'Vesterås';
  typoId = insatser.rows[2]![insatser.headers.indexOf('id')]!;
  writeFileSync(join(work, 'forbund.xlsx'), await tablesToXlsx(tables));
  await page.goto(`${server.url}/granska.html`);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

async function axe(): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const a = (
      window as unknown as {
        axe: {
          run: (
            d: Document,
            o: object,
          ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }>;
        };
      }
    ).axe;
    const r = await a.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  }, TAGS);
}

/** The focused element's text and tag, through shadow roots. */
const focused = () =>
  page.evaluate(() => {
    let el = document.activeElement as HTMLElement | null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
    return el
      ? {
          tag: el.tagName.toLowerCase(),
          type: el.getAttribute('type'),
          id: el.id,
          text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
        }
      : null;
  });

async function tabTo(what: string, match: (f: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean) {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const f = await focused();
    if (f && match(f)) return f;
  }
  throw new Error(`Tab never reached ${what}`);
}

describe('examples/granska.html: check, preview and publish in the browser', () => {
  it('passes axe before a file is chosen', async () => {
    await page.locator('samordning-granska input[type="file"]').waitFor({ timeout: 30_000 });
    assert.deepEqual(await axe(), []);
  });

  it('a workbook chosen by keyboard: the typo is named by sheet, row and column, with value and suggestion', async () => {
    await tabTo('the file field', (f) => f.tag === 'input' && f.type === 'file');
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    await (await chooser).setFiles(join(work, 'forbund.xlsx'));
    const problem = page.locator('samordning-granska [part="problem"]', { hasText: 'Vesterås' });
    await problem.waitFor({ timeout: 60_000 });
    const text = (await problem.textContent())!.replace(/\s+/g, ' ');
    assert.match(text, /Blad insatser, rad 4, kolumn kommuner/);
    assert.match(text, /Värde: Vesterås/);
    assert.match(text, /Förslag: Västerås/);
    assert.deepEqual(await axe(), []);
    // Choosing the problem (Enter) shows its row and moves focus there.
    await tabTo('the problem', (f) => f.tag === 'button' && f.text.includes('Vesterås'));
    await page.keyboard.press('Enter');
    await page.locator('samordning-granska [part="row"]').waitFor();
    assert.equal((await focused())?.id, 'row-view');
    assert.match((await page.locator('samordning-granska tr.marked').textContent())!, /kommuner\s*Vesterås/);
    assert.deepEqual(await axe(), []);
  });

  it('previews the rest of the data in the search, the map and the analysis', async () => {
    const count = page.locator('samordning-granska insats-sok [part="count"]');
    await count.waitFor({ timeout: 30_000 });
    assert.equal((await count.textContent())!.trim(), `${demo.services.length} insatser`);
    await page
      .locator('samordning-granska samordning-karta [role="treeitem"]')
      .first()
      .waitFor({ timeout: 30_000 });
    await page.locator('samordning-granska samordning-analys table').first().waitFor({ timeout: 30_000 });
    assert.deepEqual(await axe(), []);
  });

  it('"Ladda ner datafil" by keyboard gives JSON that validates with the CLI, the insats with the typo kept', async () => {
    await tabTo('the download button', (f) => f.tag === 'button' && f.text === 'Ladda ner datafil');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await download;
    assert.equal(file.suggestedFilename(), 'forbund.json');
    downloaded = join(work, 'forbund.json');
    await file.saveAs(downloaded);
    const { stdout } = await run(process.execPath, [bin, 'validate', downloaded, '--json']);
    const report = JSON.parse(stdout);
    assert.equal(report.errors, 0);
    assert.equal(report.counts.services, demo.services.length);
    const published = JSON.parse(readFileSync(downloaded, 'utf8'));
    assert.ok(published.services.some((s: { id: string }) => s.id === typoId));
  });

  it('compares with the published file: the insats with the typo lost its kommun', async () => {
    // The page fills in /data/demo.json (same origin) as the published file.
    await page.locator('samordning-granska [part="compare"] button[type="submit"]').click();
    const summary = page.locator('samordning-granska [part="compare-summary"]');
    await summary.waitFor({ timeout: 30_000 });
    assert.match(
      (await summary.textContent())!.replace(/\s+/g, ' '),
      /0 nya, 1 ändrade och 0 borttagna insatser/,
    );
    const changed = await page.locator('samordning-granska [part="changed"] li').allTextContents();
    assert.equal(changed.length, 1);
    assert.match(changed[0]!, new RegExp(`\\(${typoId}\\).*ändrat: municipalities`));
    assert.deepEqual(await axe(), []);
  });

  it('records no CSP violation, no console error and no foreign request', async () => {
    assert.deepEqual(await w.violations(), []);
    assert.deepEqual(w.errors, []);
    assert.deepEqual([...w.origins], [server.url]);
    // The reader ran in its worker file (same origin, allowed by script-src 'self').
    assert.ok(
      server.requests.some((p) => /read-worker.*\.js$/.test(p)),
      server.requests.join(' '),
    );
  });
});

describe('the script-tag bundle samordning-granska.js under the strict CSP', () => {
  let cdnServer: TestServer;
  let site: string;
  before(async () => {
    site = mkdtempSync(join(tmpdir(), 'sk-granska-cdn-'));
    const { out: cdn } = await buildCdn({ outDir: join(site, 'samordningskartan'), quiet: true });
    writeFileSync(
      join(site, 'index.html'),
      `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Granska</title>
<script type="module" src="/samordningskartan/samordning-granska.js"></script></head>
<body><main><h1>Granska</h1><samordning-granska></samordning-granska></main></body></html>`,
    );
    assert.ok(cdn.endsWith('samordningskartan'));
    // Copies whose read worker differs from the one the build hashed: one byte flipped inside a
    // string (the file still parses and runs), and a marker added that would log if it ran.
    const workers = readdirSync(join(cdn, 'chunks')).filter((f) => f.startsWith('read-worker-'));
    assert.equal(workers.length, 1, workers.join());
    const file = `chunks/${workers[0]}`;
    const bytes = readFileSync(join(cdn, file));
    const at = bytes.indexOf('insatser');
    assert.ok(at > 0);
    bytes[at] = 'I'.charCodeAt(0);
    for (const copy of ['flipped', 'tampered']) {
      cpSync(join(site, 'samordningskartan'), join(site, copy), { recursive: true });
      writeFileSync(
        join(site, `${copy}.html`),
        readFileSync(join(site, 'index.html'), 'utf8').replace('/samordningskartan/', `/${copy}/`),
      );
    }
    writeFileSync(join(site, 'flipped', file), bytes);
    writeFileSync(
      join(site, 'tampered', file),
      `console.log('${TAMPERED}');\n${readFileSync(join(cdn, file), 'utf8')}`,
    );
    cdnServer = await startServer({
      mounts: { '/': site },
      pageHeaders: { 'content-security-policy': STRICT_CSP },
    });
  });
  after(async () => {
    await cdnServer?.close();
    rmSync(site, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('reads the workbook in its worker from a sub-folder, with no violation or error', async () => {
    const p = await browser.newPage();
    await countWorkers(p);
    const watched = await watch(p);
    await p.goto(`${cdnServer.url}/index.html`);
    await p.locator('samordning-granska input[type="file"]').setInputFiles(join(work, 'forbund.xlsx'));
    await p
      .locator('samordning-granska [part="problem"]', { hasText: 'Blad insatser, rad 4, kolumn kommuner' })
      .waitFor({ timeout: 60_000 });
    assert.ok(
      cdnServer.requests.some((r) => /^\/samordningskartan\/chunks\/read-worker-.*\.js$/.test(r)),
      cdnServer.requests.join(' '),
    );
    assert.deepEqual(await watched.violations(), []);
    assert.deepEqual(watched.errors, []);
    // The worker path: started from a blob: URL of the bytes the entry's hash accepted.
    assert.deepEqual(await p.evaluate(() => (window as unknown as { __workers: string[] }).__workers), [
      'blob:',
    ]);
    await p.close();
  });

  for (const [copy, change] of [
    ['flipped', 'one byte flipped'],
    ['tampered', 'a marker added'],
  ] as const) {
    it(`never runs a read worker with ${change}, and reads in the page instead`, async () => {
      const p = await browser.newPage();
      await countWorkers(p);
      const logs: string[] = [];
      p.on('console', (m) => logs.push(m.text()));
      p.on('worker', (worker) => worker.on('console', (m) => logs.push(m.text())));
      const watched = await watch(p);
      await p.goto(`${cdnServer.url}/${copy}.html`);
      await p.locator('samordning-granska input[type="file"]').setInputFiles(join(work, 'forbund.xlsx'));
      await p
        .locator('samordning-granska [part="problem"]', { hasText: 'Blad insatser, rad 4, kolumn kommuner' })
        .waitFor({ timeout: 60_000 });
      assert.ok(
        cdnServer.requests.some((r) => new RegExp(`^/${copy}/chunks/read-worker-.*\\.js$`).test(r)),
        'the read worker was never requested',
      );
      assert.deepEqual(await p.evaluate(() => (window as unknown as { __workers: string[] }).__workers), []);
      assert.ok(!logs.includes(TAMPERED), logs.join('\n'));
      assert.deepEqual(await watched.violations(), []);
      await p.close();
    });
  }
});

const TAMPERED = 'sk-tampered-read-worker-ran';

/** Records the scheme of every worker the page starts, in `window.__workers`. */
async function countWorkers(p: Page): Promise<void> {
  await p.addInitScript(() => {
    const started: string[] = [];
    (window as unknown as { __workers: string[] }).__workers = started;
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started.push(new URL(String(url), location.href).protocol);
      }
    };
  });
}
