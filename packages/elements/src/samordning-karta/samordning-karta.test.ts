import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { loadDataset } from '@samordningskartan/sdk';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { catalogueOptions } from '../shared/catalogue-client.js';
import { clickNode } from './fixtures/click-node.js';
import { kartaFixture } from './fixtures/karta-fixture.js';
import type { SamordningKarta } from './samordning-karta.js';
import type { MapLayout, MapLayoutNode } from './types.js';
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

/** Waits until the map is drawn; returns its layout snapshot. */
async function drawn(el: SamordningKarta): Promise<MapLayout> {
  await waitUntil(() => el.layout && el.layout.nodes.length > 0, 'map drawn', { timeout: 5000 });
  await el.updateComplete;
  return el.layout!;
}

const nodeOf = (el: SamordningKarta, id: string): MapLayoutNode | undefined =>
  el.layout!.nodes.find((n) => n.id === id);
const nodeIds = (el: SamordningKarta, pred: (n: MapLayoutNode) => boolean = () => true) =>
  el
    .layout!.nodes.filter(pred)
    .map((n) => n.id)
    .sort();
const edgesOf = (el: SamordningKarta, kind: string) => el.layout!.edges.filter((e) => e.kind === kind);
const selectedOnCanvas = (el: SamordningKarta) => nodeIds(el, (n) => n.selected);

/** A real key press on whatever has focus. */
async function press(el: SamordningKarta, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

const focused = (el: SamordningKarta) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Serves `/karta-test.json` from the answers in turn (the last one repeats), counting requests. */
// The answers come from the page's fetch, so the catalogue runs in the page while they are served
// (the same engine as in the worker, whose own fetch the 404 test above goes through).
function serve(...answers: Array<() => Response>) {
  const original = window.fetch;
  const inWorker = catalogueOptions.worker;
  catalogueOptions.worker = false;
  const calls: string[] = [];
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.includes('/karta-test.json')) return original(input, init);
    calls.push(url);
    return Promise.resolve(answers[Math.min(calls.length, answers.length) - 1]!());
  };
  // Elements reading the same sources share one catalogue on a page: each test uses its own URL.
  return {
    calls,
    restore: () => {
      window.fetch = original;
      catalogueOptions.worker = inWorker;
    },
  };
}
const json = (body: unknown) => () =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const status = (code: number) => () => new Response('', { status: code });

before(() => setViewport({ width: 1200, height: 1000 }));

