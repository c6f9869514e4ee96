import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './define.js';
import { testCatalogue } from './fixtures/catalogue.js';
import type { InsatsSok } from './insats-sok.js';

/** An employers' offer next to the test catalogue, and a förbund with a web page. */
function catalogue(errorReport?: string): Record<string, unknown> {
  const data = testCatalogue();
  if (errorReport) (data.meta as Record<string, unknown>).errorReport = errorReport;
  (data.organisations as object[]).push({
    id: 'jobbtorget',
    kind: 'municipality',
    name: 'Jobbtorget',
    website: 'https://example.se/jobbtorget',
  });
  (data.services as object[]).push({
    id: 'oppet-hus',
    name: 'Öppet hus för företag',
    kind: 'structural',
    status: 'active',
    providers: ['jobbtorget'],
    audience: ['employers', 'civilSociety'],
    participation: { ways: ['internship', 'csr'], description: 'Företag tar emot en person i taget.' },
    access: { description: 'Anmäl intresse på sidan.', url: 'https://example.se/anmal' },
  });
  return data;
}

async function mount(template = html`<insats-sok></insats-sok>`, data: object = catalogue()) {
  const host = await fixture<HTMLElement>(template);
  const s = host as unknown as InsatsSok;
  const loaded = oneEvent(host, 'insats-sok-load');
  s.data = data;
  await loaded;
  await s.updateComplete;
  return s;
}
const root = (s: InsatsSok) => s.shadowRoot!;
const host = (s: InsatsSok) => s as unknown as HTMLElement;
const hitIds = (s: InsatsSok) =>
  [...root(s).querySelectorAll<HTMLAnchorElement>('a[data-id]')].map((a) => a.dataset.id);
async function open(s: InsatsSok, id: string) {
  s.openService(id);
  await s.updateComplete;
  return root(s).querySelector<HTMLElement>('[part=detail]')!;
}
const errorLink = (s: InsatsSok) => root(s).querySelector<HTMLAnchorElement>('[part=error-report]');

describe('<insats-sok> acting on an insats', () => {
  it('"Rapportera fel i uppgiften" is a mailto with the insats’s name and id', async () => {
    const s = await mount(html`<insats-sok></insats-sok>`, catalogue('mailto:katalog@example.se'));
    await open(s, 'stodteamet');
    const a = errorLink(s)!;
    expect(a.textContent!.trim()).to.equal('Rapportera fel i uppgiften');
    const url = new URL(a.href);
    expect(url.protocol).to.equal('mailto:');
    expect(url.pathname).to.equal('katalog@example.se');
    const subject = new URLSearchParams(url.search).get('subject')!;
    expect(subject).to.contain('Stödteamet Västerås');
    expect(subject).to.contain('(stodteamet)');
    await expect(host(s)).to.be.accessible();
  });

  it('uses the dataset’s form URL as it is, and is hidden when the data gives no address', async () => {
    const form = await mount(html`<insats-sok></insats-sok>`, catalogue('https://example.se/felanmalan'));
    await open(form, 'npf-vaxjo');
    expect(errorLink(form)!.getAttribute('href')).to.equal('https://example.se/felanmalan');
    const none = await mount();
    await open(none, 'npf-vaxjo');
    expect(errorLink(none)).to.equal(null);
    expect(root(none).querySelector('[part=detail]')!.textContent).not.to.contain('Rapportera fel');
  });

  it('shows whom it is for, how employers take part, how to apply and the provider’s web page', async () => {
    const s = await mount();
    const detail = await open(s, 'oppet-hus');
    const text = detail.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Vänder sig till');
    expect(text).to.contain('Arbetsgivare, Idéburen sektor');
    expect(text).to.contain('Så kan arbetsgivare och föreningar delta');
    expect(text).to.contain('Praktikplatser');
    expect(text).to.contain('CSR-samarbete');
    expect(text).to.contain('Företag tar emot en person i taget.');
    expect(root(s).querySelector('[part=access-link]')!.getAttribute('href')).to.equal(
      'https://example.se/anmal',
    );
    // No contact point: the provider's web page from the data is the way to make contact.
    const contact = [...detail.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(contact).to.include('https://example.se/jobbtorget');
    await expect(host(s)).to.be.accessible();
  });

  it('says "ej angiven" for a contact and access the data does not give', async () => {
    const s = await mount();
    const detail = await open(s, 'npf-vaxjo');
    expect(root(s).querySelector('[part=no-contact]')!.textContent).to.equal('Kontaktuppgift: ej angiven');
    expect(detail.textContent).to.contain('Ej angivet');
    expect(root(s).querySelector('[part=participation]')).to.equal(null);
    await expect(host(s)).to.be.accessible();
  });

  it('has an employers’ entry: audience="employers" presets the filter, shown as a chip and in the URL', async () => {
    const s = await mount(html`<insats-sok audience="employers" sync-url></insats-sok>`);
    expect(hitIds(s)).to.deep.equal(['oppet-hus']);
    expect(s.state.filters.audience).to.deep.equal(['employers']);
    const chips = [...root(s).querySelectorAll('[part=chip]')].map((c) => c.textContent!.trim());
    expect(chips.some((c) => c.includes('Arbetsgivare'))).to.equal(true);
    s.setFilters({ audience: ['employers', 'civilSociety'] });
    await s.updateComplete;
    expect(new URL(location.href).searchParams.getAll('for')).to.deep.equal(['employers', 'civilSociety']);
    await expect(host(s)).to.be.accessible();
    history.replaceState(null, '', location.pathname);
  });
});

describe('<insats-sok> the demo’s employers’ entry', () => {
  for (const query of ['praktik', 'arbetsgivare']) {
    it(`"${query}" finds the employer offers, each with a contact and an error report link`, async () => {
      const s = (await fixture(
        html`<insats-sok src="/examples/data/demo.json" audience="employers"></insats-sok>`,
      )) as unknown as InsatsSok;
      await oneEvent(host(s), 'insats-sok-load');
      s.setQuery(query);
      await s.updateComplete;
      const ids = hitIds(s) as string[];
      expect(ids).to.include.members(['arbetsgivarkoordinator', 'vaxjoloftet', 'vaxjoloftet-praktikupprop']);
      await expect(host(s)).to.be.accessible();
      for (const id of ids) {
        const detail = await open(s, id);
        const contacts = [...detail.querySelectorAll('.contacts a')];
        expect(contacts.length, `${id} has a contact`).to.be.greaterThan(0);
        expect(errorLink(s), `${id} has an error report link`).not.to.equal(null);
        s.closeDetail();
        await s.updateComplete;
      }
      await open(s, 'vaxjoloftet-praktikupprop');
      await expect(host(s)).to.be.accessible();
    });
  }
});
