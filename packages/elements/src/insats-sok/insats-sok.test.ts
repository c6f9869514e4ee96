import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { Dataset, loadDataset } from '@samordningskartan/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { catalogueClient, catalogueOptions } from '../shared/catalogue-client.js';
import './define.js';
import { testCatalogue, XSS_NAME } from './fixtures/catalogue.js';
import type { InsatsSok } from './insats-sok.js';

const START_URL = location.href;
afterEach(() => history.replaceState(null, '', START_URL));

async function mount(
  template = html`<insats-sok></insats-sok>`,
  data: object = testCatalogue(),
): Promise<InsatsSok> {
  const el = await fixture<HTMLElement>(template);
  const s = el as unknown as InsatsSok;
  const loaded = oneEvent(el, 'insats-sok-load');
  s.data = data;
  await loaded;
  await s.updateComplete;
  return s;
}
const root = (el: InsatsSok) => el.shadowRoot!;
const hitIds = (el: InsatsSok) =>
  [...root(el).querySelectorAll<HTMLAnchorElement>('a[data-id]')].map((a) => a.dataset.id);
const countText = (el: InsatsSok) => root(el).querySelector('[part=count]')!.textContent!.trim();
async function type(el: InsatsSok, text: string) {
  const input = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}
function checkbox(el: InsatsSok, legend: string, label: string): HTMLInputElement {
  const fieldset = [...root(el).querySelectorAll('fieldset')].find(
    (f) => f.querySelector('legend')?.textContent?.trim() === legend,
  );
  if (!fieldset) throw new Error(`no facet ${legend}`);
  const lbl = [...fieldset.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(label));
  if (!lbl) throw new Error(`no option ${label} in ${legend}`);
  return root(el).getElementById(lbl.htmlFor) as HTMLInputElement;
}
async function toggle(el: InsatsSok, legend: string, label: string) {
  checkbox(el, legend, label).click();
  await el.updateComplete;
}
const el = (e: InsatsSok) => e as unknown as HTMLElement;

