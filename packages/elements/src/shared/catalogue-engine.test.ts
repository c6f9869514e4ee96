import { expect, waitUntil } from '@open-wc/testing';
import { loadDataset } from '@samordningskartan/sdk';
import type { CatalogueEngine as Engine } from './catalogue-engine.js';
import type { CatalogueResponse } from './catalogue-protocol.js';
import { CatalogueEngine } from './catalogue-worker.js';

const VALID = {
  formatVersion: 1,
  meta: { id: 't', name: 'T', publisher: 'T', updated: '2026-01-01', license: 'CC0-1.0' },
  organisations: [{ id: 'o', kind: 'municipality', name: 'Kommunen', municipalities: ['1980'] }],
  services: [{ id: 's', name: 'Insatsen', kind: 'structural', status: 'active', providers: ['o'] }],
};

/** The engine in the page, with the page's fetch answering `/engine-*.json` once `release()` is called. */
function setUp() {
  const calls: string[] = [];
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.includes('/engine-')) return realFetch(input, init);
    calls.push(url);
    await gate;
    return new Response(JSON.stringify(VALID), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  const answers = new Map<number, CatalogueResponse>();
  const engine = new CatalogueEngine((m) => m.kind !== 'progress' && answers.set(m.id, m));
  return { engine, answers, calls, release, restore: () => (globalThis.fetch = realFetch) };
}

