import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { generateCatalogue } from '../bench/generate-catalogue.js';
import {
  buildIndexFile,
  createServiceIndex,
  decodeIndexFile,
  encodeIndexFile,
  loadDataset,
  openPrebuilt,
  recordSpans,
  SDK_VERSION,
} from '../src/index.js';

const TODAY = '2026-06-01';
const file = generateCatalogue(400, 3) as unknown as {
  services: Array<Record<string, unknown>>;
};
// One date written the Swedish way: the validation repairs it, so the index keeps the record as validated.
file.services[7]!.updated = '1 mars 2024';
const bytes = new TextEncoder().encode(JSON.stringify(file, null, 1));
const built = buildIndexFile(bytes, { today: TODAY });

const QUERIES = [
  { text: 'arbetsträning', limit: 30 },
  { text: 'samordn', limit: 10, sort: 'name' as const },
  { text: '', filters: { kind: ['individual'] }, limit: 50 },
  { text: 'stöd 30 år', limit: 25 },
  { text: 'samordningsteamt', limit: 5 },
];

describe('prebuilt search index file', () => {
  it('finds each record of a top-level list in the text', () => {
    const text = '{"a":[1,{"x":"]"}],"services":[{"id":"a","b":[1,2]}, {"id":"b\\"}"} ,3],"c":{}}';
    const spans = recordSpans(text)!;
    const parts = [];
    for (let i = 0; i < spans.length; i += 2) parts.push(JSON.parse(text.slice(spans[i], spans[i + 1])));
    assert.deepEqual(parts, [{ id: 'a', b: [1, 2] }, { id: 'b"}' }, 3]);
    assert.equal(recordSpans('{"services":{}}'), undefined);
  });

  it('round trip gives the same hits, facets and records as indexing the file', async () => {
    assert.ok(built.file, 'an index was written');
    const full = await loadDataset(JSON.parse(new TextDecoder().decode(bytes)));
    // Built the ordinary way (statuses on the same day as the index).
    const ordinary = createServiceIndex(full.dataset);
    const opened = openPrebuilt(built.file, bytes);
    assert.ok(opened.ok);
    const lazy = opened.dataset;
    assert.equal(lazy.size, full.dataset.services.length);
    for (const q of QUERIES) {
      const a = ordinary.search(q);
      const b = lazy.index.search(q);
      assert.deepEqual(b.hits, a.hits, q.text);
      assert.deepEqual(b.facets, a.facets, q.text);
      assert.equal(b.total, a.total);
      for (const h of b.hits) assert.deepEqual(lazy.service(h.id), full.dataset.service(h.id));
    }
    assert.deepEqual(lazy.service(full.dataset.services[7]!.id)!.updated, '2024-03-01');
    assert.equal(lazy.completed, false, 'showing hits reads only their records');
    const s = full.dataset.services[3]!;
    assert.deepEqual(lazy.municipalitiesOf(lazy.service(s.id)!), full.dataset.municipalitiesOf(s));
    assert.deepEqual(
      lazy.relationsOf(s.id, { kind: 'funds', direction: 'in' }),
      full.dataset.relationsOf(s.id, { kind: 'funds', direction: 'in' }),
    );
    assert.equal(lazy.completed, false);
    // What needs every insats reads them all, and gets the same answers.
    const org = full.dataset.organisations[0]!.id;
    assert.deepEqual(
      lazy.servicesByOrganisation(org).map((x) => x.id),
      full.dataset.servicesByOrganisation(org).map((x) => x.id),
    );
    assert.equal(lazy.completed, true);
    assert.deepEqual(lazy.complete().data.services, full.dataset.data.services);
    assert.deepEqual(lazy.complete().data.relations, full.dataset.data.relations);
    assert.deepEqual(opened.problems, full.problems);
  });

  it('finds records by byte in a UTF-8 file with a BOM, and by character in a UTF-16 one', () => {
    const text = new TextDecoder().decode(bytes);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const plain = openPrebuilt(built.file!, bytes, { today: TODAY });
    assert.ok(plain.ok);
    for (const [file, spans] of [
      [withBom, 'bytes'],
      [utf16, 'chars'],
    ] as const) {
      const b = buildIndexFile(file, { today: TODAY });
      assert.equal(decodeIndexFile(b.file!).header.spans, spans);
      const opened = openPrebuilt(b.file!, file, { today: TODAY });
      assert.ok(opened.ok);
      const hits = opened.dataset.index.search({ text: 'stöd', limit: 40 }).hits;
      assert.ok(hits.length > 0);
      for (const h of hits) assert.deepEqual(opened.dataset.service(h.id), plain.dataset.service(h.id));
    }
  });

  it('is ignored with a notice when the file changed', () => {
    const changed = bytes.slice();
    changed[changed.length - 10] = 0x20;
    const r = openPrebuilt(built.file!, changed, { today: TODAY, source: 'x.json' });
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.problem.code === 'stale-index' && r.problem.severity === 'warning');
    assert.equal(!r.ok && r.problem.source, 'x.json');
  });

  it('is ignored when written by another SDK version, or when a period began or ended since', () => {
    const content = decodeIndexFile(built.file!);
    const other = encodeIndexFile({ ...content, header: { ...content.header, sdk: '0.0.1' } });
    const r = openPrebuilt(other, bytes);
    assert.ok(!r.ok && /0\.0\.1/.test(r.problem.message.en));
    const dated = encodeIndexFile({ ...content, header: { ...content.header, dates: ['2026-06-15'] } });
    const kept = openPrebuilt(dated, bytes, { today: TODAY });
    assert.ok(kept.ok, kept.ok ? '' : kept.problem.message.en);
    assert.equal(openPrebuilt(dated, bytes, { today: '2026-07-01' }).ok, false);
    assert.equal(openPrebuilt(new Uint8Array([1, 2, 3]), bytes).ok, false);
    assert.equal(openPrebuilt(built.file!.subarray(0, built.file!.length - 8), bytes).ok, false);
  });

  it('is not written for a file with errors', () => {
    const bad = { ...file, services: [...file.services, { id: 'x' }] };
    const r = buildIndexFile(new TextEncoder().encode(JSON.stringify(bad)));
    assert.equal(r.file, undefined);
    assert.ok(r.errors > 0);
  });

  it('records the SDK version of its package', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    assert.equal(SDK_VERSION, pkg.version);
  });
});