describe('<insats-sok> searching', () => {
  it('reads src in a module worker where one can start (else in the page)', async () => {
    // The page's fetch, counted: a worker fetches with its own.
    const realFetch = window.fetch;
    let pageFetches = 0;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      pageFetches++;
      return realFetch(...args);
    };
    try {
      const s = (await fixture(html`<insats-sok></insats-sok>`)) as unknown as InsatsSok;
      const loaded = oneEvent(el(s), 'insats-sok-load');
      s.src = '/examples/data/demo.json';
      await loaded;
      await s.updateComplete;
      expect(countText(s)).to.match(/^\d+ insatser$/);
      expect(pageFetches).to.equal(catalogueOptions.worker ? 0 : 1);
      const { port } = await catalogueClient();
      expect(port.where).to.equal(catalogueOptions.worker ? 'worker' : 'page');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('finds insatser with Swedish spelling variants', async () => {
    const s = await mount();
    expect(countText(s)).to.equal('3 insatser');
    for (const [q, id] of [
      ['vasteras', 'stodteamet'],
      ['VÄSTERÅS', 'stodteamet'],
      ['angest', 'stodteamet'],
      ['omsorg', 'aldreomsorg'],
      ['kompas', 'npf-vaxjo'],
      ['kompasen', 'npf-vaxjo'],
      ['NPF', 'npf-vaxjo'],
    ] as const) {
      await type(s, q);
      expect(hitIds(s), q).to.deep.equal([id]);
    }
    await type(s, 'ångest');
    expect(root(s).querySelector('mark')!.textContent).to.equal('ångest');
  });

  it('filters by every facet with disjunctive counts, and by age', async () => {
    const s = await mount();
    await toggle(s, 'Målgrupp', 'Unga vuxna');
    expect(hitIds(s)).to.deep.equal(['stodteamet']);
    // The target group facet still counts the other groups.
    expect(checkbox(s, 'Målgrupp', 'Personal').nextElementSibling!.textContent).to.contain('(1)');
    await toggle(s, 'Målgrupp', 'Unga vuxna');
    await toggle(s, 'Kommun', 'Växjö');
    expect(hitIds(s).sort()).to.deep.equal(['aldreomsorg', 'npf-vaxjo']);
    await toggle(s, 'Typ av insats', 'Strukturinsats');
    expect(hitIds(s)).to.deep.equal(['aldreomsorg']);
    s.clearFilters();
    await s.updateComplete;
    await toggle(s, 'Status', 'Pausad');
    expect(hitIds(s)).to.deep.equal(['npf-vaxjo']);
    s.clearFilters();
    await s.updateComplete;
    await toggle(s, 'Finansiering', 'Förbundsfinansierad');
    expect(hitIds(s)).to.deep.equal(['stodteamet']);
    s.clearFilters();
    await s.updateComplete;
    await toggle(s, 'Idéburen sektor', 'Verdandi');
    expect(hitIds(s)).to.deep.equal(['npf-vaxjo']);
    s.clearFilters();
    await s.updateComplete;
    const age = root(s).querySelector<HTMLInputElement>('#age')!;
    age.value = '40';
    age.dispatchEvent(new Event('change'));
    await s.updateComplete;
    // Ranges containing 40, and insatser without a range.
    expect(hitIds(s).sort()).to.deep.equal(['aldreomsorg', 'npf-vaxjo']);
    // A chip removes the age filter.
    const chip = root(s).querySelector<HTMLButtonElement>('[part=chip]')!;
    expect(chip.getAttribute('aria-label')).to.equal('Ta bort filter: Ålder: 40 år');
    chip.click();
    await s.updateComplete;
    expect(hitIds(s).length).to.equal(3);
  });

  it('applies presets and the public API, and fires typed events', async () => {
    const s = await mount(html`<insats-sok municipality="Växjö"></insats-sok>`);
    expect(hitIds(s).sort()).to.deep.equal(['aldreomsorg', 'npf-vaxjo']);
    const change = oneEvent(el(s), 'insats-sok-change');
    // Försäkringskassan provides Kompassen only (it is a referrer, not a provider, of Stödteamet).
    s.setFilters({ municipality: [], organisation: 'fk' });
    const { detail } = await change;
    expect(detail.total).to.equal(1);
    expect(detail.filters.organisation).to.equal('fk');
    expect(hitIds(s)).to.deep.equal(['npf-vaxjo']);
    const select = oneEvent(el(s), 'insats-sok-select');
    s.openService('npf-vaxjo');
    expect((await select).detail).to.deep.equal({ id: 'npf-vaxjo' });
    await s.updateComplete;
    expect(root(s).querySelector('#detail-title')!.textContent).to.equal('Kompassen');
    s.closeDetail();
    await s.updateComplete;
    expect(root(s).querySelector('#detail-title')).to.equal(null);
  });

  it('shows English with lang="en" and takes string overrides', async () => {
    const s = await mount(html`<insats-sok lang="en"></insats-sok>`);
    expect(countText(s)).to.equal('3 services');
    s.strings = { count_n: '{count} träffar' };
    await s.updateComplete;
    expect(countText(s)).to.equal('3 träffar');
  });

  it('accepts an SDK Dataset and restricts to a förbund with association', async () => {
    const { dataset } = await loadDataset(testCatalogue());
    expect(dataset).to.be.instanceOf(Dataset);
    const s = await mount(html`<insats-sok association="forbund"></insats-sok>`, dataset);
    expect(hitIds(s)).to.deep.equal(['stodteamet']);
  });
});

describe('<insats-sok> links and history', () => {
  it('opens a deep link: this search and this insats', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}&sok=kompassen&insats=npf-vaxjo`);
    const s = await mount();
    expect(root(s).querySelector('#detail-title')!.textContent).to.equal('Kompassen');
    const share = root(s).querySelector<HTMLAnchorElement>('[part=share-link]')!;
    const url = new URL(share.href);
    expect(url.searchParams.get('insats')).to.equal('npf-vaxjo');
    expect(url.searchParams.get('sok')).to.equal('kompassen');
  });

  it('keeps the state in the URL with sync-url, and the back button closes the detail', async () => {
    const s = await mount(html`<insats-sok sync-url></insats-sok>`);
    await toggle(s, 'Kommun', 'Västerås');
    expect(new URL(location.href).searchParams.getAll('kommun')).to.deep.equal(['1980']);
    root(s).querySelector<HTMLAnchorElement>('a[data-id=stodteamet]')!.click();
    await s.updateComplete;
    expect(new URL(location.href).searchParams.get('insats')).to.equal('stodteamet');
    const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    history.back();
    await popped;
    await s.updateComplete;
    expect(root(s).querySelector('#detail-title')).to.equal(null);
    expect(root(s).activeElement?.getAttribute('data-id')).to.equal('stodteamet');
    expect(new URL(location.href).searchParams.get('insats')).to.equal(null);
    expect(new URL(location.href).searchParams.getAll('kommun')).to.deep.equal(['1980']);
  });
});

describe('<insats-sok> keyboard', () => {
  it('works by keyboard: type, tab to a facet, open a hit with Enter, Escape returns to the hit', async () => {
    const s = await mount();
    root(s).querySelector<HTMLInputElement>('input[type=search]')!.focus();
    await sendKeys({ type: 'kompetens' });
    await s.updateComplete;
    expect(hitIds(s)).to.deep.equal(['aldreomsorg']);
    // Tab (past the filter panel's summary) to the first checkbox of the first facet, tick it with Space.
    for (let i = 0; i < 3 && (root(s).activeElement as HTMLInputElement | null)?.type !== 'checkbox'; i++) {
      await sendKeys({ press: 'Tab' });
    }
    const active = root(s).activeElement as HTMLInputElement;
    expect(active.type).to.equal('checkbox');
    await sendKeys({ press: 'Space' });
    await s.updateComplete;
    expect(active.checked).to.equal(true);
    expect(root(s).querySelectorAll('[part=chip]').length).to.equal(1);
    const link = root(s).querySelector<HTMLAnchorElement>('a[data-id=aldreomsorg]')!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    await s.updateComplete;
    expect(root(s).activeElement?.id).to.equal('detail-title');
    await sendKeys({ press: 'Escape' });
    await s.updateComplete;
    expect(root(s).activeElement?.getAttribute('data-id')).to.equal('aldreomsorg');
  });
});

describe('<insats-sok> states and accessibility', () => {
  let realFetch: typeof fetch;
  let inWorker: boolean;
  beforeEach(() => {
    realFetch = window.fetch;
    // These tests replace the page's fetch; a worker fetches with its own.
    inWorker = catalogueOptions.worker;
    catalogueOptions.worker = false;
  });
  afterEach(() => {
    window.fetch = realFetch;
    catalogueOptions.worker = inWorker;
  });

  it('elements reading the same src share one catalogue: the file is fetched once', async () => {
    let fetched = 0;
    window.fetch = async () => {
      fetched++;
      return new Response(JSON.stringify(testCatalogue()), {
        headers: { 'content-type': 'application/json' },
      });
    };
    // Two fixtures (a wrapping <div> would wait for an animation frame, which a background tab never gets).
    const a = (await fixture(html`<insats-sok></insats-sok>`)) as unknown as InsatsSok;
    const b = (await fixture(html`<insats-sok municipality="Växjö"></insats-sok>`)) as unknown as InsatsSok;
    const loaded = Promise.all([oneEvent(el(a), 'insats-sok-load'), oneEvent(el(b), 'insats-sok-load')]);
    a.src = '/data/shared-once.json';
    b.src = '/data/shared-once.json';
    await loaded;
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(fetched).to.equal(1);
    expect(countText(a)).to.equal('3 insatser');
    expect(hitIds(b).sort()).to.deep.equal(['aldreomsorg', 'npf-vaxjo']);
  });

  it('loading state is accessible', async () => {
    window.fetch = () => new Promise<Response>(() => {});
    const s = (await fixture(html`<insats-sok src="/never.json"></insats-sok>`)) as unknown as InsatsSok;
    await s.updateComplete;
    expect(root(s).querySelector('[part=loading]')).to.exist;
    await expect(el(s)).to.be.accessible();
  });

  it('a permanent error (404) says what the webmaster must fix and offers no retry', async () => {
    window.fetch = async () => new Response('nope', { status: 404, statusText: 'Not Found' });
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (...a: unknown[]) => errors.push(a);
    try {
      const s = (await fixture(
        html`<insats-sok src="/data/missing.json"></insats-sok>`,
      )) as unknown as InsatsSok;
      await oneEvent(el(s), 'insats-sok-load');
      await s.updateComplete;
      const error = root(s).querySelector('[part=error]')!;
      expect(error.querySelector('h2')!.textContent).to.equal('Insatserna kunde inte visas');
      expect(error.textContent).not.to.contain('Försök igen');
      expect(root(s).querySelector('[part=retry]')).to.equal(null);
      const details = error.querySelector('details')!.textContent!;
      expect(details).to.contain('404');
      expect(details).to.contain('Datafilen finns inte på adressen i src');
      expect(errors.length).to.be.greaterThan(0);
      await expect(el(s)).to.be.accessible();
    } finally {
      console.error = consoleError;
    }
  });

  it('a transient error (503) offers "Försök igen"; pressing it loads the data', async () => {
    let ok = false;
    window.fetch = async () =>
      ok
        ? new Response(JSON.stringify(testCatalogue()), { headers: { 'content-type': 'application/json' } })
        : new Response('busy', { status: 503, statusText: 'Service Unavailable' });
    const consoleError = console.error;
    console.error = () => {};
    try {
      const s = (await fixture(
        html`<insats-sok src="/data/busy.json"></insats-sok>`,
      )) as unknown as InsatsSok;
      await oneEvent(el(s), 'insats-sok-load');
      await s.updateComplete;
      expect(root(s).querySelector('[part=error] p')!.textContent).to.contain('Försök igen om en stund');
      await expect(el(s)).to.be.accessible();
      ok = true;
      const loaded = oneEvent(el(s), 'insats-sok-load');
      root(s).querySelector<HTMLButtonElement>('[part=retry]')!.focus();
      await sendKeys({ press: 'Enter' });
      await loaded;
      await s.updateComplete;
      expect(countText(s)).to.equal('3 insatser');
    } finally {
      console.error = consoleError;
    }
  });

  it('empty state suggests removing filters, accessible', async () => {
    const s = await mount();
    await toggle(s, 'Kommun', 'Växjö');
    await type(s, 'ångest');
    const empty = root(s).querySelector('[part=empty]')!;
    expect(empty).to.exist;
    const buttons = [...empty.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(buttons).to.deep.equal(['Ta bort filter: Växjö', 'Töm sökrutan']);
    await expect(el(s)).to.be.accessible();
    (empty.querySelector('button') as HTMLButtonElement).click();
    await s.updateComplete;
    expect(hitIds(s)).to.deep.equal(['stodteamet']);
  });

  it('results state is accessible', async () => {
    const s = await mount();
    await type(s, 'stöd');
    await expect(el(s)).to.be.accessible();
  });

  it('detail state: full information, safe links, accessible', async () => {
    const s = await mount();
    s.openService('stodteamet');
    await s.updateComplete;
    const detail = root(s).querySelector('[part=detail]')!;
    const textContent = detail.textContent!;
    for (const part of [
      'Via remiss',
      'Egen anmälan',
      'Försäkringskassan',
      '40 årsplatser',
      'Supported Employment',
      'Samordningsförbundet Test (finansiär)',
      'Stödteamets expedition',
    ]) {
      expect(textContent).to.contain(part);
    }
    const hrefs = [...detail.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    expect(hrefs).to.include('mailto:stodteamet@example.se');
    expect(hrefs).to.include('tel:02110000');
    expect(hrefs).to.include('https://example.se/stodteamet');
    await expect(el(s)).to.be.accessible();
  });

  it('partly invalid data: valid records shown, notice only with debug', async () => {
    const data = testCatalogue();
    (data.services as object[]).push({
      id: 'trasig',
      name: 'Trasig',
      kind: 'nope',
      status: 'active',
      providers: ['af'],
    });
    const quiet = await mount(html`<insats-sok></insats-sok>`, structuredClone(data));
    expect(countText(quiet)).to.equal('3 insatser');
    expect(root(quiet).querySelector('[part=notice]')).to.equal(null);
    const loud = await mount(html`<insats-sok debug></insats-sok>`, structuredClone(data));
    expect(root(loud).querySelector('[part~=data-notice]')!.textContent).to.contain('fel: 1');
    await expect(el(loud)).to.be.accessible();
  });
});

describe('<insats-sok> hostile data', () => {
  it('renders markup in data as text and never renders javascript: links', async () => {
    const { dataset } = await loadDataset(testCatalogue());
    // Bypass validation (which would drop the record) to test the element's own defence.
    const data = structuredClone(dataset.data);
    data.services.push({
      id: 'xss',
      name: XSS_NAME,
      kind: 'individual',
      status: 'active',
      providers: ['af'],
      summary: '<script>window.__xss=2</script>',
      links: [
        { url: 'javascript:window.__xss=3', label: 'Klicka' },
        { url: ' JAVASCRIPT:alert(1)', label: 'Klicka igen' },
        { url: 'data:text/html,<b>x</b>', label: 'Data' },
      ],
      contactPoints: [{ name: 'Expedition', url: 'javascript:alert(1)' }],
    });
    const s = await mount(html`<insats-sok></insats-sok>`, new Dataset(data));
    await type(s, 'farlig');
    expect(hitIds(s)).to.deep.equal(['xss']);
    expect(root(s).querySelector('img')).to.equal(null);
    expect(root(s).querySelector('script')).to.equal(null);
    expect(root(s).querySelector('a[data-id=xss]')!.textContent).to.contain('<img');
    s.openService('xss');
    await s.updateComplete;
    const hrefs = [...root(s).querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.some((h) => /^\s*(javascript|data):/i.test(h))).to.equal(false);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });
});

describe('<insats-sok> demo data', () => {
  it('"unga" with kommun Västerås finds Samordningsteamet and Spira', async () => {
    const s = (await fixture(
      html`<insats-sok src="/examples/data/demo.json" municipality="Västerås"></insats-sok>`,
    )) as unknown as InsatsSok;
    await oneEvent(el(s), 'insats-sok-load');
    await type(s, 'unga');
    s.setFilters({});
    await s.updateComplete;
    // Show every hit so the assertion does not depend on the page size.
    const ids = new Set<string>();
    for (let i = 0; i < 10 && root(s).querySelector('[part=more]'); i++) {
      root(s).querySelector<HTMLButtonElement>('[part=more]')!.click();
      await s.updateComplete;
    }
    for (const id of hitIds(s)) ids.add(id!);
    expect([...ids]).to.include.members(['samordningsteamet', 'spira']);
  });

  it('shows Spira (period ended mid-2022) as ended with its stated status, and no invented financing', async () => {
    const s = (await fixture(
      html`<insats-sok src="/examples/data/demo.json"></insats-sok>`,
    )) as unknown as InsatsSok;
    await oneEvent(el(s), 'insats-sok-load');
    s.openService('spira');
    await s.updateComplete;
    const tags = () => [...root(s).querySelectorAll('[part=detail] .tag')].map((t) => t.textContent!.trim());
    expect(tags()).to.include.members(['Avslutad', 'angiven status: Pågående']);
    expect(tags()).not.to.include('Pågående');
    s.openService('insatskatalogen');
    await s.updateComplete;
    expect(tags()).to.include('Finansiering: ej angiven');
    expect(tags()).not.to.include('Ordinarie verksamhet');
    await expect(el(s)).to.be.accessible();
  });
});
