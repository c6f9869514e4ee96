import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { loadDataset } from '@samordningskartan/sdk';
import { CatalogueView, catalogueClient, catalogueOptions } from './catalogue-client.js';
import type { CatalogueSummary } from './catalogue-protocol.js';
import { connectedElement, connectedSearch } from './connect.js';
import { downloadBlob } from './download.js';
import { SkTestElement } from './fixtures/test-element.js';
import { facetValueLabel, LABELS } from './labels.js';
import { NODE_PALETTE, readPalette, readToken } from './palette.js';

const VALID = {
  formatVersion: 1,
  meta: { id: 't', name: 'T', publisher: 'T', updated: '2026-01-01', license: 'CC0-1.0' },
  organisations: [{ id: 'o', kind: 'municipality', name: 'Kommunen', municipalities: ['1980'] }],
  services: [{ id: 's', name: 'Insatsen', kind: 'structural', status: 'ended', providers: ['o'] }],
};

describe('SkElement and the data controller', () => {
  it('takes an SDK Dataset as it is, and el.dataset = … as data', async () => {
    const el = await fixture<SkTestElement>(html`<sk-test-element data-kind="x"></sk-test-element>`);
    const dataset = (await loadDataset(VALID)).dataset;
    const loaded = oneEvent(el, 'sk-test-load');
    (el as unknown as { dataset: unknown }).dataset = dataset;
    expect(el.data).to.equal(dataset);
    expect(el.dataset.kind).to.equal('x');
    const state = (await loaded).detail;
    expect(state.status === 'ready' && state.dataset).to.equal(dataset);
    expect(el.source.dataset).to.equal(dataset);
    expect(el.shadowRoot!.querySelector('.status')!.textContent).to.equal('Avslutad');
  });

  it('never fetches data: a string set as data is JSON text', async () => {
    const requested: string[] = [];
    const realFetch = globalThis.fetch;
    // The catalogue in the page, so the page's fetch sees every request.
    const inWorker = catalogueOptions.worker;
    catalogueOptions.worker = false;
    globalThis.fetch = ((input: RequestInfo | URL) => {
      requested.push(String(input));
      return realFetch(input);
    }) as typeof fetch;
    try {
      const el = await fixture<SkTestElement>(html`<sk-test-element></sk-test-element>`);
      const loaded = oneEvent(el, 'sk-test-load');
      (el as unknown as { data: unknown }).data = '/some/url.json';
      expect((await loaded).detail.status).to.equal('error');
      expect(requested).to.deep.equal([]);
    } finally {
      globalThis.fetch = realFetch;
      catalogueOptions.worker = inWorker;
    }
  });

  it("reads src in the page's catalogue worker: the page never fetches it nor runs the validation", async () => {
    const requested: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      requested.push(String(input));
      return realFetch(input, init);
    }) as typeof fetch;
    try {
      const el = await fixture<SkTestElement>(html`<sk-test-element></sk-test-element>`);
      const loaded = oneEvent(el, 'sk-test-load');
      el.src = '/examples/data/demo.json?worker';
      const state = (await loaded).detail;
      expect(state.status).to.equal('ready');
      expect(el.source.dataset!.services.length).to.be.greaterThan(40);
      // Validated in the worker: the problems it found come with the data.
      expect(el.source.result!.errors).to.equal(0);
      expect((await catalogueClient()).port.where).to.equal('worker');
      expect(requested.filter((u) => u.includes('demo.json'))).to.deep.equal([]);
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('loads through a replaceable loader (e.g. a worker), and merges several src URLs', async () => {
    const seen: unknown[] = [];
    SkTestElement.loader = async (sources, options) => {
      seen.push(sources);
      return loadDataset([VALID, { ...VALID, services: [] }], options);
    };
    try {
      const el = await fixture<SkTestElement>(html`<sk-test-element></sk-test-element>`);
      const loaded = oneEvent(el, 'sk-test-load');
      el.src = 'a.json b.json';
      expect((await loaded).detail.status).to.equal('ready');
      expect(seen).to.deep.equal([['a.json', 'b.json']]);
    } finally {
      SkTestElement.loader = undefined;
    }
  });

  it('emits typed events that bubble out of shadow roots', async () => {
    const el = await fixture<SkTestElement>(html`<sk-test-element></sk-test-element>`);
    const heard = oneEvent(document, 'sk-test-load');
    el.emit('sk-test-load', { status: 'idle' });
    const e = await heard;
    expect(e.composed && e.bubbles).to.equal(true);
    expect(e.detail).to.deep.equal({ status: 'idle' });
  });
});

describe('connect', () => {
  it('finds the element a for= names in its own shadow root, else in the document', async () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const from = document.createElement('span');
    const near = document.createElement('div');
    near.id = 'near';
    shadow.append(from, near);
    const far = document.createElement('div');
    far.id = 'far';
    document.body.append(host, far);
    try {
      expect(connectedElement(from, 'near')).to.equal(near);
      expect(connectedElement(from, 'far')).to.equal(far);
      expect(connectedElement(from, 'none')).to.equal(undefined);
      expect(connectedElement(from, undefined)).to.equal(undefined);
      // Only an element with the search API counts as a connected search.
      expect(connectedSearch(from, 'far')).to.equal(undefined);
      Object.assign(far, { setFilters() {}, openService() {} });
      expect(connectedSearch(from, 'far')).to.equal(far);
    } finally {
      host.remove();
      far.remove();
    }
  });
});

