import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Core } from 'cytoscape';
import { kartaFixture } from './fixtures/karta-fixture.js';
import type { SamordningKarta } from './samordning-karta.js';
import './define.js';

/** Stands in for `<insats-sok>`: the two methods the map calls, recording their calls. */
class StubSok extends HTMLElement {
  filters: unknown[] = [];
  opened: string[] = [];
  setFilters(f: unknown) {
    this.filters.push(f);
  }
  openService(id: string) {
    this.opened.push(id);
  }
}
if (!customElements.get('stub-insats-sok')) customElements.define('stub-insats-sok', StubSok);

const cyOf = (el: SamordningKarta) => (el as unknown as { _cy?: Core })._cy;
const $ = <T extends Element = HTMLElement>(el: SamordningKarta, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel);
const $$ = (el: SamordningKarta, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];

async function mount(view: string, extra: Partial<SamordningKarta> = {}): Promise<SamordningKarta> {
  const el = await fixture<SamordningKarta>(
    html`<samordning-karta view=${view} .data=${kartaFixture()} style="width: 1000px"></samordning-karta>`,
  );
  Object.assign(el, extra);
  await waitUntil(() => el.loaded, 'data loaded');
  await el.updateComplete;
  return el;
}

async function drawn(el: SamordningKarta): Promise<Core> {
  await waitUntil(() => cyOf(el) && cyOf(el)!.nodes().length > 0, 'map drawn', { timeout: 5000 });
  await el.updateComplete;
  return cyOf(el)!;
}

function key(target: Element, k: string) {
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }),
  );
}

