// Issue 5's path for a new förbund: `samordningskartan init`, a filled spreadsheet (CSV), an import
// that points at the wrong cell, a fixed import, a validated JSON file, shown in both elements.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { buildCdn } from '../packages/elements/scripts/build-cdn.mjs';
import { launch, watch } from './support/browser.js';
import { STRICT_CSP, startServer, type TestServer } from './support/server.js';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'packages/cli/bin/samordningskartan.js');
const work = mkdtempSync(join(tmpdir(), 'sk-flow-'));

async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: work });
    return { code: 0, out: stdout + stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

/** A CSV line in the column order of the file's header row. */
function row(header: string, values: Record<string, string>): string {
  const cols = header
    .replace(/^\uFEFF/, '')
    .trim()
    .split(',');
  return cols
    .map((c) => values[c] ?? '')
    .map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v))
    .join(',');
}

let server: TestServer;
let browser: Browser;
let cdn: string;

before(async () => {
  cdn = (await buildCdn({ outDir: mkdtempSync(join(tmpdir(), 'sk-flow-cdn-')), quiet: true })).out;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('from init to a published file', () => {
  it('init writes a starter catalogue for the förbund and its members', async () => {
    const r = await cli(
      'init',
      '--name',
      'Samordningsförbundet Testbygd',
      '--kommuner',
      'Västerås, Sala',
      '-o',
      'forbund',
    );
    assert.equal(r.code, 0, r.out);
    const orgs = readFileSync(join(work, 'forbund/organisationer.csv'), 'utf8');
    for (const name of [
      'Samordningsförbundet Testbygd',
      'Försäkringskassan',
      'Arbetsförmedlingen',
      'Region Västmanland',
    ]) {
      assert.match(orgs, new RegExp(name));
    }
  });

  it('an import with a misspelt kommun names the cell and suggests the right one', async () => {
    const file = join(work, 'forbund/insatser.csv');
    // As in a spreadsheet: the new insats goes on the row right below the header (row 2).
    const header = readFileSync(file, 'utf8').split('\n')[0]!;
    writeFileSync(file, `${header.trimEnd()}\r\n`);
    appendFileSync(
      file,
      `${row(header, {
        id: 'testbygd-steget',
        namn: 'Steget Testbygd',
        insatsform: 'individinsats',
        status: 'pågående',
        sammanfattning: 'Arbetsträning för unga vuxna i Testbygd.',
        utförare: 'samordningsforbundet-testbygd',
        målgrupper: 'unga-vuxna',
        kommuner: 'Vesterås; Sala',
        'senast kontrollerad': '2026-11-01',
      })}\n`,
    );
    const r = await cli('import', 'forbund', '-o', 'forbund.json');
    assert.equal(r.code, 1);
    assert.match(
      r.out,
      /insatser\.csv rad 2, kolumn "kommuner": okänd kommun "Vesterås" \(menade du Västerås\?\)/,
    );
  });

  it('the fixed import writes a file that validates with zero errors', async () => {
    const file = join(work, 'forbund/insatser.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Vesterås', 'Västerås'));
    const r = await cli('import', 'forbund', '-o', 'forbund.json');
    assert.equal(r.code, 0, r.out);
    const v = await cli('validate', 'forbund.json', '--json');
    const report = JSON.parse(v.out);
    assert.equal(report.errors, 0);
    assert.equal(report.counts.services, 1);
  });

  it('the published file shows in both elements under a strict CSP', async () => {
    writeFileSync(
      join(work, 'index.html'),
      `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Testbygd</title>
<script type="module" src="/dist/samordningskartan.js"></script></head>
<body><main><samordning-karta src="/forbund.json" view="lista" for="sok"></samordning-karta>
<insats-sok id="sok" src="/forbund.json"></insats-sok></main></body></html>`,
    );
    server = await startServer({
      mounts: { '/dist/': cdn, '/': work },
      pageHeaders: { 'content-security-policy': STRICT_CSP },
    });
    const page = await browser.newPage();
    const w = await watch(page);
    await page.goto(`${server.url}/index.html`);
    const sok = page.locator('insats-sok');
    await sok.getByText('Steget Testbygd').first().waitFor({ timeout: 30_000 });
    const karta = page.locator('samordning-karta');
    await karta
      .locator('[role="treeitem"]', { hasText: 'Samordningsförbundet Testbygd' })
      .first()
      .waitFor({ timeout: 30_000 });
    await karta
      .locator('[role="treeitem"]', { hasText: 'Steget Testbygd' })
      .first()
      .waitFor({ timeout: 30_000 });
    assert.deepEqual(await w.violations(), []);
    assert.deepEqual(w.errors, []);
  });
});
