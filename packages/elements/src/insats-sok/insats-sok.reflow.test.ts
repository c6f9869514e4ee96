import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { catalogueOptions } from '../shared/catalogue-client.js';
import { applyTheme, THEMES } from '../shared/themes.js';
import './define.js';
import { testCatalogue } from './fixtures/catalogue.js';
import type { InsatsSok } from './insats-sok.js';

// What people see and hear: the live region while typing, reflow at 320 px, text spacing, dark theme.

const LONG =
  'Arbetsmarknadsrehabiliteringssamverkansinsatsförunga­vuxnamedneuropsykiatriskafunktionsnedsättningar';

function catalogue(): Record<string, unknown> {
  const data = testCatalogue();
  const services = data.services as Array<Record<string, unknown>>;
  services[0] = {
    ...services[0],
    name: `${LONG} Stödteamet`,
    links: [
      {
        url: `https://example.se/${'mycketlangsokvag'.repeat(8)}`,
        label: `https://example.se/${'x'.repeat(90)}`,
      },
    ],
  };
  return data;
}

async function mount(template = html`<insats-sok></insats-sok>`): Promise<InsatsSok> {
  const s = (await fixture(template)) as unknown as InsatsSok;
  const loaded = oneEvent(s as unknown as HTMLElement, 'insats-sok-load');
  s.data = catalogue();
  await loaded;
  await s.updateComplete;
  return s;
}
const root = (s: InsatsSok) => s.shadowRoot!;
const input = (s: InsatsSok) => root(s).querySelector<HTMLInputElement>('input[type=search]')!;

/** Fails when the element or the page would scroll sideways. */
function expectNoHorizontalScroll(s: InsatsSok, state: string): void {
  const host = s as unknown as HTMLElement;
  expect(host.getBoundingClientRect().width, `${state}: element width`).to.be.at.most(320);
  expect(host.scrollWidth, `${state}: element scrolls`).to.be.at.most(host.clientWidth);
  expect(document.documentElement.scrollWidth, `${state}: page scrolls`).to.be.at.most(320);
  for (const node of root(s).querySelectorAll<HTMLElement>('*')) {
    const box = node.getBoundingClientRect();
    if (box.width === 0) continue;
    expect(box.right, `${state}: <${node.localName} class="${node.className}"> sticks out`).to.be.at.most(
      host.getBoundingClientRect().right + 0.5,
    );
  }
}

describe('<insats-sok> live region', () => {
  it('speaks once typing pauses, never a transient "Inga insatser"', async () => {
    const s = await mount();
    const status = root(s).querySelector('[role=status]')!;
    const spoken: string[] = [];
    const emptyShown: string[] = [];
    let last = status.textContent!.trim();
    const observer = new MutationObserver(() => {
      const text = root(s).querySelector('[role=status]')?.textContent?.trim() ?? '';
      if (text && text !== last) spoken.push(text);
      last = text;
      if (root(s).querySelector('[part=empty]')) emptyShown.push(input(s).value);
    });
    observer.observe(root(s), { subtree: true, childList: true, characterData: true });
    expect(status.textContent!.trim()).to.equal('3 insatser');
    input(s).focus();
    await sendKeys({ type: 'unga vuxna västerås' });
    await s.updateComplete;
    expect(spoken, 'nothing said while typing').to.deep.equal([]);
    expect(emptyShown, 'no empty list flashed while typing').to.deep.equal([]);
    await new Promise((r) => setTimeout(r, 900));
    await s.updateComplete;
    observer.disconnect();
    expect(spoken).to.deep.equal(['1 insats']);
    expect(root(s).querySelector('[part=count]')!.textContent!.trim()).to.equal('1 insats');
  });

  it('shows the hits for the text typed so far, without a one-letter word being typed', async () => {
    const s = await mount();
    input(s).focus();
    await sendKeys({ type: 'unga v' });
    await s.updateComplete;
    // "v" alone matches no word yet: the hits for "unga" stay instead of an empty list.
    expect(!!root(s).querySelector('[part=empty]'), 'empty list shown').to.equal(false);
    expect(root(s).querySelectorAll('[part=hit]').length).to.be.greaterThan(0);
  });
});