describe('downloadBlob', () => {
  it('offers the blob under its file name and leaves nothing behind', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    let clicked: HTMLAnchorElement | undefined;
    root.addEventListener('click', (e) => {
      clicked = e.target as HTMLAnchorElement;
      e.preventDefault();
    });
    downloadBlob(new Blob(['a;b'], { type: 'text/csv' }), 'tabell.csv', root);
    expect(clicked?.download).to.equal('tabell.csv');
    expect(clicked?.href).to.match(/^blob:/);
    expect(root.children.length).to.equal(0);
    root.remove();
  });
});

describe('tokens', () => {
  it('gives the canvas the node palette, overridable per type with --sk-node-<type>', () => {
    const el = document.createElement('div');
    el.style.setProperty('--sk-node-region', 'rebeccapurple');
    document.body.append(el);
    const { nodes, edges } = readPalette(el);
    expect(nodes.region).to.equal('#663399');
    expect(nodes.municipality).to.equal(NODE_PALETTE.municipality);
    expect(edges.memberOf).to.equal('#4d4d4d');
    // A derived token (color-mix) comes out as a colour a canvas can parse.
    el.style.setProperty('--x', 'color-mix(in srgb, #000000 50%, #ffffff)');
    expect(readToken(el, '--x', '#000000')).to.match(/^#(7f|80){3}$/);
    expect(readToken(el, '--unset', '#123456')).to.equal('#123456');
    el.remove();
  });
});

describe('labels', () => {
  it('names facet values from the one catalogue, kommuner by the names the worker sent', async () => {
    const client = await catalogueClient();
    const summary = await client.request<CatalogueSummary>({
      op: 'open',
      key: 'labels',
      sources: [{ text: JSON.stringify(VALID) }],
    });
    const d = new CatalogueView('labels', summary);
    const t = (k: keyof (typeof LABELS)['sv']) => LABELS.sv[k];
    expect(facetValueLabel(t, d, 'sv', 'status', 'paused')).to.equal('Pausad');
    expect(facetValueLabel(t, d, 'sv', 'kind', 'individual')).to.equal('Individinsats');
    expect(facetValueLabel(t, d, 'sv', 'municipality', '1980')).to.equal('Västerås');
    expect(facetValueLabel(t, d, 'sv', 'municipality', '9999')).to.equal('9999');
    expect(facetValueLabel(t, d, 'sv', 'provider', 'o')).to.equal('Kommunen');
    // A kommun by code or name, as the SDK's findMunicipality reads it.
    expect(
      ['1980', ' Västerås ', 'vasteras stad', 'VÄSTERÅS KOMMUN'].map((k) => d.municipalityCode(k)),
    ).to.deep.equal(['1980', '1980', '1980', '1980']);
    expect([d.municipalityCode('Håbo'), d.municipalityCode('habo')]).to.deep.equal(['0305', '0643']);
    expect(d.municipalityCode('Nowhere')).to.equal(undefined);
    expect(Object.keys(LABELS.en).sort()).to.deep.equal(Object.keys(LABELS.sv).sort());
  });
});
