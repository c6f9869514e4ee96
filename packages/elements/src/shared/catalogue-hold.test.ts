// The catalogue frees what no element uses: a catalogue every element that read it let go of (it
// read another, or left the page) is dropped, and read again when asked for. An element moved within
// the page keeps it. In the page's engine, so the test sees every fetch.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../insats-sok/define.js';
import type { InsatsSok } from '../insats-sok/insats-sok.js';
import '../samordning-karta/define.js';
import type { SamordningKarta } from '../samordning-karta/samordning-karta.js';
import { catalogueOptions } from './catalogue-client.js';

catalogueOptions.worker = false;

const fetched: string[] = [];
const realFetch = globalThis.fetch;
before(() => {
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    fetched.push(String(input instanceof Request ? input.url : input));
    return realFetch(input, init);
  }) as typeof fetch;
});
after(() => {
  globalThis.fetch = realFetch;
});

const DEMO = '/examples/data/demo.json';
const reads = (src: string) => fetched.filter((u) => u.endsWith(src)).length;
const tick = () => new Promise((r) => setTimeout(r, 20));

async function map(src: string): Promise<SamordningKarta> {
  const el = await fixture<SamordningKarta>(html`<samordning-karta view="lista"></samordning-karta>`);
  const loaded = oneEvent(el, 'samordning-karta-load');
  el.src = src;
  await loaded;
  return el;
}

describe('catalogues no element holds', () => {
  it('are kept while an element holds them, also when it moves, and dropped once all let go', async () => {
    const a = `${DEMO}?hold-a`;
    const sok = await fixture<InsatsSok>(html`<insats-sok></insats-sok>`);
    const opened = oneEvent(sok, 'insats-sok-load');
    sok.src = a;
    await opened;
    expect(reads(a)).to.equal(1);
    // Moved within the page (one task): it keeps its catalogue, and a map on the same src shares it.
    const parent = sok.parentElement!;
    sok.remove();
    parent.append(sok);
    await tick();
    const karta = await map(a);
    expect(reads(a)).to.equal(1);
    // The search reads another file and the map leaves the page: nothing holds the first any more.
    sok.src = `${DEMO}?hold-b`;
    await waitUntil(() => reads(`${DEMO}?hold-b`) === 1, 'b read');
    karta.remove();
    await tick();
    await map(a);
    expect(reads(a), 'dropped, so read again').to.equal(2);
  });

  it('a search that left the page and came back reads its catalogue again and searches', async () => {
    const c = `${DEMO}?hold-c`;
    const sok = await fixture<InsatsSok>(html`<insats-sok></insats-sok>`);
    const opened = oneEvent(sok, 'insats-sok-load');
    sok.src = c;
    await opened;
    const parent = sok.parentElement!;
    sok.remove();
    await tick();
    parent.append(sok);
    const root = sok.shadowRoot!;
    await waitUntil(() => root.querySelectorAll('a[data-id]').length > 0, 'hits after coming back', {
      timeout: 5000,
    });
    expect(reads(c)).to.equal(2);
    expect(root.querySelector('[part="error"]')).to.equal(null);
    sok.setQuery('arbete');
    await sok.updateComplete;
    expect(root.querySelector('[part="error"]')).to.equal(null);
  });
});
