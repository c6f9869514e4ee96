import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { restrictDataset } from '@samordningskartan/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { kartaFixture } from './fixtures/karta-fixture.js';
import type { SamordningKarta } from './samordning-karta.js';
import './define.js';

// Issue 12, the map's part: the details and the list view answer within the scope (the chosen
// förbund), say who collaborates with an organisation there and why, and never link out of the map.

const DEMO = '/examples/data/demo.json';
const $ = <T extends Element = HTMLElement>(el: SamordningKarta, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel);
const $$ = (el: SamordningKarta, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const texts = (el: SamordningKarta, sel: string) =>
  $$(el, sel).map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
const focused = (el: SamordningKarta) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Every link in the details panel selects a record that is on the map (in the list view's tree). */
async function linksStayInMap(el: SamordningKarta): Promise<void> {
  const targets = $$(el, 'aside [data-goto]').map((b) => b.dataset.goto!);
  const selected = el.selected;
  expect(targets.length).to.be.greaterThan(0);
  for (const id of targets) {
    el.select(id);
    await el.updateComplete;
    // Selecting opens the tree down to the record: it is there unless it lies outside the map.
    expect($(el, `#ti-${CSS.escape(id)}`), `${id} is on the map`).to.exist;
  }
  el.select(selected);
  await el.updateComplete;
}

describe('<samordning-karta> within a scope', function () {
  this.timeout(30_000);

  it('in Västerås, the list view answers "who collaborates with Försäkringskassan?" as text, by keyboard, in at most 12 keys', async () => {
    const el = await fixture<SamordningKarta>(
      html`<samordning-karta src=${DEMO} association="forbund-vasteras" view="lista"></samordning-karta>`,
    );
    await waitUntil(() => $(el, '[role="treeitem"]'), 'tree shown', { timeout: 15_000 });
    $(el, '[role="treeitem"][tabindex="0"]')!.focus();
    let keys = 0;
    while (focused(el)?.dataset.id !== 'forsakringskassan' && keys < 12) {
      await sendKeys({ press: 'f' });
      keys++;
      await el.updateComplete;
    }
    await sendKeys({ press: 'Enter' });
    keys++;
    await el.updateComplete;
    expect(keys).to.be.at.most(12);
    expect($(el, 'aside h2')!.textContent).to.equal('Försäkringskassan');

    const d = el.loaded!;
    const vasteras = restrictDataset(d, { association: 'forbund-vasteras' });
    const group = texts(el, 'aside ul[data-group="collaborators"] > li');
    const names = $$(el, 'aside ul[data-group="collaborators"] > li > :first-child').map(
      (n) => n.textContent,
    );
    expect($(el, 'aside h3[data-group="collaborators"]')!.textContent).to.equal('Samverkar med');
    expect(names).to.include.members(['Arbetsförmedlingen', 'Region Västmanland', 'Västerås stad']);
    for (const name of names) {
      const id = d.organisations.find((o) => d.label(o.id) === name)?.id;
      expect(id && vasteras.organisation(id), `${name} works in Västerås`).to.be.ok;
    }
    // Why, in words: the shared insats and its steering group.
    expect(group.find((t) => t.startsWith('Arbetsförmedlingen'))).to.contain('Samordningsteamet');
    // Memberships and insatser within Västerås; the 17 förbund of the whole data behind a control.
    expect(texts(el, 'aside ul[data-group="relation_memberOf"] > li')).to.deep.equal([
      'Samordningsförbundet Västerås',
    ]);
    const services = texts(el, 'aside ul[data-group="services"] > li');
    for (const s of services)
      expect(
        vasteras.services.some((x) => d.label(x.id) === s),
        s,
      ).to.equal(true);
    const whole = $<HTMLDetailsElement>(el, 'aside details.whole-data')!;
    expect(whole.open).to.equal(false);
    expect(whole.querySelector('summary')!.textContent).to.equal('Visa i hela datat');
    expect(whole.querySelectorAll('ul[data-group="whole-relation_memberOf"] li').length).to.be.greaterThan(
      10,
    );
    expect(whole.querySelector('button'), 'the whole data is text, not links out of the map').to.equal(null);
    await linksStayInMap(el);
    await expect(el).to.be.accessible();
  });

  it('a collaborator is a link that selects it; without a scope there is no "Visa i hela datat"', async () => {
    const el = await fixture<SamordningKarta>(
      html`<samordning-karta view="lista" association="forbund-vasteras" .data=${kartaFixture()}></samordning-karta>`,
    );
    await waitUntil(() => el.loaded);
    el.select('forsakringskassan');
    await el.updateComplete;
    expect(texts(el, 'aside ul[data-group="relation_memberOf"] > li')).to.deep.equal([
      'Samordningsförbundet Västerås',
    ]);
    expect($(el, 'aside details.whole-data')!.textContent).to.contain('Samordningsförbundet Köping');
    const link = $$(el, 'aside ul[data-group="collaborators"] button').find(
      (b) => b.textContent === 'Västerås stad',
    )!;
    expect(link.closest('li')!.textContent).to.contain('gemensam styrgrupp för Samordningsteamet');
    link.click();
    await el.updateComplete;
    expect(el.selected).to.equal('kommun-vasteras');
    expect(texts(el, 'aside ul[data-group="collaborators"] > li > :first-child')).to.include('Fontänhuset');
    await linksStayInMap(el);
    el.association = '';
    await el.updateComplete;
    expect($(el, 'aside details.whole-data')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a shared link (?organisation=…&insats=…) restores the selection with sync-url', async () => {
    const start = location.href;
    history.replaceState(null, '', '?organisation=forsakringskassan&insats=mgt');
    try {
      const el = await fixture<SamordningKarta>(
        html`<samordning-karta sync-url view="lista" .data=${kartaFixture()}></samordning-karta>`,
      );
      await waitUntil(() => el.selected, 'selection restored');
      expect(el.selected).to.equal('mgt');
      await el.updateComplete;
      expect($(el, '#ti-mgt')!.getAttribute('aria-selected')).to.equal('true');
      expect($(el, 'aside h2')!.textContent).to.equal('Multidisciplinärt grundteam');
      history.replaceState(null, '', '?organisation=forsakringskassan&insats=finns-inte');
      const org = await fixture<SamordningKarta>(
        html`<samordning-karta sync-url view="lista" .data=${kartaFixture()}></samordning-karta>`,
      );
      await waitUntil(() => org.selected, 'organisation restored');
      expect(org.selected).to.equal('forsakringskassan');
      const without = await fixture<SamordningKarta>(
        html`<samordning-karta view="lista" .data=${kartaFixture()}></samordning-karta>`,
      );
      await waitUntil(() => without.loaded);
      await new Promise((r) => setTimeout(r, 50));
      expect(without.selected, 'only with sync-url').to.equal('');
    } finally {
      history.replaceState(null, '', start);
    }
  });
});
