import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openPrebuilt } from '@samordningskartan/sdk';
import { cli } from './support/run-cli.js';

const demo = new URL('../../../examples/data/demo.json', import.meta.url).pathname;

describe('samordningskartan index', () => {
  it('writes <file>.index next to the data file, readable for that file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-index-'));
    const file = join(dir, 'demo.json');
    copyFileSync(demo, file);
    const { code, out } = await cli('index', file, '--json');
    assert.equal(code, 0);
    const report = JSON.parse(out);
    assert.equal(report.errors, 0);
    assert.equal(report.written, `${file}.index`);
    const opened = openPrebuilt(readFileSync(`${file}.index`), readFileSync(file));
    assert.ok(opened.ok);
    assert.equal(opened.dataset.size, report.services);
    assert.ok(report.services > 0);
  });

  it('writes where -o says, and tells it in Swedish by default', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-index-'));
    const target = join(dir, 'sok.index');
    const { code, out } = await cli('index', demo, '-o', target);
    assert.equal(code, 0);
    assert.match(out, /Skrev .*sok\.index: \d+ insatser/);
    assert.ok(existsSync(target));
  });

  it('writes no index for a file with errors, and exits with 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sk-index-'));
    const file = join(dir, 'bad.json');
    const data = JSON.parse(readFileSync(demo, 'utf8'));
    data.services.push({ id: 'utan-namn' });
    writeFileSync(file, JSON.stringify(data));
    const { code, out } = await cli('index', file, '--lang', 'en');
    assert.equal(code, 1);
    assert.match(out, /No index was written/);
    assert.equal(existsSync(`${file}.index`), false);
  });

  it('asks for exactly one file', async () => {
    const { code } = await cli('index');
    assert.equal(code, 2);
  });
});
