// The webmaster's notice about partly invalid data is one view in all three elements: hidden from
// visitors, shown with `debug`, with honest counts and each problem at its place.
import { expect, waitUntil } from '@open-wc/testing';
import '../all.js';

const DATA = () => ({
  formatVersion: 1,
  meta: { id: 't', name: 'T', publisher: 'T', updated: '2026-01-01', license: 'CC0-1.0' },
  organisations: [
    { id: 'kommunen', kind: 'municipality', name: 'Kommunen', municipalities: ['1980'] },
    { id: 'forbundet', kind: 'coordinationAssociation', name: 'Förbundet', municipalities: ['1980'] },
  ],
  services: [
    { id: 'hel', name: 'Hel insats', kind: 'individual', status: 'active', providers: ['kommunen'] },
    // Dropped: no name. Its bad link elsewhere would only be a warning.
    { id: 'trasig', kind: 'individual', status: 'active', providers: ['kommunen'] },
    {
      id: 'lagad',
      name: 'Lagad insats',
      kind: 'individual',
      status: 'active',
      providers: ['kommunen'],
      links: [{ url: 'javascript:alert(1)', title: 'x' }],
    },
  ],
  relations: [{ from: 'kommunen', to: 'forbundet', kind: 'memberOf' }],
});

const TAGS = ['insats-sok', 'samordning-karta', 'samordning-analys'] as const;

async function mount(tag: (typeof TAGS)[number], debug: boolean): Promise<HTMLElement> {
  // Not fixture(): it waits for an animation frame, which a page in the background never gets.
  const child = document.createElement(tag) as HTMLElement & { data: unknown; debug: boolean };
  if (tag === 'samordning-karta') child.setAttribute('view', 'lista');
  child.debug = debug;
  child.data = DATA();
  document.body.append(child);
  await waitUntil(
    () => /Hel insats|Kommunen/.test(child.shadowRoot?.textContent ?? ''),
    `${tag} shows the data`,
    { timeout: 8000 },
  );
  return child;
}

afterEach(() => {
  for (const tag of TAGS) for (const el of document.querySelectorAll(tag)) el.remove();
});

describe('the notice about partly invalid data', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: hidden from visitors, shown with debug with counts and places`, async () => {
      const quiet = await mount(tag, false);
      expect(quiet.shadowRoot!.querySelector('[part~="data-notice"]')).to.equal(null);
      const loud = await mount(tag, true);
      const notice = loud.shadowRoot!.querySelector('[part~="data-notice"]')!;
      expect(notice, 'notice with debug').to.exist;
      expect(notice.getAttribute('role')).to.equal('status');
      expect(notice.querySelector('p')!.textContent).to.match(/fel: 1, och varningar: [1-9]/);
      const items = [...notice.querySelectorAll('li')].map((li) => li.textContent ?? '');
      expect(items.some((t) => t.includes('services[id=trasig].name'))).to.equal(true);
      expect(items.some((t) => t.includes('services[id=lagad].links'))).to.equal(true);
      await expect(loud).to.be.accessible();
    });
  }
});
