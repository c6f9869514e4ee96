// Measures the ways to cover the map's lazy Cytoscape chunk with Subresource Integrity, as a visitor
// on a slow connection meets them: bytes the page downloads (gzip, as served) and the time until the
// map's list view shows data and until its graph is drawn. Figures for docs/bädda-in.md.
//   node --import tsx tests/support/measure-embed.ts
// Variants: the entry verifies the chunk itself (what the build does); the webmaster adds
// <link rel="modulepreload" integrity> for the chunk; one file with Cytoscape inside.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { buildCdn } from '../../packages/elements/scripts/build-cdn.mjs';
import { launch } from './browser.js';
import { STRICT_CSP, startServer } from './server.js';

const root = new URL('../..', import.meta.url).pathname;
const elements = join(root, 'packages/elements');
const tmp = mkdtempSync(join(tmpdir(), 'sk-measure-'));
const RUNS = 3;
// About a slow 4G connection: 1.6 Mbit/s down, 150 ms round trip.
const NETWORK = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 90_000 };

try {
  const cdn = join(tmp, 'cdn');
  const { integrity } = await buildCdn({ outDir: cdn, quiet: true });
  const chunk = Object.keys(integrity).find((f) => f.startsWith('chunks/cytoscape-')) as string;
  // The same element with Cytoscape bundled in (no lazy chunk).
  await build({
    root: elements,
    configFile: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    resolve: {
      conditions: ['browser', 'production', 'import', 'default'],
      alias: [{ find: /^cytoscape$/, replacement: 'cytoscape/dist/cytoscape.esm.min.mjs' }],
    },
    build: {
      outDir: join(tmp, 'inline'),
      target: 'es2022',
      minify: true,
      modulePreload: false,
      rollupOptions: {
        input: join(elements, 'src/samordning-karta/define.ts'),
        output: { format: 'es', entryFileNames: 'samordning-karta.js', codeSplitting: false },
      },
    },
  });
  const script = (dir: string) => `<script type="module" src="/${dir}/samordning-karta.js"></script>`;
  const pages: Record<string, string> = {
    'entry verifies the chunk (chosen)': script('cdn'),
    'webmaster adds modulepreload integrity': `${script('cdn')}\n<link rel="modulepreload" href="/cdn/${chunk}" integrity="${integrity[chunk]}" crossorigin="anonymous">`,
    'no lazy chunk (Cytoscape inside)': script('inline'),
  };
  const server = await startServer({
    mounts: {
      '/cdn/': cdn,
      '/inline/': join(tmp, 'inline'),
      '/data/': join(root, 'examples/data'),
      '/': tmp,
    },
    pageHeaders: { 'content-security-policy': STRICT_CSP },
    gzip: true,
  });
  const browser = await launch();
  console.log('variant'.padEnd(42), 'list view: KB, ms'.padEnd(20), 'graph drawn: KB, ms');
  for (const [i, [name, head]] of Object.entries(pages).entries()) {
    for (const view of ['lista', 'organisation']) {
      writeFileSync(
        join(tmp, `p${i}-${view}.html`),
        `<!doctype html><html lang="sv"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>m</title>${head}</head>` +
          `<body><samordning-karta src="/data/demo.json" view="${view}"></samordning-karta></body></html>`,
      );
    }
    const row: string[] = [];
    for (const view of ['lista', 'organisation']) {
      const times: number[] = [];
      let bytes = 0;
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', NETWORK);
        let received = 0;
        cdp.on('Network.loadingFinished', (e) => {
          received += e.encodedDataLength;
        });
        await page.addInitScript(() => {
          document.addEventListener('samordning-karta-render', () => {
            (window as unknown as { __drawn: number }).__drawn = performance.now();
          });
        });
        await page.goto(`${server.url}/p${i}-${view}.html`);
        await page.waitForFunction(
          (v) =>
            v === 'lista'
              ? document.querySelector('samordning-karta')?.shadowRoot?.querySelector('[role=treeitem]')
              : (window as unknown as { __drawn?: number }).__drawn,
          view,
          { polling: 'raf', timeout: 120_000 },
        );
        times.push(
          await page.evaluate(() => (window as unknown as { __drawn?: number }).__drawn ?? performance.now()),
        );
        await page.waitForTimeout(300);
        bytes = received;
        await context.close();
      }
      times.sort((a, b) => a - b);
      row.push(`${(bytes / 1024).toFixed(0)} KB, ${Math.round(times[Math.floor(RUNS / 2)] as number)} ms`);
    }
    console.log(name.padEnd(42), (row[0] as string).padEnd(20), row[1]);
  }
  await browser.close();
  await server.close();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
