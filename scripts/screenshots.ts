// Screenshots of the real elements for the documentation: builds the CDN bundles, serves them with
// the demo data under the strict Content-Security-Policy, opens one page per element in the system
// Chromium (Swedish UI, 1280×800 unless a shot asks for more, device scale factor 1) and writes PNGs
// to docs/images/.
// Usage: pnpm docs:screenshots [--only <part of a file name>,…]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildCdn } from '../packages/elements/scripts/build-cdn.mjs';
import { launch, watch } from '../tests/support/browser.js';
import { STRICT_CSP, startServer } from '../tests/support/server.js';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'docs/images');
const VIEWPORT = { width: 1280, height: 800 };

/** A page holding one element, with nothing around it but a heading the way a förbund site has one. */
const page = (title: string, body: string) => `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><title>${title}</title>
<script type="module" src="/cdn/samordningskartan.js"></script>
<link rel="stylesheet" href="/site.css"></head>
<body><main><h1>${title}</h1>
${body}
</main></body>
</html>
`;

// The page's own style sheet (a file, so the strict policy needs no exception): the elements inherit
// the font, as they would on a förbund's site.
const SITE_CSS = `body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; color: #1b1b1b; }
main { padding: 16px 24px; }
h1 { font-size: 1.5rem; margin: 0 0 12px; }
.whole-forbund { --samordning-karta-height: 1180px; }
`;

const PAGES: Record<string, string> = {
  'sok.html': page(
    'Sök insatser',
    '<insats-sok src="/data/demo.json" association="forbund-vasteras"></insats-sok>',
  ),
  'karta.html': page(
    'Samverkan i Västerås',
    '<samordning-karta class="whole-forbund" src="/data/demo.json" association="forbund-vasteras" view="organisation"></samordning-karta>',
  ),
  'samverkan.html': page(
    'Samverkan i Värend',
    '<samordning-karta src="/data/demo.json" association="forbund-varend" view="samverkan"></samordning-karta>',
  ),
  'malgrupper.html': page(
    'För vem i Västerås',
    '<samordning-karta src="/data/demo.json" association="forbund-vasteras" view="organisation" target-groups></samordning-karta>',
  ),
  'lista.html': page(
    'Samverkan i Västerås',
    '<samordning-karta src="/data/demo.json" association="forbund-vasteras" view="lista"></samordning-karta>',
  ),
  'analys.html': page(
    'Kartläggning',
    '<samordning-analys src="/data/demo.json" association="forbund-vasteras"></samordning-analys>',
  ),
};

interface Shot {
  file: string;
  page: string;
  /** Brings the page into the state to capture. */
  prepare: (p: Page) => Promise<void>;
  /** A larger window than 1280×800, for a picture of a whole förbund at its readable 12 px labels. */
  viewport?: { width: number; height: number };
}

const SHOTS: Shot[] = [
  {
    file: 'insats-sok-traffar.png',
    page: 'sok.html',
    prepare: async (p) => {
      await p.locator('insats-sok [part="hit"]').first().waitFor();
    },
  },
  {
    file: 'insats-sok-detalj.png',
    page: 'sok.html',
    prepare: async (p) => {
      await p.locator('insats-sok [part="hit-link"]', { hasText: /^Samordningsteamet Västerås$/ }).click();
      await p.locator('insats-sok [part="detail"]').waitFor();
    },
  },
  {
    // All of Västerås: its members with their units and insatser, at the readable first view.
    file: 'samordning-karta-organisation.png',
    page: 'karta.html',
    viewport: { width: 1920, height: 1440 },
    prepare: async (p) => {
      await p.waitForFunction(() => (window as unknown as { __rendered?: boolean }).__rendered === true);
    },
  },
  {
    // The target-group layer (för vem): the insatser joined to the groups they are for, on the right.
    file: 'samordning-karta-malgrupper.png',
    page: 'malgrupper.html',
    prepare: async (p) => {
      await p.waitForFunction(() => (window as unknown as { __rendered?: boolean }).__rendered === true);
      await p.locator('samordning-karta input[type="search"]').fill('Unga vuxna');
      await p.locator('samordning-karta button', { hasText: 'Hitta' }).click();
    },
  },
  {
    // Värend has member pairs with no collaboration (Västerås has none): the mark must show.
    file: 'samordning-karta-samverkan-saknas.png',
    page: 'samverkan.html',
    prepare: async (p) => {
      await p.waitForFunction(() => (window as unknown as { __rendered?: boolean }).__rendered === true);
      // The gaps run from Arbetsförmedlingen, right of the first view: find it so they are in frame.
      await p.locator('samordning-karta input[type="search"]').fill('Arbetsförmedlingen');
      await p.locator('samordning-karta button', { hasText: 'Hitta' }).click();
    },
  },
  {
    file: 'samordning-karta-lista.png',
    page: 'lista.html',
    prepare: async (p) => {
      const item = p.locator('samordning-karta [role="treeitem"][data-id="forsakringskassan"]');
      await item.waitFor();
      await item.click();
      await p.locator('samordning-karta #details-title', { hasText: 'Försäkringskassan' }).waitFor();
    },
  },
  {
    file: 'samordning-analys.png',
    page: 'analys.html',
    prepare: async (p) => {
      await p.locator('samordning-analys table').first().waitFor();
    },
  },
];

const tmp = mkdtempSync(join(tmpdir(), 'sk-screenshots-'));
const browser = await launch();
try {
  const cdn = join(tmp, 'cdn');
  await buildCdn({ outDir: cdn, quiet: true });
  const site = join(tmp, 'site');
  mkdirSync(site);
  for (const [name, html] of Object.entries(PAGES)) writeFileSync(join(site, name), html);
  writeFileSync(join(site, 'site.css'), SITE_CSS);
  writeFileSync(join(site, 'favicon.ico'), '');
  const server = await startServer({
    mounts: { '/cdn/': cdn, '/data/': join(root, 'examples/data'), '/': site },
    pageHeaders: { 'content-security-policy': STRICT_CSP },
  });
  mkdirSync(outDir, { recursive: true });
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    locale: 'sv-SE',
    reducedMotion: 'reduce',
  });
  const i = process.argv.indexOf('--only');
  const only = i > 0 ? (process.argv[i + 1] ?? '').split(',').filter(Boolean) : [];
  for (const shot of SHOTS.filter((s) => !only.length || only.some((o) => s.file.includes(o)))) {
    const p = await context.newPage();
    if (shot.viewport) await p.setViewportSize(shot.viewport);
    const w = await watch(p);
    await p.addInitScript(() => {
      document.addEventListener('samordning-karta-render', () => {
        (window as unknown as { __rendered: boolean }).__rendered = true;
      });
    });
    await p.goto(`${server.url}/${shot.page}`);
    await shot.prepare(p);
    // Let fonts, the last layout and the focus ring settle.
    await p.evaluate(() => document.fonts.ready);
    await p.waitForTimeout(400);
    await p.screenshot({ path: join(outDir, shot.file), animations: 'disabled' });
    const problems = [...(await w.violations()), ...w.errors];
    if (problems.length) throw new Error(`${shot.file}: ${problems.join(' | ')}`);
    console.log(`docs/images/${shot.file}`);
    await p.close();
  }
  await server.close();
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}
