// Any combination of the script-tag bundles on one page, as a CMS with several blocks produces it:
// each bundle with its SRI hash, under the Content-Security-Policy that docs/bädda-in.md documents
// (read from the document, so the docs cannot drift from what works). Every element must show the
// demo data, the map must draw its graph with Cytoscape, and the page must record zero policy
// violations and zero console errors. Then Subresource Integrity: a lazy chunk (Cytoscape, the map's
// drawing code) that differs by one byte from the one the build hashed is refused, and the map says
// so instead of running it.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { buildCdn } from '../packages/elements/scripts/build-cdn.mjs';
import { launch, type PageWatch, watch } from './support/browser.js';
import { STRICT_CSP, startServer, type TestServer } from './support/server.js';

const root = new URL('..', import.meta.url).pathname;

/** The policy of docs/bädda-in.md: the fenced block that starts with `Content-Security-Policy:`. */
function documentedPolicy(): string {
  const md = readFileSync(join(root, 'docs/bädda-in.md'), 'utf8');
  const block = [...md.matchAll(/^```\w*\n(Content-Security-Policy:[\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
  assert.equal(block.length, 1, 'docs/bädda-in.md should document exactly one policy');
  return (block[0] as string)
    .replace(/^Content-Security-Policy:/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

let tmp: string;
let server: TestServer;
/** The same files under the documented policy without 'allow-duplicates'. */
let strict: TestServer;
let browser: Browser;
let integrity: Record<string, string>;
/** The lazy chunks (chunks/cytoscape-*.js, chunks/map-drawing-*.js), and a string inside each. */
const LAZY = { cytoscape: 'cytoscape', 'map-drawing': 'noCollaboration' } as const;
const lazy = {} as Record<keyof typeof LAZY, string>;
const policy = documentedPolicy();

/** A module script tag for `file` of the copy under `/${folder}/`, with its SRI hash. */
const tag = (folder: string, file: string) =>
  `<script type="module" src="/${folder}/${file}" integrity="${integrity[file]}" crossorigin="anonymous"></script>`;

function writePage(name: string, scripts: string[], body: string): string {
  writeFileSync(
    join(tmp, 'pages', `${name}.html`),
    `<!doctype html>\n<html lang="sv">\n<head><meta charset="utf-8"><link rel="icon" href="data:,">` +
      `<title>${name}</title>\n${scripts.join('\n')}\n</head>\n<body><main><h1>${name}</h1>\n${body}\n</main></body>\n</html>\n`,
  );
  return `${server.url}/${name}.html`;
}

const SOK = '<insats-sok src="/data/demo.json"></insats-sok>';
// Flat (grouping="off"): these pages check the whole demo map is drawn, not the national grouping.
const KARTA =
  '<samordning-karta src="/data/demo.json" view="organisation" grouping="off"></samordning-karta>';
const ANALYS = '<samordning-analys src="/data/demo.json"></samordning-analys>';

interface Opened {
  page: Page;
  w: PageWatch;
  renders: () => Promise<Array<{ nodes: number; edges: number }>>;
}

async function open(url: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const w = await watch(page);
  await page.addInitScript(() => {
    const log: unknown[] = [];
    (window as unknown as { __renders: unknown[] }).__renders = log;
    document.addEventListener('samordning-karta-render', (e) => log.push((e as CustomEvent).detail));
  });
  await page.goto(url);
  const renders = () =>
    page.evaluate(
      () => (window as unknown as { __renders: Array<{ nodes: number; edges: number }> }).__renders,
    );
  return { page, w, renders };
}

/** Every element on the page shows data; every map has drawn its graph. */
async function assertAllRender({ page, renders }: Opened): Promise<void> {
  const count = (sel: string) => page.locator(sel).count();
  for (let i = 0; i < (await count('insats-sok')); i++) {
    const sok = page.locator('insats-sok').nth(i);
    await sok.locator('[part="hit"]').first().waitFor({ timeout: 15_000 });
  }
  for (let i = 0; i < (await count('samordning-analys')); i++) {
    await page.locator('samordning-analys').nth(i).locator('table td').first().waitFor({ timeout: 15_000 });
  }
  const maps = await count('samordning-karta');
  if (maps > 0) {
    await page.waitForFunction(
      (n) => (window as unknown as { __renders: unknown[] }).__renders.length >= n,
      maps,
      { timeout: 20_000 },
    );
    for (const r of await renders()) assert.ok(r.nodes > 10 && r.edges > 10, JSON.stringify(r));
    for (let i = 0; i < maps; i++)
      assert.ok(
        (await page.locator('samordning-karta').nth(i).locator('[part="canvas"] canvas').count()) > 0,
      );
  }
}

async function assertClean({ page, w }: Opened): Promise<void> {
  await page.waitForTimeout(200);
  assert.deepEqual(await w.violations(), []);
  assert.deepEqual(w.errors, []);
  assert.deepEqual([...w.origins], [server.url]);
}

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'sk-combos-'));
  const cdn = join(tmp, 'cdn');
  ({ integrity } = await buildCdn({ outDir: cdn, quiet: true }));
  for (const [name, inside] of Object.entries(LAZY) as [keyof typeof LAZY, string][]) {
    const chunks = readdirSync(join(cdn, 'chunks')).filter((f) => f.startsWith(`${name}-`));
    assert.equal(chunks.length, 1, chunks.join());
    const chunk = `chunks/${chunks[0]}`;
    lazy[name] = chunk;
    // Copies whose lazy chunk differs from the one the build hashed.
    cpSync(cdn, join(tmp, `flipped-${name}`), { recursive: true });
    const bytes = readFileSync(join(cdn, chunk));
    const at = bytes.indexOf(inside); // inside a string: the changed file still parses and runs
    assert.ok(at > 0);
    bytes[at] = (inside[0] as string).toUpperCase().charCodeAt(0);
    writeFileSync(join(tmp, `flipped-${name}`, chunk), bytes);
    cpSync(cdn, join(tmp, `tampered-${name}`), { recursive: true });
    writeFileSync(
      join(tmp, `tampered-${name}`, chunk),
      `globalThis.__tampered = true;\n${readFileSync(join(cdn, chunk), 'utf8')}`,
    );
  }
  // A second copy, as when two CMS blocks each bring their own: same bytes, other URLs, so the
  // browser runs the bundle twice.
  cpSync(cdn, join(tmp, 'cdn2'), { recursive: true });
  cpSync(join(root, 'tests/pages'), join(tmp, 'pages'), { recursive: true });
  server = await startServer({
    mounts: {
      '/cdn/': cdn,
      '/cdn2/': join(tmp, 'cdn2'),
      ...Object.fromEntries(
        Object.keys(LAZY).flatMap((name) =>
          ['flipped', 'tampered'].map((c) => [`/${c}-${name}/`, join(tmp, `${c}-${name}`)]),
        ),
      ),
      '/data/': join(root, 'examples/data'),
      '/': join(tmp, 'pages'),
    },
    pageHeaders: { 'content-security-policy': policy },
  });
  strict = await startServer({
    mounts: { '/cdn/': cdn, '/data/': join(root, 'examples/data'), '/': join(tmp, 'pages') },
    pageHeaders: { 'content-security-policy': policy.replace(" 'allow-duplicates'", '') },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await strict?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('script-tag bundles combined on one page, under the documented policy', () => {
  it('the other end-to-end suites use the documented policy', () => {
    assert.equal(STRICT_CSP, policy);
    assert.match(policy, /require-trusted-types-for 'script'/);
    assert.match(policy, /script-src 'self';/);
  });

  it('integrity.json lists every file of the build', () => {
    const files = (dir: string, pre = ''): string[] =>
      readdirSync(join(tmp, 'cdn', dir), { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? files(join(dir, d.name), `${pre}${d.name}/`) : [`${pre}${d.name}`],
      );
    const js = files('').filter((f) => f.endsWith('.js'));
    assert.deepEqual(Object.keys(integrity).sort(), js.sort());
    for (const chunk of Object.values(lazy)) assert.ok(integrity[chunk]?.startsWith('sha384-'));
  });

  it('insats-sok.js and samordning-karta.js, two standalone bundles', async () => {
    const opened = await open(
      writePage(
        'two-standalone',
        [tag('cdn', 'insats-sok.js'), tag('cdn', 'samordning-karta.js')],
        SOK + KARTA,
      ),
    );
    await assertAllRender(opened);
    await assertClean(opened);
    await opened.page.close();
  });

  it('one bundle twice: the same tag twice, and a second copy at another URL', async () => {
    const opened = await open(
      writePage(
        'one-bundle-twice',
        [
          tag('cdn', 'samordning-karta.js'),
          tag('cdn', 'samordning-karta.js'),
          tag('cdn2', 'samordning-karta.js'),
        ],
        KARTA + KARTA,
      ),
    );
    await assertAllRender(opened);
    await assertClean(opened);
    await opened.page.close();
  });

  it('samordning-analys.js alone runs the catalogue with the analysis and without the search', async () => {
    const from = server.requests.length;
    const opened = await open(writePage('analys-alone', [tag('cdn', 'samordning-analys.js')], ANALYS));
    await assertAllRender(opened);
    await assertClean(opened);
    const catalogues = server.requests.slice(from).filter((p) => p.includes('/chunks/catalogue-worker-'));
    assert.equal(catalogues.length, 1, catalogues.join(' '));
    assert.match(catalogues[0] ?? '', /\/catalogue-worker-analysis-[^/]*\.js$/);
    await opened.page.close();
  });

  it('a standalone bundle next to the all-in-one, and every bundle at once', async () => {
    const opened = await open(
      writePage(
        'standalone-and-all',
        [
          tag('cdn', 'insats-sok.js'),
          tag('cdn', 'samordningskartan.js'),
          tag('cdn2', 'samordning-analys.js'),
          tag('cdn2', 'samordning-karta.js'),
        ],
        SOK + KARTA + ANALYS,
      ),
    );
    await assertAllRender(opened);
    await assertClean(opened);
    await opened.page.close();
  });
});

describe("without 'allow-duplicates', as docs/bädda-in.md offers it", () => {
  it('the all-in-one bundle, included by two blocks at the same URL, shows every element', async () => {
    const md = readFileSync(join(root, 'docs/bädda-in.md'), 'utf8');
    assert.match(md, /stryk `'allow-duplicates'`/);
    writePage(
      'all-twice',
      [tag('cdn', 'samordningskartan.js'), tag('cdn', 'samordningskartan.js')],
      SOK + KARTA + ANALYS,
    );
    const opened = await open(`${strict.url}/all-twice.html`);
    await assertAllRender(opened);
    await opened.page.waitForTimeout(200);
    assert.deepEqual(await opened.w.violations(), []);
    assert.deepEqual(opened.w.errors, []);
    await opened.page.close();
  });

  it('two different bundles are refused there: the reason the documented policy allows duplicates', async () => {
    writePage('two-strict', [tag('cdn', 'insats-sok.js'), tag('cdn', 'samordning-karta.js')], SOK + KARTA);
    const opened = await open(`${strict.url}/two-strict.html`);
    await opened.page.locator('insats-sok [part="hit"]').first().waitFor({ timeout: 15_000 });
    await opened.page.waitForTimeout(500);
    assert.ok(
      opened.w.errors.some((e) => /Policy with name "lit-html" already exists/.test(e)),
      opened.w.errors.join(' | '),
    );
    await opened.page.close();
  });
});

describe('Subresource Integrity covers the lazy chunks', () => {
  for (const name of Object.keys(LAZY) as (keyof typeof LAZY)[])
    for (const [change, what] of [
      ['flipped', 'one byte flipped'],
      ['tampered', 'code added'],
    ] as const) {
      it(`refuses ${name} with ${what}, and the map says the graph cannot be drawn`, async () => {
        const folder = `${change}-${name}`;
        const opened = await open(writePage(`sri-${folder}`, [tag(folder, 'samordning-karta.js')], KARTA));
        const { page, w, renders } = opened;
        const karta = page.locator('samordning-karta');
        // The list view still shows the data; the graph shows the element's error text.
        await karta
          .locator('.cy-overlay', { hasText: 'Kartan kunde inte ritas' })
          .waitFor({ timeout: 15_000 });
        assert.ok(server.requests.includes(`/${folder}/${lazy[name]}`), 'the chunk was never requested');
        assert.deepEqual(await renders(), []);
        assert.equal(await karta.locator('[part="canvas"] canvas').count(), 0);
        assert.equal(
          await page.evaluate(() => (globalThis as { __tampered?: boolean }).__tampered),
          undefined,
        );
        assert.ok(
          w.errors.some((e) => /integrity/i.test(e)),
          `no integrity error reported: ${w.errors.join(' | ')}`,
        );
        assert.deepEqual(await w.violations(), []);
        await page.close();
      });
    }

  it('the unchanged chunks from the same build load, each once', async () => {
    const opened = await open(writePage('sri-ok', [tag('cdn', 'samordning-karta.js')], KARTA));
    const count = (chunk: string) => server.requests.filter((p) => p === `/cdn/${chunk}`).length;
    const before = Object.values(lazy).map(count);
    await assertAllRender(opened);
    // Fetched once: the import takes the module the integrity check let through, never a second copy.
    assert.deepEqual(
      Object.values(lazy).map((c, i) => count(c) - (before[i] as number)),
      Object.values(lazy).map(() => 1),
    );
    await assertClean(opened);
    await opened.page.close();
  });
});
