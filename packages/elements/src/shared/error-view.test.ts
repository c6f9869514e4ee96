import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { loadDataset } from '@samordningskartan/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { SkTestElement } from './fixtures/test-element.js';
import { applyTheme, THEMES } from './themes.js';

const VALID = {
  formatVersion: 1,
  meta: { id: 't', name: 'T', publisher: 'T', updated: '2026-01-01', license: 'CC0-1.0' },
  organisations: [{ id: 'o', kind: 'municipality', name: 'Kommunen', municipalities: ['1980'] }],
  services: [{ id: 's', name: 'Insatsen', kind: 'individual', status: 'active', providers: ['o'] }],
};

// Answers for the test URLs; `fails` counts down the failing answers of /flaky.json.
let fails = 0;
const realFetch = globalThis.fetch;
function fakeFetch(input: RequestInfo | URL): Promise<Response> {
  const url = String(input);
  const json = (body: string, status = 200) =>
    new Response(body, { status, headers: { 'content-type': 'application/json' } });
  if (url.endsWith('/503.json')) return Promise.resolve(json('busy', 503));
  if (url.endsWith('/offline.json')) return Promise.reject(new TypeError('Failed to fetch'));
  if (url.endsWith('/404.json'))
    return Promise.resolve(new Response('nope', { status: 404, statusText: 'Not Found' }));
  if (url.endsWith('/invalid.json')) return Promise.resolve(json('{"formatVersion": 1,'));
  if (url.endsWith('/v2.json')) return Promise.resolve(json(JSON.stringify({ ...VALID, formatVersion: 2 })));
  if (url.endsWith('/array.json')) return Promise.resolve(json('[]'));
  if (url.endsWith('/empty.json')) return Promise.resolve(json(''));
  if (url.endsWith('/flaky.json')) {
    if (fails > 0) {
      fails--;
      return Promise.resolve(json('busy', 503));
    }
    return Promise.resolve(json(JSON.stringify(VALID)));
  }
  return realFetch(input);
}

async function mount(src: string): Promise<SkTestElement> {
  const el = await fixture<SkTestElement>(html`<sk-test-element lang="sv"></sk-test-element>`);
  const settled = oneEvent(el, 'sk-test-load');
  el.src = src;
  await settled;
  await el.updateComplete;
  return el;
}
const q = (el: SkTestElement, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);

describe('the error view', () => {
  before(() => {
    globalThis.fetch = fakeFetch as typeof fetch;
    // The SDK's real loader, without waiting between its own retries.
    SkTestElement.loader = (sources, options) => loadDataset(sources, { ...options, retryDelay: 1 });
  });
  after(() => {
    globalThis.fetch = realFetch;
  });

  for (const [name, src] of [
    ['a 503', '/503.json'],
    ['a network error', '/offline.json'],
  ] as const) {
    it(`offers "Försök igen" for ${name}, in words a citizen understands`, async () => {
      const el = await mount(src);
      const view = q(el, '[part=error]')!;
      expect(view.getAttribute('role')).to.equal('alert');
      expect(view.querySelector('h2')!.textContent).to.equal('Uppgifterna kunde inte visas');
      expect(view.querySelector('p')!.textContent).to.match(/Försök igen om en stund/);
      expect(q(el, '[part=retry]')!.textContent!.trim()).to.equal('Försök igen');
      // The technical details are folded away for the webmaster.
      expect(view.querySelector('details')!.open).to.equal(false);
      await expect(el).to.be.accessible();
    });
  }

  for (const [name, src, fix] of [
    ['a 404', '/404.json', /finns inte på adressen/],
    ['invalid JSON', '/invalid.json', /inte en JSON-fil/],
    ['formatVersion 2', '/v2.json', /formatversion/],
    ['a JSON array', '/array.json', /fel form/],
    ['an empty body', '/empty.json', /tom/],
  ] as const) {
    it(`offers no retry for ${name} and says what the webmaster must fix`, async () => {
      const el = await mount(src);
      const view = q(el, '[part=error]')!;
      expect(view, 'error view').to.exist;
      expect(q(el, '[part=retry]')).to.equal(null);
      expect(view.querySelector('button')).to.equal(null);
      expect(view.querySelector('p')!.textContent).not.to.match(/Försök igen/);
      expect(view.querySelector('details p')!.textContent).to.match(fix);
      expect(view.querySelector('details li')!.textContent).to.contain(src);
      await expect(el).to.be.accessible();
    });
  }

  it('reloads when the retry button is pressed, and shows the data', async () => {
    fails = 3; // the first load and its two retries
    const el = await mount('/flaky.json');
    const button = q(el, '[part=retry]')!;
    button.focus();
    const settled = oneEvent(el, 'sk-test-load');
    await sendKeys({ press: 'Enter' });
    const state = (await settled).detail;
    expect(state.status).to.equal('ready');
    await el.updateComplete;
    expect(q(el, '[part=error]')).to.equal(null);
    expect(q(el, '.status')!.textContent).to.equal('Pågående');
  });

  it('passes axe in the dark theme, and keeps its colours against a page rule `* { color: red }`', async () => {
    const undo = applyTheme(THEMES.dark);
    const style = document.createElement('style');
    style.textContent = '* { color: red !important; }';
    try {
      const el = await mount('/503.json');
      await expect(el).to.be.accessible();
      document.head.append(style);
      for (const node of el.shadowRoot!.querySelectorAll('h2, p, summary'))
        expect(getComputedStyle(node).color, node.localName).to.equal('rgb(242, 242, 242)');
    } finally {
      style.remove();
      undo();
    }
  });
});

describe('the loading view', () => {
  it('shows progress while loading', async () => {
    const el = await fixture<SkTestElement>(html`<sk-test-element></sk-test-element>`);
    expect(q(el, 'p')!.textContent).to.equal('Ingen datakälla är angiven.');
    let release!: () => void;
    SkTestElement.loader = undefined;
    globalThis.fetch = (() =>
      new Promise<Response>((r) => {
        release = () => r(new Response(JSON.stringify(VALID)));
      })) as typeof fetch;
    try {
      el.src = '/slow.json';
      await el.updateComplete;
      expect(q(el, '[part=loading]')!.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      const settled = oneEvent(el, 'sk-test-load');
      release();
      await settled;
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