describe('<samordning-karta>', () => {
  describe('kommun filter', () => {
    const kommunOptions = (el: SamordningKarta) =>
      $$(el, 'select[data-filter="municipality"] option')
        .map((o) => o.textContent!.trim())
        .filter((t) => t !== '' && !/alla/i.test(t));

    it('lists the kommuner the data names, by name (the catalogue names them)', async () => {
      const el = await mount('lista');
      expect(kommunOptions(el)).to.deep.equal(['Köping', 'Västerås']);
    });

    it('names them too when the data is an SDK Dataset set from code (kept as it is)', async () => {
      const dataset = (await loadDataset(kartaFixture())).dataset;
      const el = await fixture<SamordningKarta>(
        html`<samordning-karta view="lista" .data=${dataset}></samordning-karta>`,
      );
      await waitUntil(() => el.loaded, 'data loaded');
      await el.updateComplete;
      expect(el.loaded).to.equal(dataset);
      expect(kommunOptions(el)).to.deep.equal(['Köping', 'Västerås']);
    });
  });
  describe('states', () => {
    it('shows loading, then a permanent error (404) without a retry, in words a citizen understands', async () => {
      const el = await fixture<SamordningKarta>(
        html`<samordning-karta src="/does-not-exist.json"></samordning-karta>`,
      );
      expect($(el, '[part="loading"]')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[role="status"]')!.textContent).to.contain('Laddar kartan');
      await expect(el).to.be.accessible();
      await waitUntil(() => $(el, '[role="alert"]'), 'error shown', { timeout: 5000 });
      const alert = $(el, '[role="alert"]')!;
      expect(alert.querySelector('h2')!.textContent).to.equal('Kartan kunde inte visas');
      expect(alert.textContent).to.contain('Webbplatsens ansvariga behöver rätta det');
      // The raw server answer is for the webmaster only, folded away.
      expect(alert.querySelector('details:not([open])')!.textContent).to.contain('404');
      expect([...alert.querySelectorAll('p')].map((p) => p.textContent).join(' ')).to.not.contain('404');
      expect(alert.querySelector('button'), 'retrying cannot help').to.equal(null);
      await expect(el).to.be.accessible();
      const loads: unknown[] = [];
      el.addEventListener('samordning-karta-load', (e) => loads.push(e.detail));
      el.src = '';
      el.data = kartaFixture();
      await waitUntil(() => el.loaded, 'loaded after new data');
      await waitUntil(() => loads.length === 1, 'load event');
    });

    it('the retry button loads again, and shows the data once the server answers', async () => {
      const server = serve(status(503), status(503), status(503), json(kartaFixture()));
      try {
        const el = await fixture<SamordningKarta>(
          html`<samordning-karta view="lista" src="/karta-test.json"></samordning-karta>`,
        );
        await waitUntil(() => $(el, '[role="alert"] button'), 'retry shown', { timeout: 8000 });
        const tries = server.calls.length;
        expect($(el, '[role="alert"]')!.textContent).to.contain('Försök igen om en stund');
        await expect(el).to.be.accessible();
        const loaded = oneEvent(el, 'samordning-karta-load');
        $(el, '[role="alert"] button')!.focus();
        await press(el, 'Enter');
        expect((await loaded).detail.organisations).to.equal(10);
        expect(server.calls.length).to.equal(tries + 1);
        expect($(el, '[role="alert"]')).to.equal(null);
        expect($(el, '[role="tree"]')).to.exist;
      } finally {
        server.restore();
      }
    });

    it('reload() fetches the data again and shows what the server has now', async () => {
      const changed = kartaFixture();
      (changed.organisations as unknown[]).push({ id: 'ny-part', kind: 'other', name: 'Ny part' });
      const server = serve(json(kartaFixture()), json(changed));
      try {
        const el = await fixture<SamordningKarta>(
          html`<samordning-karta view="lista" src="/karta-test.json?reload"></samordning-karta>`,
        );
        await waitUntil(() => el.loaded, 'first load');
        expect(el.loaded!.get('ny-part')).to.equal(undefined);
        const loaded = oneEvent(el, 'samordning-karta-load');
        el.reload();
        expect((await loaded).detail.organisations).to.equal(11);
        expect(server.calls).to.have.length(2);
        expect(el.loaded!.get('ny-part')).to.exist;
        await el.updateComplete;
        expect($(el, '#ti-ny-part')).to.exist;
      } finally {
        server.restore();
      }
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
      await drawn(el);
      const renders: unknown[] = [];
      el.addEventListener('samordning-karta-render', (e) => renders.push(e.detail));
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
      expect(el.layout, 'nothing drawn').to.equal(undefined);
      $(el, '[part="notice"] button')!.click();
      const again = await drawn(el);
      expect(again.nodes).to.have.length(10);
      expect(renders, 'drawn anew into the new canvas').to.have.length(1);
      expect($(el, '.base')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('settles on data with nothing to draw in a graph view', async () => {
      const el = await fixture<SamordningKarta>(
        html`<samordning-karta view="samverkan" .data=${{ formatVersion: 1 }}></samordning-karta>`,
      );
      await waitUntil(() => $(el, '[part="notice"], [role="alert"]'), 'a message shown', { timeout: 5000 });
      await new Promise((r) => setTimeout(r, 200));
      expect($(el, '.base')!.getAttribute('aria-busy')).to.equal('false');
      expect($(el, '[role="status"]')!.textContent).to.not.contain('Ritar');
    });

    it('shows partly invalid data, and with debug a notice listing the problems', async () => {
      const raw = kartaFixture();
      (raw.organisations as unknown[]).push({ id: 'trasig', kind: 'nope', name: 'Trasig' });
      const el = await fixture<SamordningKarta>(
        html`<samordning-karta view="lista" debug .data=${raw}></samordning-karta>`,
      );
      await waitUntil(() => el.loaded);
      await el.updateComplete;
      expect($(el, '[part~="data-notice"]')!.textContent).to.match(/fel: 1\b/);
      expect($(el, '[part~="data-notice"] li')).to.exist;
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
      expect(el.layout, 'list view never draws the map').to.equal(undefined);
      expect($(el, '[part="canvas"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('follows the APG treeview keyboard model', async () => {
      const el = await mount('lista');
      const first = $(el, '[role="treeitem"][tabindex="0"]')!;
      expect(first.dataset.id).to.equal('forbund-koping');
      first.focus();
      await press(el, 'ArrowDown');
      expect(focused(el)!.dataset.id).to.equal('forsakringskassan');
      await press(el, 'ArrowLeft');
      expect(focused(el)!.dataset.id, 'left goes to parent').to.equal('forbund-koping');
      await press(el, 'ArrowLeft');
      expect($(el, '#ti-forbund-koping')!.getAttribute('aria-expanded'), 'left closes').to.equal('false');
      await press(el, 'ArrowRight');
      expect($(el, '#ti-forbund-koping')!.getAttribute('aria-expanded'), 'right opens').to.equal('true');
      await press(el, 'End');
      expect(focused(el)!.dataset.id).to.equal('arbetsgivare-ab');
      await press(el, 'Home');
      expect(focused(el)!.dataset.id).to.equal('forbund-koping');
      await press(el, 'f');
      expect(focused(el)!.dataset.id, 'typeahead').to.equal('forsakringskassan');
      const selected = oneEvent(el, 'samordning-karta-select');
      await press(el, 'Enter');
      const ev = await selected;
      expect(ev.detail).to.deep.equal({ id: 'forsakringskassan', kind: 'organisation' });
      expect(focused(el)!.getAttribute('aria-selected')).to.equal('true');
      expect($$(el, '[role="treeitem"][tabindex="0"]')).to.have.length(1);
    });

    it('answers "who sits in Samordningsteamet\'s steering group?" by keyboard alone', async () => {
      const el = await mount('lista');
      $(el, '[role="treeitem"][tabindex="0"]')!.focus();
      for (let i = 0; i < 20 && !focused(el)!.dataset.id?.startsWith('samordningsteamet'); i++) {
        await press(el, 's');
      }
      expect(focused(el)!.dataset.id).to.equal('samordningsteamet');
      await press(el, 'Enter');
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
      await press(el, 'Escape');
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
      const layout = await drawn(el);
      expect(layout.nodes).to.have.length(15);
      expect(nodeOf(el, 'vasteras-arbetsmarknad')!.parent).to.equal('kommun-vasteras');
      expect(edgesOf(el, 'steeringGroupOf')).to.have.length(6);
      expect(edgesOf(el, 'funds').length).to.be.greaterThan(0);
      expect(document.head.querySelectorAll('style').length).to.equal(stylesBefore);
      expect(document.getElementById('__________cytoscape_stylesheet')).to.equal(null);
      expect($(el, '[part="canvas"]')!.getAttribute('aria-hidden')).to.equal('true');
      expect($(el, 'figcaption')!.textContent).to.contain('10 organisationer, 5 insatser');
      // Laid out top-down: the förbund above its members, members above their insatser.
      expect(nodeOf(el, 'forbund-vasteras')!.y).to.be.lessThan(nodeOf(el, 'kommun-vasteras')!.y);
      await expect(el).to.be.accessible();
    });

    it('samverkan: organisations only, weighted collaboration edges, rings by kind', async () => {
      const el = await mount('samverkan');
      const layout = await drawn(el);
      expect(nodeIds(el, (n) => n.type === 'service')).to.deep.equal([]);
      expect(layout.nodes).to.have.length(10);
      const shared = edgesOf(el, 'sharedService');
      expect(shared.length).to.be.greaterThan(0);
      expect(Math.max(...shared.map((e) => e.weight))).to.be.greaterThan(1);
      const r = (id: string) => Math.hypot(nodeOf(el, id)!.x, nodeOf(el, id)!.y);
      expect(r('forbund-vasteras')).to.be.lessThan(r('kommun-vasteras'));
      expect(r('kommun-vasteras')).to.be.lessThan(r('fontanhuset'));
      await expect(el).to.be.accessible();
    });

    it('the layout snapshot is in model coordinates, with label boxes and routes from end to end', async () => {
      const el = await mount('organisation');
      const layout = await drawn(el);
      for (const n of layout.nodes) {
        expect(n.width, n.id).to.be.greaterThan(0);
        expect(n.labelPx, n.id).to.equal(12);
        expect(n.label.x2 - n.label.x1, `${n.id} label`).to.be.greaterThan(0);
      }
      const kommun = nodeOf(el, 'kommun-vasteras')!;
      const member = layout.edges.find((e) => e.kind === 'memberOf' && e.source === 'kommun-vasteras')!;
      expect(member.points.length).to.be.at.least(2);
      const start = member.points[0]!;
      // The route starts at the source node's border.
      expect(Math.abs(start.x - kommun.x)).to.be.at.most(kommun.width / 2 + 1);
      expect(Math.abs(start.y - kommun.y)).to.be.at.most(kommun.height / 2 + 1);
      // A copy: changing it changes nothing.
      layout.nodes.length = 0;
      expect(el.layout!.nodes).to.have.length(15);
    });

    it('zoom buttons and keys zoom, 0 fits', async () => {
      const el = await mount('organisation');
      const z0 = (await drawn(el)).zoom;
      $(el, '[data-zoom="in"]')!.click();
      await waitUntil(() => el.layout!.zoom > z0 * 1.1, 'zoomed in');
      $(el, 'figure')!.focus();
      await press(el, '-');
      await press(el, '-');
      await waitUntil(() => el.layout!.zoom < z0, 'zoomed out');
      await press(el, '0');
      await waitUntil(() => Math.abs(el.layout!.zoom - z0) < 1e-6, 'fit again');
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
      await drawn(el);
      const has = (id: string) => nodeOf(el, id) !== undefined;
      el.setFilters({ organisationKinds: ['coordinationAssociation'] });
      await el.updateComplete;
      expect(nodeIds(el, (n) => n.type !== 'service')).to.deep.equal(['forbund-koping', 'forbund-vasteras']);
      el.setFilters({ organisationKinds: undefined, relationKinds: ['steeringGroupOf'] });
      await el.updateComplete;
      expect(new Set(el.layout!.edges.map((e) => e.kind))).to.deep.equal(new Set(['steeringGroupOf']));
      el.setFilters({ relationKinds: undefined, association: 'forbund-koping' });
      await el.updateComplete;
      expect(el.association).to.equal('forbund-koping');
      expect(has('kommun-koping')).to.equal(true);
      expect(has('kommun-vasteras')).to.equal(false);
      el.setFilters({ association: undefined, targetGroup: 'unga-vuxna' });
      await el.updateComplete;
      expect(nodeIds(el, (n) => n.type === 'service')).to.deep.equal(['koping-steget', 'spira']);
      el.setFilters({ targetGroup: undefined, municipality: '1983' });
      await el.updateComplete;
      expect(has('kommun-koping')).to.equal(true);
      expect(has('fontanhuset')).to.equal(false);
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
      await drawn(el);
      const faded = (id: string) => nodeOf(el, id)!.faded;
      el.select('spira');
      el.focusDepth = 1;
      await el.updateComplete;
      expect(faded('spira')).to.equal(false);
      expect(faded('kommun-vasteras')).to.equal(false);
      expect(faded('fontanhuset')).to.equal(true);
      expect($(el, 'figcaption')!.textContent).to.contain('Fokus på Spira');
      el.focusDepth = 2;
      await el.updateComplete;
      expect(faded('fontanhuset')).to.equal(false);
      const box = $<HTMLInputElement>(el, 'input[data-focus]')!;
      expect(box.checked).to.equal(true);
      box.click();
      await el.updateComplete;
      expect(el.focusDepth).to.equal(0);
      expect(nodeIds(el, (n) => n.faded)).to.deep.equal([]);
      expect(el.layout!.edges.filter((e) => e.faded)).to.deep.equal([]);
    });
  });

  describe('shared selection and keyboard in the graph', () => {
    it('a node clicked in the graph is selected in the list, and back', async () => {
      const el = await mount('organisation');
      await drawn(el);
      el.scrollIntoView();
      const selected = oneEvent(el, 'samordning-karta-select');
      await clickNode(el, 'sim');
      expect((await selected).detail).to.deep.equal({ id: 'sim', kind: 'service' });
      expect(el.getAttribute('selected')).to.equal('sim');
      el.view = 'lista';
      await el.updateComplete;
      expect($(el, '#ti-sim')!.getAttribute('aria-selected')).to.equal('true');
      $(el, '#ti-mgt .row')!.click();
      el.view = 'organisation';
      await el.updateComplete;
      expect(selectedOnCanvas(el)).to.deep.equal(['mgt']);
    });

    it('arrows move along edges, Enter opens details, Escape closes', async () => {
      const el = await mount('organisation');
      await drawn(el);
      $(el, 'figure')!.focus();
      await press(el, 'ArrowDown');
      const start = el.selected;
      expect(start, 'first arrow picks the top record').to.equal('forbund-koping');
      await press(el, 'ArrowDown');
      const next = el.selected;
      expect(next).to.not.equal(start);
      const neighbours = el
        .layout!.edges.filter((e) => e.source === start || e.target === start)
        .flatMap((e) => [e.source, e.target]);
      expect(neighbours).to.include(next);
      expect(nodeOf(el, next)!.y).to.be.greaterThan(nodeOf(el, start)!.y);
      expect($(el, '[role="status"]')!.textContent).to.contain(el.loaded!.label(next));
      await press(el, 'Escape');
      expect($(el, 'aside h2')).to.equal(null);
      await press(el, 'Enter');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('details-title');
    });

    it('the search box finds and focuses a node', async () => {
      const el = await mount('organisation');
      await drawn(el);
      $<HTMLInputElement>(el, '#karta-q')!.focus();
      await sendKeys({ type: 'grundteam' });
      await press(el, 'Enter');
      expect(el.selected).to.equal('mgt');
      expect(selectedOnCanvas(el)).to.deep.equal(['mgt']);
      const input = $<HTMLInputElement>(el, '#karta-q')!;
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
