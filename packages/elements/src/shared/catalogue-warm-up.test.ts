import { expect } from '@open-wc/testing';
import type { SearchIndex } from '@samordningskartan/sdk';
import type { CataloguePage, CatalogueQuery } from './catalogue-protocol.js';
import { WARM_FROM, warmUp } from './catalogue-warm-up.js';

/** An index of `size` insatser that records nothing but its size and warm-up words. */
const fakeIndex = (size: number) =>
  ({
    size,
    warmUpQueries: () => ['', 'ar', 'arb'],
    search: () => ({ facets: { kind: { individual: 3, structural: 1 } } }),
  }) as unknown as SearchIndex;

const page = (q: CatalogueQuery) =>
  ({ total: 0, hits: [], facets: {}, terms: [q.text], records: [] }) as unknown as CataloguePage;

describe('catalogue warm-up', () => {
  it('runs the keystrokes’ searches, unfiltered and filtered, leaving the page a turn between them', async () => {
    const asked: CatalogueQuery[] = [];
    // A timer set by one search fires before the next only when the page got a turn in between
    // (a microtask or `scheduler.yield()` would not let it).
    let turnsMissed = 0;
    let waiting = false;
    await warmUp(
      fakeIndex(WARM_FROM),
      (q) => {
        if (waiting) turnsMissed++;
        waiting = true;
        setTimeout(() => (waiting = false), 0);
        asked.push(q);
        return page(q);
      },
      new AbortController().signal,
    );
    expect(asked.map((q) => [q.text, q.filters])).to.deep.equal([
      ['', {}],
      ['ar', {}],
      ['arb', {}],
      ['', { kind: ['individual'] }],
      ['ar', { kind: ['individual'] }],
    ]);
    expect(turnsMissed).to.equal(0);
  });

  it('leaves small catalogues alone and stops when the catalogue closes', async () => {
    let searches = 0;
    const count = (q: CatalogueQuery) => {
      searches++;
      return page(q);
    };
    await warmUp(fakeIndex(WARM_FROM - 1), count, new AbortController().signal);
    expect(searches).to.equal(0);
    const close = new AbortController();
    const warming = warmUp(fakeIndex(WARM_FROM), count, close.signal);
    close.abort();
    let error: unknown;
    await warming.catch((e: unknown) => (error = e));
    expect(searches).to.equal(0);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
