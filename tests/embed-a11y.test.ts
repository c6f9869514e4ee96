// Accessibility of the example pages (a Vite build of examples/): axe with the WCAG 2.2 AA and
// best-practice rules on every page in every state a visitor can reach, and two tasks done with the
// keyboard only (no clicks): finding an insats for unga vuxna in Västerås and opening it, and listing
// the organisations that collaborate with Försäkringskassan in Västerås in the map's list view.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { collaboratorsOf, loadDataset, restrictDataset } from '@samordningskartan/sdk';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { launch, type PageWatch, watch } from './support/browser.js';
import { startServer, type TestServer } from './support/server.js';

const root = new URL('..', import.meta.url).pathname;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];
const DEMO = readFileSync(join(root, 'examples/data/demo.json'), 'utf8');

// axe-core comes with @open-wc/testing (through chai-a11y-axe); pnpm keeps it beside that package.
const testing = realpathSync(join(root, 'node_modules/@open-wc/testing'));
const axePath = createRequire(
  join(realpathSync(join(testing, '../../chai-a11y-axe')), 'package.json'),
).resolve('axe-core/axe.min.js');
const AXE = readFileSync(axePath, 'utf8');

let out: string;
let server: TestServer;
let browser: Browser;

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'sk-examples-'));
  await build({
    configFile: join(root, 'examples/vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: out, emptyOutDir: true },
  });
  server = await startServer({ mounts: { '/data/': join(root, 'examples/data'), '/': out } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

interface Opened {
  context: BrowserContext;
  page: Page;
  w: PageWatch;
}

async function open(path: string, options: { failData?: boolean; width?: number } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 } });
  const page = await context.newPage();
  const w = await watch(page);
  if (options.failData)
    await page.route('**/data/demo.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(`${server.url}${path}`);
  return { context, page, w };
}

/** Runs axe on the whole page (open shadow roots included); returns the violations, readable. */
async function axe(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so no script tag is added to the page.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async (tags) => {
    const w = window as unknown as {
      axe: {
        run: (
          ctx: Document,
          o: object,
        ) => Promise<{
          violations: Array<{
            id: string;
            help: string;
            nodes: Array<{ target: unknown[]; failureSummary?: string }>;
          }>;
        }>;
      };
    };
    const r = await w.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return r.violations.map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => JSON.stringify(n.target))
          .join(', ')}`,
    );
  }, TAGS);
  return violations;
}

async function expectAccessible(page: Page, state: string): Promise<void> {
  assert.deepEqual(await axe(page), [], `axe violations in state "${state}"`);
}

/** What has focus, looking through shadow roots. */
interface Focus {
  tag: string;
  id: string;
  type: string | null;
  role: string | null;
  label: string;
  text: string;
  dataId: string | undefined;
  goto: string | undefined;
  host: string | undefined;
}
const focused = (page: Page): Promise<Focus | null> =>
  page.evaluate(() => {
    let el = document.activeElement as HTMLElement | null;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement as HTMLElement;
    if (!el || el === document.body) return null;
    const root = el.getRootNode() as Document | ShadowRoot;
    const label = el.id ? root.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : undefined;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      type: el.getAttribute('type'),
      role: el.getAttribute('role'),
      label: (label ?? '').replace(/\s+/g, ' ').trim(),
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
      dataId: el.dataset.id,
      goto: el.dataset.goto,
      host: (root as ShadowRoot).host?.tagName.toLowerCase(),
    };
  });

/** Presses Tab until the focused element matches; fails after `max` presses. */
async function tabTo(page: Page, what: string, match: (f: Focus) => boolean, max = 150): Promise<Focus> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f && match(f)) return f;
  }
  throw new Error(`Tab never reached ${what}`);
}

describe('axe on every example page in every state', () => {
  it('index.html', async () => {
    const { context, page } = await open('/');
    try {
      await page.locator('h1').waitFor();
      await expectAccessible(page, 'start');
    } finally {
      await context.close();
    }
  });

  it('insats-sok.html: results, filters chosen, detail open, no hits, error', async () => {
    const { context, page, w } = await open('/insats-sok.html');
    try {
      await page.locator('insats-sok [part="hit"]').first().waitFor({ timeout: 15_000 });
      await expectAccessible(page, 'results');
      await page.locator('insats-sok [part="facet"] input[type="checkbox"]').first().check();
      await page.locator('insats-sok [part="chip"]').first().waitFor();
      await expectAccessible(page, 'filters chosen');
      await page.locator('insats-sok [part="hit-link"]').first().click();
      await page.locator('insats-sok [part="detail"]').waitFor();
      await expectAccessible(page, 'detail open');
      await page.locator('insats-sok [part="back"]').first().click();
      await page.locator('insats-sok input[type="search"]').fill('qqxqzzyy');
      await page.locator('insats-sok [part="empty"]').waitFor();
      await expectAccessible(page, 'no hits');
      assert.deepEqual(w.errors, []);
    } finally {
      await context.close();
    }
    const failing = await open('/insats-sok.html', { failData: true });
    try {
      await failing.page.locator('insats-sok [part="error"]').waitFor({ timeout: 15_000 });
      await failing.page.locator('insats-sok [part="error"] summary').click();
      await expectAccessible(failing.page, 'error');
    } finally {
      await failing.context.close();
    }
  });

  it('arbetsgivare.html: the employers’ entry, "praktik", an offer with its contact', async () => {
    const { context, page, w } = await open('/arbetsgivare.html');
    try {
      await page.locator('insats-sok [part="hit"]').first().waitFor({ timeout: 15_000 });
      await page.locator('insats-sok [part="chip"]').first().waitFor();
      await expectAccessible(page, 'employers preset');
      await page.locator('insats-sok input[type="search"]').fill('praktik');
      await page.locator('insats-sok a[data-id="vaxjoloftet-praktikupprop"]').click();
      await page.locator('insats-sok [part="error-report"]').waitFor();
      assert.ok(await page.locator('insats-sok [part="detail"] .contacts a').count());
      await expectAccessible(page, 'offer open');
      assert.deepEqual(w.errors, []);
    } finally {
      await context.close();
    }
  });

  it('samordning-karta.html: map, collaboration view, list, details, error', async () => {
    const { context, page, w } = await open('/samordning-karta.html');
    try {
      const karta = page.locator('samordning-karta');
      await karta.locator('[part="canvas"] canvas').first().waitFor({ timeout: 15_000 });
      await page.locator('insats-sok [part="hit"]').first().waitFor({ timeout: 15_000 });
      await expectAccessible(page, 'organisation map');
      await karta.locator('[part="views"] button', { hasText: 'Samverkan' }).click();
      await expectAccessible(page, 'collaboration map');
      await karta.locator('[part="views"] button', { hasText: 'Lista' }).click();
      await karta.locator('[role="treeitem"]').first().waitFor();
      await expectAccessible(page, 'list');
      await karta.locator('[role="treeitem"][data-id="forsakringskassan"]').click();
      await karta.locator('#details-title', { hasText: 'Försäkringskassan' }).waitFor();
      await page.locator('insats-sok [part="chip"]').first().waitFor();
      await expectAccessible(page, 'details open, search filtered');
      await karta.locator('[part="filters"] summary').click();
      await expectAccessible(page, 'filters open');
      assert.deepEqual(w.errors, []);
    } finally {
      await context.close();
    }
    const failing = await open('/samordning-karta.html', { failData: true });
    try {
      await failing.page.locator('samordning-karta [role="alert"]').waitFor({ timeout: 15_000 });
      await failing.page.locator('insats-sok [part="error"]').waitFor({ timeout: 15_000 });
      await expectAccessible(failing.page, 'error');
    } finally {
      await failing.context.close();
    }
  });

  it('analys.html: tables, cells chosen, rows by age, error', async () => {
    const { context, page, w } = await open('/analys.html');
    try {
      await page.locator('samordning-analys table').first().waitFor({ timeout: 15_000 });
      await page.locator('insats-sok [part="hit"]').first().waitFor({ timeout: 15_000 });
      await expectAccessible(page, 'tables');
      const analys = page.locator('samordning-analys');
      // A target group × kommun cell filters the linked search (and says so).
      await analys.locator('button[data-table="coverage"]').first().click();
      await page.locator('insats-sok [part="chip"]').first().waitFor();
      await analys.locator('p.notice button').waitFor();
      await expectAccessible(page, 'coverage cell shown in the search');
      // By age band the cell opens its own details.
      await analys.locator('input[name="rows"][value="ageBand"]').check();
      await expectAccessible(page, 'rows by age band');
      await analys.locator('button[data-table="coverage"]').first().click();
      await analys.locator('#coverage-details').waitFor();
      await expectAccessible(page, 'coverage cell details');
      await analys.locator('button[part="cell"]:not([data-table="coverage"])').first().click();
      await analys.locator('[part="details"]').first().waitFor();
      await expectAccessible(page, 'collaboration cell chosen');
      assert.deepEqual(w.errors, []);
    } finally {
      await context.close();
    }
    const failing = await open('/analys.html', { failData: true });
    try {
      await failing.page.locator('samordning-analys [role="alert"]').waitFor({ timeout: 15_000 });
      await expectAccessible(failing.page, 'error');
    } finally {
      await failing.context.close();
    }
  });

  it('sdk-app: loaded, a kommun chosen', async () => {
    const { context, page } = await open('/sdk-app/');
    try {
      await page.locator('#kommun:not([disabled])').waitFor({ timeout: 15_000 });
      await expectAccessible(page, 'loaded');
      await page.locator('#kommun').selectOption('1980');
      await page.locator('#result:not([hidden])').waitFor();
      await expectAccessible(page, 'kommun chosen');
    } finally {
      await context.close();
    }
  });

  it('react: the elements in a React page', async () => {
    const { context, page } = await open('/react/');
    try {
      await page.locator('insats-sok [part="hit"]').first().waitFor({ timeout: 15_000 });
      await expectAccessible(page, 'loaded');
    } finally {
      await context.close();
    }
  });
});

describe('keyboard-only tasks', () => {
  it('find an insats for unga vuxna in Västerås and open its details', async () => {
    const { context, page } = await open('/insats-sok.html');
    try {
      const dataset = (await loadDataset(JSON.parse(DEMO))).dataset;
      await page.locator('insats-sok [part="hit"]').first().waitFor({ timeout: 15_000 });
      // Choose the target group, then the kommun, each by Tab and Space.
      const group = dataset.label('unga-vuxna');
      await tabTo(page, group, (f) => f.type === 'checkbox' && f.label.startsWith(group));
      await page.keyboard.press('Space');
      await page.locator('insats-sok [part="chip"]', { hasText: group }).waitFor();
      await tabTo(page, 'Västerås', (f) => f.type === 'checkbox' && f.label.startsWith('Västerås'));
      await page.keyboard.press('Space');
      await page.locator('insats-sok [part="chip"]', { hasText: 'Västerås' }).waitFor();
      // The first hit, opened with Enter.
      const link = await tabTo(page, 'a hit', (f) => f.tag === 'a' && f.dataId !== undefined);
      await page.keyboard.press('Enter');
      await page.locator('insats-sok [part="detail"]').waitFor();
      const now = await focused(page);
      assert.equal(now?.id, 'detail-title', 'focus moved to the heading of the detail view');
      const service = dataset.service(link.dataId!);
      assert.ok(service, link.dataId);
      assert.equal(now?.text, dataset.label(service.id));
      assert.ok(service.targetGroups?.includes('unga-vuxna'), `${service.id} is not for unga vuxna`);
      assert.ok(dataset.municipalitiesOf(service).includes('1980'), `${service.id} is not in Västerås`);
    } finally {
      await context.close();
    }
  });

  it('in the map, list the organisations that collaborate with Försäkringskassan in Västerås, in at most 12 keys', async () => {
    const { context, page } = await open('/samordning-karta.html');
    try {
      const karta = page.locator('samordning-karta');
      await karta.locator('[part="views"] button').first().waitFor({ timeout: 15_000 });
      await tabTo(page, 'the list view button', (f) => f.host === 'samordning-karta' && f.text === 'Lista');
      // From the list view button on, every key counts.
      let keys = 0;
      const press = async (key: string) => {
        keys++;
        await page.keyboard.press(key);
      };
      await press('Enter');
      for (let i = 0; i < 10 && (await focused(page))?.role !== 'treeitem'; i++) await press('Tab');
      // Type-ahead to Försäkringskassan and select it.
      for (let i = 0; i < 10 && (await focused(page))?.dataId !== 'forsakringskassan'; i++) await press('f');
      assert.equal((await focused(page))?.dataId, 'forsakringskassan');
      await press('Enter');
      await karta.locator('#details-title', { hasText: 'Försäkringskassan' }).waitFor();
      assert.ok(keys <= 12, `${keys} keys`);

      // The answer, as text in the details beside the list: "Samverkar med", each with why.
      const answer = await karta
        .locator('aside ul[data-group="collaborators"] > li')
        .evaluateAll((items) => items.map((li) => (li.firstElementChild?.textContent ?? '').trim()));
      const why = (await karta.locator('aside ul[data-group="collaborators"]').textContent()) ?? '';
      assert.match(why, /Samordningsteamet/);
      // The SDK's answer: who collaborates with Försäkringskassan within Västerås, and nothing else.
      const dataset = (await loadDataset(JSON.parse(DEMO))).dataset;
      const vasteras = restrictDataset(dataset, { association: 'forbund-vasteras' });
      const expected = collaboratorsOf(vasteras, 'forsakringskassan').map((c) =>
        dataset.label(c.organisation),
      );
      assert.ok(expected.length >= 3, expected.join());
      assert.deepEqual(answer, expected);
    } finally {
      await context.close();
    }
  });
});