describe('CatalogueEngine', () => {
  it('a search and a map on one src share one read; the map never waits for the search index', async () => {
    const { engine, answers, calls, release, restore } = setUp();
    try {
      const sources = [{ url: new URL('/engine-shared.json', location.href).href }];
      engine.handle({ id: 1, op: 'dataset', key: 'shared', sources });
      engine.handle({ id: 2, op: 'open', key: 'shared', sources });
      release();
      await waitUntil(() => answers.size === 2, 'both answered');
      expect(calls).to.have.length(1);
      const data = answers.get(1)!;
      expect(data.kind === 'done' && (data.value as { data: typeof VALID }).data.services[0]!.id).to.equal(
        's',
      );
      expect(answers.get(2)!.kind).to.equal('done');
    } finally {
      restore();
    }
  });

  it('keeps a catalogue while an element holds it, drops it once the last released it (a later read reads again)', async () => {
    const { engine, answers, calls, release, restore } = setUp();
    try {
      const sources = [{ url: new URL('/engine-held.json', location.href).href }];
      const query = { text: '', filters: {}, sort: 'relevance' as const, limit: 5 };
      release();
      engine.handle({ id: 1, op: 'open', key: 'held', sources, holder: 1 });
      engine.handle({ id: 2, op: 'dataset', key: 'held', sources, holder: 2 });
      await waitUntil(() => answers.has(1) && answers.has(2), 'both read');
      // The map's element leaves the page: the search still holds the catalogue.
      engine.handle({ id: 3, op: 'release', key: 'held', holder: 2 });
      engine.handle({ id: 4, op: 'search', key: 'held', query });
      await waitUntil(() => answers.has(4), 'searched');
      expect(answers.get(4)!.kind).to.equal('done');
      expect(calls).to.have.length(1);
      // The search's element goes too: nothing holds it, so it is dropped (its memory freed).
      engine.handle({ id: 5, op: 'release', key: 'held', holder: 1 });
      engine.handle({ id: 6, op: 'search', key: 'held', query });
      await waitUntil(() => answers.has(6), 'answered');
      expect(answers.get(6)!.kind).to.equal('failed');
      engine.handle({ id: 7, op: 'dataset', key: 'held', sources, holder: 3 });
      await waitUntil(() => answers.has(7), 'read again');
      expect(answers.get(7)!.kind).to.equal('done');
      expect(calls).to.have.length(2);
    } finally {
      restore();
    }
  });

  it('an aborted read of a catalogue another element holds leaves it to that element', async () => {
    const { engine, answers, release, restore } = setUp();
    try {
      const sources = [{ url: new URL('/engine-aborted.json', location.href).href }];
      const query = { text: '', filters: {}, sort: 'relevance' as const, limit: 5 };
      release();
      engine.handle({ id: 1, op: 'open', key: 'a', sources, holder: 1 });
      await waitUntil(() => answers.has(1), 'opened');
      // A map asks for the same data and gives up at once (its src changed): the search still needs it.
      engine.handle({ id: 2, op: 'dataset', key: 'a', sources, holder: 2 });
      engine.handle({ id: 2, op: 'abort' });
      engine.handle({ id: 3, op: 'release', key: 'a', holder: 2 });
      engine.handle({ id: 4, op: 'search', key: 'a', query });
      await waitUntil(() => answers.has(4), 'searched');
      expect(answers.get(4)!.kind, JSON.stringify(answers.get(4))).to.equal('done');
    } finally {
      restore();
    }
  });

  it("a fresh read after a close keeps the old read's holders: one element's release leaves the other's catalogue", async () => {
    const { engine, answers, release, restore } = setUp();
    try {
      const sources = [{ url: new URL('/engine-reheld.json', location.href).href }];
      const query = { text: '', filters: {}, sort: 'relevance' as const, limit: 5 };
      release();
      engine.handle({ id: 1, op: 'open', key: 'k', sources, holder: 1 });
      engine.handle({ id: 2, op: 'dataset', key: 'k', sources, holder: 2 });
      await waitUntil(() => answers.has(1) && answers.has(2), 'both read');
      // The map retries (a fresh read), then leaves; the search, which held the old read, searches on.
      engine.handle({ id: 3, op: 'close', key: 'k' });
      engine.handle({ id: 4, op: 'dataset', key: 'k', sources, holder: 2 });
      await waitUntil(() => answers.has(4), 'read afresh');
      engine.handle({ id: 5, op: 'release', key: 'k', holder: 2 });
      engine.handle({ id: 6, op: 'search', key: 'k', query });
      await waitUntil(() => answers.has(6), 'searched');
      expect(answers.get(6)!.kind, JSON.stringify(answers.get(6))).to.equal('done');
    } finally {
      restore();
    }
  });

  it('a close while the read is under way keeps it: two retries at once share one fresh read', async () => {
    const { engine, answers, calls, release, restore } = setUp();
    try {
      const sources = [{ url: new URL('/engine-retry.json', location.href).href }];
      engine.handle({ id: 1, op: 'open', key: 'retry', sources });
      engine.handle({ id: 2, op: 'close', key: 'retry' });
      engine.handle({ id: 3, op: 'dataset', key: 'retry', sources });
      release();
      await waitUntil(() => answers.has(1) && answers.has(3), 'both answered');
      expect(answers.get(1)!.kind).to.equal('done');
      expect(answers.get(3)!.kind).to.equal('done');
      expect(calls).to.have.length(1);
    } finally {
      restore();
    }
  });

  it('a close as the search index is being built leaves the search working till the fresh read (the map retried after the read)', async () => {
    const many = {
      ...VALID,
      services: Array.from({ length: 3000 }, (_, i) => ({
        ...VALID.services[0]!,
        id: `s${i}`,
        name: `Insats ${i}`,
      })),
    };
    const answers = new Map<number, CatalogueResponse>();
    const sources = [{ data: many }];
    const query = { text: 'insats', filters: {}, sort: 'relevance' as const, limit: 5 };
    let closed = false;
    const engine: Engine = new CatalogueEngine((m) => {
      if (m.kind !== 'progress') answers.set(m.id, m);
      else if (m.stage === 'indexing' && !closed) {
        closed = true;
        // The map's retry as the index begins: it wants a fresh read, and must not stop the search's
        // index on the old one.
        queueMicrotask(() => {
          engine.handle({ id: 2, op: 'close', key: 'index' });
          // The search asks before the map's fresh read is under way.
          engine.handle({ id: 4, op: 'search', key: 'index', query });
          engine.handle({ id: 3, op: 'dataset', key: 'index', sources });
        });
      }
    });
    engine.handle({ id: 1, op: 'open', key: 'index', sources });
    await waitUntil(() => answers.has(1) && answers.has(3) && answers.has(4), 'all answered', {
      timeout: 10000,
    });
    expect(answers.get(1)!.kind, JSON.stringify(answers.get(1))).to.equal('done');
    expect(answers.get(3)!.kind).to.equal('done');
    expect(answers.get(4)!.kind, JSON.stringify(answers.get(4))).to.equal('done');
  });

  it('aborting a request on a replaced read leaves the fresh read alone', async () => {
    const many = {
      ...VALID,
      services: Array.from({ length: 20000 }, (_, i) => ({
        ...VALID.services[0]!,
        id: `s${i}`,
        name: `Insats ${i}`,
      })),
    };
    const answers = new Map<number, CatalogueResponse>();
    // Read already: each read is done at once, and the old one's index takes a while.
    const sources = [{ dataset: (await loadDataset(many)).dataset }];
    const query = { text: 'insats', filters: {}, sort: 'relevance' as const, limit: 5 };
    let indexing = false;
    let oldDone: boolean | undefined;
    const engine: Engine = new CatalogueEngine((m) => {
      if (m.kind === 'progress') {
        if (m.stage === 'indexing' && !indexing) {
          indexing = true;
          queueMicrotask(() => {
            engine.handle({ id: 2, op: 'close', key: 'k' });
            engine.handle({ id: 3, op: 'dataset', key: 'k', sources });
          });
        }
        return;
      }
      answers.set(m.id, m);
      if (m.id === 3)
        queueMicrotask(() => {
          oldDone = answers.has(1);
          // The search gives up its open on the old read while the fresh one has no request waiting.
          engine.handle({ id: 1, op: 'abort' });
          engine.handle({ id: 4, op: 'search', key: 'k', query });
        });
    });
    engine.handle({ id: 1, op: 'open', key: 'k', sources });
    await waitUntil(() => answers.has(4), 'answered', { timeout: 20000 });
    expect(oldDone, 'the old index still under way').to.equal(false);
    expect(answers.get(4)!.kind, JSON.stringify(answers.get(4))).to.equal('done');
  });
});
