// Storybook builds, and every story renders without console errors or axe-blocking crashes.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launch, watch } from './support/browser.js';
import { startServer, type TestServer } from './support/server.js';

const root = new URL('..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'sk-storybook-'));
let server: TestServer;
let browser: Browser;

before(async () => {
  execFileSync(
    join(root, 'node_modules/.bin/storybook'),
    ['build', '-o', out, '--quiet', '--disable-telemetry'],
    {
      cwd: root,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
      stdio: 'pipe',
    },
  );
  server = await startServer({ mounts: { '/': out } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('Storybook', () => {
  it('builds and lists stories for every element', () => {
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    const titles = new Set(
      Object.values(index.entries as Record<string, { title: string }>).map((e) => e.title),
    );
    for (const t of ['Element/insats-sok', 'Element/samordning-karta', 'Element/samordning-analys']) {
      assert.ok(titles.has(t), `no stories titled ${t}; found ${[...titles].join(', ')}`);
    }
  });
  it('renders every story without console errors', async () => {
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    const stories = Object.values(index.entries as Record<string, { id: string; type: string }>).filter(
      (e) => e.type === 'story',
    );
    const failures: string[] = [];
    const page = await browser.newPage();
    const w = await watch(page);
    for (const story of stories) {
      w.errors.length = 0;
      await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`);
      await page.waitForFunction(
        () => (document.querySelector('#storybook-root')?.childElementCount ?? 0) > 0,
        null,
        { timeout: 15_000 },
      );
      await page.waitForTimeout(300);
      // Stories of the error state log on purpose; everything else must be silent.
      const errors = /fel|error/i.test(story.id)
        ? w.errors.filter(
            (e) =>
              !/samordningskartan|^\[(insats-sok|samordning-karta|samordning-analys)\]|Failed to load resource/.test(
                e,
              ),
          )
        : w.errors;
      if (errors.length) failures.push(`${story.id}: ${errors.join(' | ')}`);
    }
    await page.close();
    assert.deepEqual(failures, []);
  });
});