describe('<insats-sok> at 320 CSS px', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('never scrolls sideways: results, filters, chips, empty, detail, error', async () => {
    const s = await mount();
    expectNoHorizontalScroll(s, 'results');
    root(s).querySelector<HTMLElement>('[part=filters] summary')!.click();
    await s.updateComplete;
    s.setFilters({ municipality: ['1980'], organisation: 'kommun-vasteras', age: 20 });
    await s.updateComplete;
    expectNoHorizontalScroll(s, 'filters open with chips');
    s.setQuery('finnsintealls');
    await new Promise((r) => setTimeout(r, 700));
    await s.updateComplete;
    expect(root(s).querySelector('[part=empty]')).to.exist;
    expectNoHorizontalScroll(s, 'empty');
    s.clearFilters();
    s.setQuery('');
    s.openService('stodteamet');
    await s.updateComplete;
    expectNoHorizontalScroll(s, 'detail');
  });

  it('loading and error states fit too', async () => {
    const realFetch = window.fetch;
    // The replaced fetch is the page's; a worker fetches with its own.
    const inWorker = catalogueOptions.worker;
    catalogueOptions.worker = false;
    window.fetch = async () => new Response('', { status: 404 });
    const consoleError = console.error;
    console.error = () => {};
    try {
      const s = (await fixture(
        html`<insats-sok src="/${'a'.repeat(200)}.json"></insats-sok>`,
      )) as unknown as InsatsSok;
      expectNoHorizontalScroll(s, 'loading');
      await oneEvent(s as unknown as HTMLElement, 'insats-sok-load');
      await s.updateComplete;
      root(s).querySelector('details')!.open = true;
      expectNoHorizontalScroll(s, 'error');
    } finally {
      window.fetch = realFetch;
      catalogueOptions.worker = inWorker;
      console.error = consoleError;
    }
  });

  it('keeps working with WCAG 1.4.12 text spacing', async () => {
    const s = await mount();
    // The text-spacing bookmarklet's values, inside the shadow root (a page rule does not reach it).
    const spacing = new CSSStyleSheet();
    spacing.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
      word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`);
    root(s).adoptedStyleSheets = [...root(s).adoptedStyleSheets, spacing];
    root(s).querySelector<HTMLElement>('[part=filters] summary')!.click();
    s.setFilters({ municipality: ['1980', '0780'] });
    await s.updateComplete;
    expectNoHorizontalScroll(s, 'text spacing, results');
    // No text is cut off: nothing that clips its content is smaller than that content.
    for (const node of root(s).querySelectorAll<HTMLElement>(
      'button, a, label, legend, summary, select, p, h2, h3',
    )) {
      const style = getComputedStyle(node);
      if (style.overflow === 'visible' || node.classList.contains('visually-hidden')) continue;
      expect(node.scrollHeight, `${node.localName} clipped`).to.be.at.most(node.clientHeight + 1);
    }
    s.openService('stodteamet');
    await s.updateComplete;
    expectNoHorizontalScroll(s, 'text spacing, detail');
  });
});

describe('<insats-sok> dark theme', () => {
  let undo: () => void;
  before(() => {
    undo = applyTheme(THEMES.dark);
  });
  after(() => undo());

  it('passes axe with results, selected filters, highlights and the detail', async () => {
    const s = await mount();
    s.setFilters({ municipality: ['1980'] });
    s.setQuery('unga');
    await s.updateComplete;
    expect(root(s).querySelector('mark')).to.exist;
    expect(root(s).querySelector('[part=chip]')).to.exist;
    await expect(s as unknown as HTMLElement).to.be.accessible();
    s.setQuery('finnsintealls');
    await s.updateComplete;
    await expect(s as unknown as HTMLElement).to.be.accessible();
    s.setQuery('');
    s.openService('stodteamet');
    await s.updateComplete;
    await expect(s as unknown as HTMLElement).to.be.accessible();
  });

  it('keeps its own text colour against a page rule `* { color: red }`', async () => {
    const s = await mount();
    const style = document.createElement('style');
    style.textContent = '* { color: red; }';
    document.head.append(style);
    try {
      for (const sel of ['label', '[part=count]', '.hit dd', 'legend'])
        expect(getComputedStyle(root(s).querySelector(sel)!).color, sel).to.equal('rgb(242, 242, 242)');
    } finally {
      style.remove();
    }
  });

  it('prints black on white even in the dark theme', async () => {
    const s = await mount();
    s.openService('stodteamet');
    await s.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      for (const sel of ['#detail-title', '.facts dd'])
        expect(getComputedStyle(root(s).querySelector(sel)!).color, sel).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(s as unknown as HTMLElement).backgroundColor).to.equal('rgb(255, 255, 255)');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
