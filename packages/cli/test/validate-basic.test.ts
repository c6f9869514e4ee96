import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('../../../', import.meta.url).pathname;
const bin = join(root, 'packages/cli/bin/samordningskartan.js');

async function cli(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, [bin, ...args], { cwd: root });
    return { code: 0, stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, stdout: err.stdout };
  }
}

describe('samordningskartan validate', () => {
  it('reports the demo dataset valid with the counts the product promises', async () => {
    const { code, stdout } = await cli('validate', 'examples/data/demo.json', '--json');
    const report = JSON.parse(stdout);
    assert.equal(code, 0);
    assert.equal(report.errors, 0);
    assert.deepEqual(Object.keys(report).sort(), [
      'counts',
      'errors',
      'missingRecommended',
      'problems',
      'stale',
      'warnings',
    ]);
    assert.ok(report.counts.associations >= 15, `förbund: ${report.counts.associations}`);
    assert.ok(report.counts.organisations >= 60, `organisations: ${report.counts.organisations}`);
    assert.ok(report.counts.services >= 30, `insatser: ${report.counts.services}`);
  });
  it('exits 1 with a Swedish report naming the path when the file has errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-'));
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        formatVersion: 1,
        meta: { id: 'x', name: 'X', publisher: 'X', updated: '2024-01-01', license: 'CC0-1.0' },
        services: [
          {
            id: 's',
            name: 'S',
            kind: 'individual',
            status: 'active',
            providers: ['x'],
            municipalities: ['9999'],
          },
        ],
      }),
    );
    const { code, stdout } = await cli('validate', file);
    assert.equal(code, 1);
    assert.match(stdout, /services\[id=s\]\.municipalities\[0\]: okänd kommunkod "9999"/);
    assert.match(stdout, /1 fel/);
  });
  it('explains a missing file', async () => {
    const { code, stdout } = await cli('validate', 'no/such/file.json');
    assert.equal(code, 1);
    assert.match(stdout, /Filen finns inte/);
  });
});

describe('demo dataset privacy', () => {
  it('holds no e-mail addresses or phone numbers', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(join(root, 'examples/data/demo.json'), 'utf8');
    assert.doesNotMatch(text, /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}/, 'e-mail address');
    assert.doesNotMatch(text, /(\+46|\b0\d{1,3}[- ]\d{2,3}[ -]?\d{2}[ -]?\d{2}\b)/, 'phone number');
  });
});
