import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { loadDataset } from '../src/index.js';
import { minimalDataset } from './fixtures/minimal.js';

// A local server with one route per fault the loader must survive.
let server: Server;
let base: string;
const hits = new Map<string, number>();
const body = JSON.stringify(minimalDataset());

before(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    const n = (hits.get(url) ?? 0) + 1;
    hits.set(url, n);
    const json = (text: string, status = 200) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(text);
    };
    switch (url) {
      case '/ok.json':
        return json(body);
      case '/bom.json':
        return json(`\uFEFF${body}`);
      case '/404.json':
        res.writeHead(404, { 'content-type': 'text/html' });
        return res.end('<h1>Not found</h1>');
      case '/500-then-ok.json':
        return n === 1 ? json('{"error":true}', 500) : json(body);
      case '/always-500.json':
        return json('oops', 503);
      case '/html.json':
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end('<!doctype html><title>Start</title>');
      case '/empty.json':
        return json('');
      case '/truncated.json':
        return json(body.slice(0, body.length / 2));
      case '/hang.json':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"formatVersion":1,');
        return; // never ends
      default:
        res.writeHead(404);
        res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const fast = { retryDelay: 10, timeout: 2000 };

describe('loadDataset over HTTP', () => {
  it('loads a URL', async () => {
    const r = await loadDataset(`${base}/ok.json`, fast);
    assert.equal(r.fatal, false);
    assert.equal(r.errors, 0);
    assert.equal(r.dataset.services.length, 4);
  });
  it('tolerates a UTF-8 BOM', async () => {
    const r = await loadDataset(`${base}/bom.json`, fast);
    assert.equal(r.errors, 0);
    assert.equal(r.dataset.organisations.length, 7);
  });
  it('reports 404 without retrying', async () => {
    const r = await loadDataset(`${base}/404.json`, fast);
    assert.equal(r.fatal, true);
    assert.equal(r.problems[0]!.code, 'http-error');
    assert.match(r.problems[0]!.message.sv, /404/);
    assert.equal(hits.get('/404.json'), 1);
    assert.equal(r.dataset.services.length, 0);
    // Machine-readable: a UI must not offer "try again" for a missing file.
    assert.equal(r.problems[0]!.status, 404);
    assert.equal(r.problems[0]!.transient, undefined);
  });
  it('retries a 5xx and succeeds', async () => {
    const r = await loadDataset(`${base}/500-then-ok.json`, fast);
    assert.equal(r.fatal, false);
    assert.equal(hits.get('/500-then-ok.json'), 2);
    assert.equal(r.dataset.services.length, 4);
  });
  it('gives up after the retries on a lasting 5xx', async () => {
    const r = await loadDataset(`${base}/always-500.json`, { ...fast, retries: 2 });
    assert.equal(r.fatal, true);
    assert.equal(hits.get('/always-500.json'), 3);
    assert.equal(r.problems[0]!.status, 503);
    assert.equal(r.problems[0]!.transient, true);
  });
  it('explains an HTML page instead of JSON', async () => {
    const r = await loadDataset(`${base}/html.json`, fast);
    assert.equal(r.problems[0]!.code, 'html-instead-of-json');
  });
  it('explains an empty body', async () => {
    const r = await loadDataset(`${base}/empty.json`, fast);
    assert.equal(r.problems[0]!.code, 'empty-body');
    assert.equal(r.problems[0]!.transient, undefined);
  });
  it('explains truncated JSON', async () => {
    const r = await loadDataset(`${base}/truncated.json`, fast);
    assert.equal(r.problems[0]!.code, 'invalid-json');
    assert.match(r.problems[0]!.message.sv, /ofullständig/);
  });
  it('times out on a response that never ends', async () => {
    const started = Date.now();
    const r = await loadDataset(`${base}/hang.json`, { ...fast, timeout: 300 });
    assert.equal(r.problems[0]!.code, 'timeout');
    assert.equal(r.problems[0]!.transient, true);
    assert.ok(Date.now() - started < 2000);
  });
  it('rejects with the abort reason when the caller aborts', async () => {
    const ac = new AbortController();
    const p = loadDataset(`${base}/hang.json`, { ...fast, signal: ac.signal });
    setTimeout(() => ac.abort(), 50);
    await assert.rejects(p, (e: Error) => e.name === 'AbortError');
  });
  it('reports a network error', async () => {
    const r = await loadDataset('http://127.0.0.1:1/nothing.json', { ...fast, retries: 1 });
    assert.equal(r.problems[0]!.code, 'network-error');
    assert.equal(r.problems[0]!.transient, true);
  });
  it('reports progress while downloading', async () => {
    const seen: number[] = [];
    await loadDataset(`${base}/ok.json`, { ...fast, onProgress: (loaded) => seen.push(loaded) });
    assert.ok(seen.length > 0);
    assert.equal(seen.at(-1), Buffer.byteLength(body));
  });
  it('keeps the sources that load when another fails', async () => {
    const r = await loadDataset([`${base}/ok.json`, `${base}/404.json`], fast);
    assert.equal(r.fatal, true);
    assert.equal(r.dataset.services.length, 4);
    assert.equal(r.problems[0]!.source, `${base}/404.json`);
  });
});

describe('loadDataset from objects and responses', () => {
  it('takes an object', async () => {
    const r = await loadDataset(minimalDataset());
    assert.equal(r.errors, 0);
  });
  it('takes a Response', async () => {
    const r = await loadDataset(new Response(body));
    assert.equal(r.dataset.services.length, 4);
  });
});
