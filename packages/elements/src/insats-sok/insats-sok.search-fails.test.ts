// A search the catalogue answers with an error (its worker broke, its data went away) must say so
// with the error view and a retry, never stay at "Förbereder sökningen". Its own file: the catalogue
// code is replaced for the whole page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { useCatalogueCode } from '../shared/catalogue-client.js';
import type { CatalogueEngine } from '../shared/catalogue-engine.js';
import type { CatalogueRequest, CatalogueResponse } from '../shared/catalogue-protocol.js';
import { CatalogueEngine as SearchEngine } from '../shared/catalogue-worker.js';
import './define.js';
import type { InsatsSok } from './insats-sok.js';

let failSearches = true;
let searches = 0;

/** The real engine, except that searches fail while `failSearches` is set. */
class FlakyEngine {
  private readonly engine: CatalogueEngine;
  constructor(private readonly post: (m: CatalogueResponse) => void) {
    this.engine = new SearchEngine(post);
  }
  handle(m: CatalogueRequest): void {
    if (m.op === 'search') searches++;
    if (m.op === 'search' && failSearches)
      this.post({ id: m.id, kind: 'failed', error: { name: 'Error', message: 'the search index is gone' } });
    else this.engine.handle(m);
  }
}

// The only code offered that does both, needed both: the page's choice.
useCatalogueCode(
  [
    {
      startWorker: () => Promise.reject(new Error('no worker in this test')),
      importEngine: async () => ({ CatalogueEngine: FlakyEngine }),
      features: ['search', 'analysis'],
    },
  ],
  ['search', 'analysis'],
);

describe('<insats-sok> when a search fails', () => {
  it('shows the error view with a retry, and the retry searches again', async () => {
    const el = await fixture<InsatsSok>(html`<insats-sok></insats-sok>`);
    el.src = '/examples/data/demo.json';
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('[part="error"]'), 'no error view after the failed search', {
      timeout: 5000,
    });
    expect(root.querySelector('[part="error"]')!.textContent).to.contain('the search index is gone');
    expect(root.querySelector('[part="loading"]')).to.equal(null);
    const before = searches;
    failSearches = false;
    root.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitUntil(() => root.querySelector('input[type="search"]'), 'no search after the retry', {
      timeout: 5000,
    });
    expect(searches).to.be.greaterThan(before);
    expect(root.querySelector('[part="error"]')).to.equal(null);
    expect(root.querySelectorAll('a[data-id]').length).to.be.greaterThan(0);
  });
});