const focusedTreeItem = (el: SamordningKarta) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<samordning-karta>', () => {
  describe('states', () => {
    it('shows loading, then an error with a retry that loads again', async () => {
      const el = await fixture<SamordningKarta>(
        html`<samordning-karta src="/does-not-exist.json"></samordning-karta>`,
      );
      expect($(el, '.base')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[role="status"]')!.textContent).to.contain('Laddar');
      await expect(el).to.be.accessible();
      await waitUntil(() => $(el, '[role="alert"]'), 'error shown', { timeout: 5000 });
      expect($(el, '[role="alert"]')!.textContent).to.contain('kunde inte läsas in');
      await expect(el).to.be.accessible();
      const loads: unknown[] = [];
      el.addEventListener('samordning-karta-load', (e) => loads.push(e.detail));
      el.src = '';
      el.data = kartaFixture();
      await waitUntil(() => el.loaded, 'loaded after retry');
      expect(loads).to.have.length(1);
    });

    it('retry button reloads', async () => {
      const el = await fixture<SamordningKarta>(
        html`<samordning-karta src="/does-not-exist.json"></samordning-karta>`,
      );
      await waitUntil(() => $(el, '[role="alert"] button'), 'retry shown', { timeout: 5000 });
      $(el, '[role="alert"] button')!.click();
      await el.updateComplete;
      expect($(el, '.base')!.getAttribute('aria-busy')).to.equal('true');
    });

    it('shows an empty state with a way out when filters leave nothing', async () => {
      const el = await mount('lista');
      el.setFilters({ organisationKinds: ['employer'], targetGroup: 'npf' });
      await el.updateComplete;
      expect($(el, '[part="notice"]')!.textContent).to.contain('inget att visa');
      await expect(el).to.be.accessible();
      $(el, '[part="notice"] button')!.click();
      await el.updateComplete;
      expect($(el, '[role="tree"]')).to.exist;
    });

    it('settles when filters empty the drawn map, and draws again when they are cleared', async () => {
      const el = await mount('samverkan');
      const first = await drawn(el);
      el.setFilters({ organisationKinds: ['employer'], targetGroup: 'npf' });
      await el.updateComplete;
      expect($(el, '[part="notice"]')!.textContent).to.contain('inget att visa');
      // Not busy, and it stays so: nothing keeps trying to draw a map that has no canvas.
      const busy: string[] = [];
      for (let i = 0; i < 10; i++) {
        await new Promise((r) => setTimeout(r, 20));
        busy.push($(el, '.base')!.getAttribute('aria-busy')!);
      }
      expect(busy).to.deep.equal(Array(10).fill('false'));
      $(el, '[part="notice"] button')!.click();
      const again = await drawn(el);
      expect(again).to.not.equal(first);
      expect(again.container()?.isConnected).to.equal(true);
      expect($(el, '.base')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('settles on data with nothing to draw in a graph view', async () => {
      const el = await fixture<SamordningKarta>(
        html`<samordning-karta view="samverkan" .data=${{ formatVersion: 1 }}></samordning-karta>`,
      );
      await waitUntil(() => $(el, '[part="notice"], [role="alert"]'), 'a message shown', { timeout: 5000 });
      await new Promise((r) => setTimeout(r, 200));
      expect($(el, '.base')!.getAttribute('aria-busy')).to.equal('false');
      expect((el as unknown as { _cyStatus: string })._cyStatus).to.not.equal('loading');
    });

    it('shows partly invalid data with a notice, and the problems with debug', async () => {
      const raw = kartaFixture();
      (raw.organisations as unknown[]).push({ id: 'trasig', kind: 'nope', name: 'Trasig' });
      const el = await fixture<SamordningKarta>(
        html`<samordning-karta view="lista" debug .data=${raw}></samordning-karta>`,
      );
      await waitUntil(() => el.loaded);
      await el.updateComplete;
      expect($(el, '[part="notice"]')!.textContent).to.match(/\d+ uppgifter/);
      expect($(el, '.problems li')).to.exist;
      expect($$(el, '[role="treeitem"]').some((t) => t.dataset.id === 'trasig')).to.equal(false);
      await expect(el).to.be.accessible();
    });
  });

  describe('list view', () => {
    it('is a tree of förbund, members, units and insatser, with zero axe violations', async () => {
      const el = await mount('lista');
      const top = $$(el, '[role="treeitem"][aria-level="1"]').map((li) => li.dataset.id);
      expect(top).to.deep.equal(['forbund-koping', 'forbund-vasteras', 'fontanhuset', 'arbetsgivare-ab']);
      const vasteras = $(el, '#ti-forbund-vasteras')!;
      expect(vasteras.getAttribute('aria-expanded')).to.equal('true');
      const items = $$(el, '[role="treeitem"]');
      const start = items.indexOf(vasteras);
      const children: string[] = [];
      for (const li of items.slice(start + 1)) {
        if (li.getAttribute('aria-level') === '1') break;
        if (li.getAttribute('aria-level') === '2') children.push(li.dataset.id!);
      }
      expect(children).to.include.members(['kommun-vasteras', 'samordningsteamet', 'spira', 'sim', 'mgt']);
      expect($(el, '#ti-vasteras-arbetsmarknad'), 'units closed at first').to.equal(null);
      expect(vasteras.textContent!.replace(/[▾▸]/g, '').replace(/\s+/g, ' ').trim()).to.equal(
        'Samordningsförbundet Västerås, Samordningsförbund',
      );
      expect(cyOf(el), 'list view never starts Cytoscape').to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('follows the APG treeview keyboard model', async () => {
      const el = await mount('lista');
      const first = $(el, '[role="treeitem"][tabindex="0"]')!;
      expect(first.dataset.id).to.equal('forbund-koping');
      first.focus();
      key(first, 'ArrowDown');
      await el.updateComplete;
      expect(focusedTreeItem(el)!.dataset.id).to.equal('forsakringskassan');
      key(focusedTreeItem(el)!, 'ArrowLeft');
      await el.updateComplete;
      expect(focusedTreeItem(el)!.dataset.id, 'left goes to parent').to.equal('forbund-koping');
      key(focusedTreeItem(el)!, 'ArrowLeft');
      await el.updateComplete;
      expect($(el, '#ti-forbund-koping')!.getAttribute('aria-expanded'), 'left closes').to.equal('false');
      key(focusedTreeItem(el)!, 'ArrowRight');
      await el.updateComplete;
      expect($(el, '#ti-forbund-koping')!.getAttribute('aria-expanded'), 'right opens').to.equal('true');
      key(focusedTreeItem(el)!, 'End');
      await el.updateComplete;
      expect(focusedTreeItem(el)!.dataset.id).to.equal('arbetsgivare-ab');
      key(focusedTreeItem(el)!, 'Home');
      await el.updateComplete;
      expect(focusedTreeItem(el)!.dataset.id).to.equal('forbund-koping');
      key(focusedTreeItem(el)!, 'f');
      await el.updateComplete;
      expect(focusedTreeItem(el)!.dataset.id, 'typeahead').to.equal('forsakringskassan');
      const selected = oneEvent(el, 'samordning-karta-select');
      key(focusedTreeItem(el)!, 'Enter');
      const ev = await selected;
      expect(ev.detail).to.deep.equal({ id: 'forsakringskassan', kind: 'organisation' });
      expect(focusedTreeItem(el)!.getAttribute('aria-selected')).to.equal('true');
      expect($$(el, '[role="treeitem"][tabindex="0"]')).to.have.length(1);
    });

    it('answers "who sits in Samordningsteamet\'s steering group?" by keyboard alone', async () => {
      const el = await mount('lista');
      $(el, '[role="treeitem"][tabindex="0"]')!.focus();
      for (let i = 0; i < 20 && !focusedTreeItem(el)!.dataset.id?.startsWith('samordningsteamet'); i++) {
        key(focusedTreeItem(el)!, 's');
        await el.updateComplete;
      }
      expect(focusedTreeItem(el)!.dataset.id).to.equal('samordningsteamet');
      key(focusedTreeItem(el)!, 'Enter');
      await el.updateComplete;
      const group = $(el, 'aside ul[data-group="in_steeringGroupOf"]')!;
      expect($(el, 'aside h3[data-group="in_steeringGroupOf"]')!.textContent).to.equal('Styrgrupp');
      const names = [...group.querySelectorAll('button')].map((b) => b.textContent!.trim());
      expect(names).to.have.members([
        'Försäkringskassan',
        'Arbetsförmedlingen',
        'Region Västmanland',
        'Västerås stad',
      ]);
      await expect(el).to.be.accessible();
      // A relation link moves the selection, and focus to the new record's title.
      const first = group.querySelector('button') as HTMLButtonElement;
      const target = first.dataset.goto!;
      const name = first.textContent!.trim();
      first.click();
      await el.updateComplete;
      expect(el.selected).to.equal(target);
      expect($(el, 'aside h2')!.textContent).to.equal(name);
      expect(el.shadowRoot!.activeElement?.id).to.equal('details-title');
      key(el.shadowRoot!.activeElement!, 'Escape');
      await el.updateComplete;
      expect($(el, 'aside h2')).to.equal(null);
    });

    it('is chosen automatically on narrow containers and stays switchable', async () => {
      // fixtureSync: waiting for a plain <div> to "update" means waiting for an animation frame.
      const el = fixtureSync<HTMLDivElement>(
        html`<div style="width: 400px"><samordning-karta .data=${kartaFixture()}></samordning-karta></div>`,
      ).querySelector('samordning-karta')!;
      await waitUntil(() => el.loaded && $(el, '[role="tree"]'), 'list view shown');
      expect(el.currentView).to.equal('lista');
      [...$$(el, '[part="views"] button')].find((b) => b.textContent!.includes('Organisation'))!.click();
      await el.updateComplete;
      expect(el.view).to.equal('organisation');
      await drawn(el);
    });
  });

  describe('graph views', () => {
    it('organisation: every record as a node, units inside their organisation, typed edges, no <style> in head', async () => {
      const stylesBefore = document.head.querySelectorAll('style').length;
      const el = await mount('organisation');
      const cy = await drawn(el);
      expect(cy.nodes().length).to.equal(15);
      expect(cy.getElementById('vasteras-arbetsmarknad').parent().first().id()).to.equal('kommun-vasteras');
      expect(cy.edges('[kind = "steeringGroupOf"]').length).to.equal(6);
      expect(cy.edges('[kind = "funds"]').length).to.be.greaterThan(0);
      expect(document.head.querySelectorAll('style').length).to.equal(stylesBefore);
      expect(document.getElementById('__________cytoscape_stylesheet')).to.equal(null);
      expect($(el, '.cy')!.getAttribute('aria-hidden')).to.equal('true');
      expect($(el, 'figcaption')!.textContent).to.contain('10 organisationer, 5 insatser');
      // Laid out top-down: the förbund above its members, members above their insatser.
      expect(cy.getElementById('forbund-vasteras').position().y).to.be.lessThan(
        cy.getElementById('kommun-vasteras').position().y,
      );
      await expect(el).to.be.accessible();
    });

    it('samverkan: organisations only, weighted collaboration edges, rings by kind', async () => {
      const el = await mount('samverkan');
      const cy = await drawn(el);
      expect(cy.nodes('[record = "service"]').length).to.equal(0);
      expect(cy.nodes().length).to.equal(10);
      const shared = cy.edges('[kind = "sharedService"]');
      expect(shared.length).to.be.greaterThan(0);
      expect(Math.max(...shared.map((e) => e.data('weight') as number))).to.be.greaterThan(1);
      const r = (id: string) =>
        Math.hypot(cy.getElementById(id).position().x, cy.getElementById(id).position().y);
      expect(r('forbund-vasteras')).to.be.lessThan(r('kommun-vasteras'));
      expect(r('kommun-vasteras')).to.be.lessThan(r('fontanhuset'));
      await expect(el).to.be.accessible();
    });

    it('zoom buttons and keys zoom, 0 fits', async () => {
      const el = await mount('organisation');
      const cy = await drawn(el);
      const z0 = cy.zoom();
      $(el, '[data-zoom="in"]')!.click();
      await waitUntil(() => cy.zoom() > z0 * 1.1, 'zoomed in');
      const fig = $(el, 'figure')!;
      key(fig, '-');
      key(fig, '-');
      await waitUntil(() => cy.zoom() < z0, 'zoomed out');
      key(fig, '0');
      await waitUntil(() => Math.abs(cy.zoom() - z0) < 1e-6, 'fit again');
    });

    it('exports the picture as PNG', async () => {
      const el = await mount('organisation');
      await drawn(el);
      const blob = await el.exportPng({ download: false });
      expect(blob!.type).to.equal('image/png');
      expect(blob!.size).to.be.greaterThan(1000);
    });
  });

  describe('filters', () => {
    it('narrow the graph by organisation kind, relation kind, förbund, kommun and target group', async () => {
      const el = await mount('organisation');
      const cy = await drawn(el);
      el.setFilters({ organisationKinds: ['coordinationAssociation'] });
      await el.updateComplete;
      expect(
        cy
          .nodes('[record = "organisation"]')
          .map((n) => n.id())
          .sort(),
      ).to.deep.equal(['forbund-koping', 'forbund-vasteras']);
      el.setFilters({ organisationKinds: undefined, relationKinds: ['steeringGroupOf'] });
      await el.updateComplete;
      expect(new Set(cy.edges().map((e) => e.data('kind')))).to.deep.equal(new Set(['steeringGroupOf']));
      el.setFilters({ relationKinds: undefined, association: 'forbund-koping' });
      await el.updateComplete;
      expect(el.association).to.equal('forbund-koping');
      expect(cy.getElementById('kommun-koping').nonempty()).to.equal(true);
      expect(cy.getElementById('kommun-vasteras').empty()).to.equal(true);
      el.setFilters({ association: undefined, targetGroup: 'unga-vuxna' });
      await el.updateComplete;
      expect(
        cy
          .nodes('[record = "service"]')
          .map((n) => n.id())
          .sort(),
      ).to.deep.equal(['koping-steget', 'spira']);
      el.setFilters({ targetGroup: undefined, municipality: '1983' });
      await el.updateComplete;
      expect(cy.getElementById('kommun-koping').nonempty()).to.equal(true);
      expect(cy.getElementById('fontanhuset').empty()).to.equal(true);
    });

    it('are controls in the page too', async () => {
      const el = await mount('lista');
      const select = $<HTMLSelectElement>(el, 'select[data-filter="association"]')!;
      select.value = 'forbund-koping';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.association).to.equal('forbund-koping');
      expect($(el, '#ti-forbund-vasteras')).to.equal(null);
      expect($(el, '#ti-kommun-koping')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('focus mode', () => {
    it('fades what is further than the chosen depth from the selection', async () => {
      const el = await mount('organisation');
      const cy = await drawn(el);
      el.select('spira');
      el.focusDepth = 1;
      await el.updateComplete;
      expect(cy.getElementById('spira').hasClass('faded')).to.equal(false);
      expect(cy.getElementById('kommun-vasteras').hasClass('faded')).to.equal(false);
      expect(cy.getElementById('fontanhuset').hasClass('faded')).to.equal(true);
      expect($(el, 'figcaption')!.textContent).to.contain('Fokus på Spira');
      el.focusDepth = 2;
      await el.updateComplete;
      expect(cy.getElementById('fontanhuset').hasClass('faded')).to.equal(false);
      const box = $<HTMLInputElement>(el, 'input[data-focus]')!;
      expect(box.checked).to.equal(true);
      box.click();
      await el.updateComplete;
      expect(el.focusDepth).to.equal(0);
      expect(cy.$('.faded').length).to.equal(0);
    });
  });

  describe('shared selection and keyboard in the graph', () => {
    it('a node chosen in the graph is selected in the list, and back', async () => {
      const el = await mount('organisation');
      const cy = await drawn(el);
      const selected = oneEvent(el, 'samordning-karta-select');
      cy.getElementById('sim').emit('tap');
      expect((await selected).detail).to.deep.equal({ id: 'sim', kind: 'service' });
      expect(el.getAttribute('selected')).to.equal('sim');
      el.view = 'lista';
      await el.updateComplete;
      expect($(el, '#ti-sim')!.getAttribute('aria-selected')).to.equal('true');
      $(el, '#ti-mgt .row')!.click();
      el.view = 'organisation';
      await el.updateComplete;
      expect(cy.$(':selected').map((n) => n.id())).to.deep.equal(['mgt']);
    });

    it('arrows move along edges, Enter opens details, Escape closes', async () => {
      const el = await mount('organisation');
      const cy = await drawn(el);
      const fig = $(el, 'figure')!;
      fig.focus();
      key(fig, 'ArrowDown');
      await el.updateComplete;
      const start = el.selected;
      expect(start, 'first arrow picks the top record').to.equal('forbund-koping');
      key(fig, 'ArrowDown');
      await el.updateComplete;
      const next = el.selected;
      expect(next).to.not.equal(start);
      expect(
        cy
          .getElementById(start)
          .neighborhood('node')
          .map((n) => n.id()),
      ).to.include(next);
      expect(cy.getElementById(next).position().y).to.be.greaterThan(cy.getElementById(start).position().y);
      expect($(el, '[role="status"]')!.textContent).to.contain(cy.getElementById(next).data('label'));
      key(fig, 'Escape');
      await el.updateComplete;
      expect($(el, 'aside h2')).to.equal(null);
      key(fig, 'Enter');
      await el.updateComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('details-title');
    });

    it('the search box finds and focuses a node', async () => {
      const el = await mount('organisation');
      const cy = await drawn(el);
      const input = $<HTMLInputElement>(el, '#karta-q')!;
      input.value = 'grundteam';
      $<HTMLFormElement>(el, 'form')!.requestSubmit();
      await el.updateComplete;
      expect(el.selected).to.equal('mgt');
      expect(cy.$(':selected').map((n) => n.id())).to.deep.equal(['mgt']);
      input.value = 'finns inte';
      $<HTMLFormElement>(el, 'form')!.requestSubmit();
      await el.updateComplete;
      expect($(el, '[role="status"]')!.textContent).to.contain('Ingen träff');
    });
  });

  describe('link to <insats-sok>', () => {
    it('filters the search by a selected organisation and opens an insats there', async () => {
      const page = fixtureSync<HTMLDivElement>(html`<div>
        <stub-insats-sok id="sok"></stub-insats-sok>
        <samordning-karta for="sok" view="lista" .data=${kartaFixture()}></samordning-karta>
      </div>`);
      const sok = page.querySelector('stub-insats-sok') as StubSok;
      const el = page.querySelector('samordning-karta')!;
      await waitUntil(() => el.loaded);
      el.select('kommun-vasteras');
      expect(sok.filters).to.deep.equal([{ organisation: 'kommun-vasteras' }]);
      el.select('spira');
      await el.updateComplete;
      expect(sok.filters, 'an insats does not filter by organisation').to.have.length(1);
      const opened = oneEvent(el, 'samordning-karta-open-service');
      $(el, 'aside button.open-service')!.click();
      expect((await opened).detail).to.deep.equal({ id: 'spira' });
      expect(sok.opened).to.deep.equal(['spira']);
    });

    it('works without one', async () => {
      const el = await fixture<SamordningKarta>(
        html`<samordning-karta for="missing" view="lista" .data=${kartaFixture()}></samordning-karta>`,
      );
      await waitUntil(() => el.loaded);
      el.select('spira');
      await el.updateComplete;
      $(el, 'aside button.open-service')!.click();
      expect(el.selected).to.equal('spira');
    });
  });

  describe('language and strings', () => {
    it('speaks English with lang="en" and takes overrides', async () => {
      const el = await fixture<SamordningKarta>(
        html`<samordning-karta lang="en" view="lista" .data=${kartaFixture()} .strings=${{ tree: 'Parties' }}></samordning-karta>`,
      );
      await waitUntil(() => el.loaded);
      await el.updateComplete;
      expect($$(el, '[part="views"] button').map((b) => b.textContent!.trim())).to.deep.equal([
        'Organisation',
        'Collaboration',
        'List',
      ]);
      expect($(el, '[role="tree"]')!.getAttribute('aria-label')).to.equal('Parties');
      expect($(el, '#ti-forbund-vasteras')!.textContent).to.contain('Coordination association');
      await expect(el).to.be.accessible();
    });

    it('accepts a Dataset through `dataset` as well as `data`', async () => {
      const el = document.createElement('samordning-karta');
      (el as unknown as { dataset: unknown }).dataset = kartaFixture();
      el.view = 'lista';
      document.body.append(el);
      try {
        await waitUntil(() => el.loaded);
        expect(el.loaded!.organisations.length).to.equal(10);
        expect(el.dataset).to.be.instanceOf(DOMStringMap);
      } finally {
        el.remove();
      }
    });
  });
});
