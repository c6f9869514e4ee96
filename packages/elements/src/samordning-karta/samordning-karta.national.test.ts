import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { type Dataset, loadDataset, readability, scopeRecords } from '@samordningskartan/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { generateNationalDataset } from '../../../sdk/bench/generate-national.js';
import { clickNode } from './fixtures/click-node.js';
import type { SamordningKarta } from './samordning-karta.js';
import './define.js';

// The national map: a merged dataset of many förbund opens as one node per förbund with its counts,
// and opens a förbund on demand (click, Enter, Space, the list view).
const $ = (el: SamordningKarta, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const status = (el: SamordningKarta) => $(el, '[part="status"]')!.textContent!.trim();

let data: Dataset;
before(async () => {
  data = (await loadDataset(generateNationalDataset(1200, 24))).dataset;
});

async function open(attrs: { view?: string; grouping?: string } = {}): Promise<SamordningKarta> {
  const el = await fixture<SamordningKarta>(
    html`<samordning-karta view=${attrs.view ?? 'organisation'} grouping=${attrs.grouping ?? 'auto'} .data=${data}
      style="width: 1280px"></samordning-karta>`,
  );
  await waitUntil(() => el.loaded, 'data loaded', { timeout: 30000 });
  await el.updateComplete;
  if (el.currentView !== 'lista')
    await waitUntil(() => el.layout?.nodes.length, 'map drawn', { timeout: 30000 });
  return el;
}

/** Counts as the data's scope rules give them, written out as the map writes them. */
function countsOf(id: string): string {
  const rec = scopeRecords(data, { association: id });
  const members = new Set(data.membersOf(id).map((m) => m.id));
  const m = rec.organisations.filter((o) => members.has(o.id)).length;
  const u = rec.organisations.filter((o) => o.parent !== undefined).length;
  return `${m} medlemmar · ${u} enheter · ${rec.services.length} insatser`;
}

const forbund = () =>
  data
    .associations()
    .map((a) => a.id)
    .sort();

describe('<samordning-karta> national scale', () => {
  it('opens grouped: one node per förbund, readable, with its counts in the list and the caption', async function () {
    this.timeout(60000);
    const el = await open();
    expect(el.grouping).to.equal('auto');
    expect(el.layout!.nodes.map((n) => n.id).sort()).to.deep.equal(forbund());
    const r = readability(el.layout!);
    expect([r.edgesThroughNodes, r.overlappingLabels, r.overlappingNodes]).to.deep.equal([0, 0, 0]);
    expect(r.smallestLabelPx).to.be.at.least(12);
    expect(el.layout!.edges.length, 'links between förbund').to.be.greaterThan(0);
    expect($(el, 'figcaption')!.textContent).to.contain('Ett förbund per nod');
    await expect(el).to.be.accessible();
    el.view = 'lista';
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')];
    expect(rows.map((r) => r.dataset.id).sort()).to.deep.equal(forbund());
    for (const row of rows) {
      expect(row.getAttribute('aria-expanded')).to.equal('false');
      expect(row.textContent).to.contain(countsOf(row.dataset.id!));
    }
    await expect(el).to.be.accessible();
  });

  it('grouping="off" draws every record', async function () {
    this.timeout(60000);
    const el = await open({ grouping: 'off' });
    expect(el.layout!.nodes.length).to.equal(data.organisations.length + data.services.length);
  });

  it('a click opens a förbund: its scope is drawn, the rest stays grouped, and it is announced', async function () {
    this.timeout(60000);
    const el = await open();
    const id = el.layout!.nodes[0]!.id;
    const drawn = oneEvent(el, 'samordning-karta-render');
    await clickNode(el, id);
    await drawn;
    await el.updateComplete;
    expect(el.expanded).to.deep.equal([id]);
    expect(el.getAttribute('expanded')).to.equal(id);
    expect(el.selected).to.equal(id);
    const shown = new Set(el.layout!.nodes.map((n) => n.id));
    const rec = scopeRecords(data, { association: id });
    for (const o of rec.organisations) expect(shown.has(o.id), o.id).to.equal(true);
    for (const other of forbund()) expect(shown.has(other), other).to.equal(true);
    const name = data.label(id);
    expect(status(el)).to.contain(`${name} öppnat:`);
    expect(status(el)).to.contain(`${forbund().length - 1} förbund ihopfällda och 1 öppnade`);
    const r = readability(el.layout!);
    expect([r.edgesThroughNodes, r.overlappingLabels, r.overlappingNodes]).to.deep.equal([0, 0, 0]);
    expect(r.smallestLabelPx).to.be.at.least(12);
    await expect(el).to.be.accessible();
  });

  it('Enter opens the selected förbund and Space collapses it again, from the keyboard', async function () {
    this.timeout(60000);
    const el = await open();
    const id = forbund()[3]!;
    el.select(id);
    await el.updateComplete;
    $(el, 'figure')!.focus();
    let drawn = oneEvent(el, 'samordning-karta-render');
    await sendKeys({ press: 'Enter' });
    await drawn;
    expect(el.expanded).to.deep.equal([id]);
    expect(el.layout!.nodes.length).to.be.greaterThan(forbund().length);
    drawn = oneEvent(el, 'samordning-karta-render');
    await sendKeys({ press: 'Space' });
    await drawn;
    expect(el.expanded).to.deep.equal([]);
    expect(el.hasAttribute('expanded')).to.equal(false);
    expect(el.layout!.nodes.length).to.equal(forbund().length);
    expect(status(el)).to.contain(`${data.label(id)} ihopfällt.`);
  });

  it('the arrow keys move between the collapsed förbund of the grid', async function () {
    this.timeout(60000);
    const el = await open();
    const byX = [...el.layout!.nodes].sort((a, b) => a.y - b.y || a.x - b.x);
    const [first, second] = byX;
    el.select(first!.id);
    await el.updateComplete;
    $(el, 'figure')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.selected).to.equal(second!.id);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.selected).to.equal(first!.id);
  });

  it('the list view follows: → opens a förbund there and on the map, ← collapses it', async function () {
    this.timeout(60000);
    const el = await open({ view: 'lista' });
    const first = el.shadowRoot!.querySelector<HTMLElement>('[role="treeitem"]')!;
    const id = first.dataset.id!;
    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.expanded).to.deep.equal([id]);
    const row = $(el, `#ti-${id}`)!;
    expect(row.getAttribute('aria-expanded')).to.equal('true');
    const children = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"][aria-level="2"]')];
    expect(children.length).to.be.greaterThan(0);
    expect(status(el)).to.contain(`${data.label(id)} öppnat:`);
    await expect(el).to.be.accessible();
    $(el, `#ti-${id}`)!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.expanded).to.deep.equal([]);
    expect($(el, `#ti-${id}`)!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('selecting a record a collapsed förbund hides opens that förbund', async function () {
    this.timeout(60000);
    const el = await open();
    const id = forbund()[5]!;
    const service = scopeRecords(data, { association: id }).services[0]!.id;
    const drawn = oneEvent(el, 'samordning-karta-render');
    el.select(service);
    await drawn;
    await el.updateComplete;
    expect(el.expanded).to.deep.equal([id]);
    expect(el.layout!.nodes.some((n) => n.id === service && n.selected)).to.equal(true);
    expect(status(el)).to.contain(`${data.label(id)} öppnat:`);
  });

  it('opens with the förbund in the expanded attribute, in English too', async function () {
    this.timeout(60000);
    const id = forbund()[1]!;
    const el = await fixture<SamordningKarta>(
      html`<samordning-karta lang="en" view="organisation" expanded=${id} .data=${data} style="width: 1280px"></samordning-karta>`,
    );
    await waitUntil(() => el.layout?.nodes.length, 'map drawn', { timeout: 30000 });
    expect(el.expanded).to.deep.equal([id]);
    expect(el.layout!.nodes.length).to.be.greaterThan(forbund().length);
    expect($(el, 'figcaption')!.textContent).to.contain('One förbund per node');
  });
});

describe('<samordning-karta> the whole demo, grouped', () => {
  for (const view of ['organisation', 'samverkan']) {
    it(`${view}: one node per förbund, readable`, async function () {
      this.timeout(60000);
      const el = await fixture<SamordningKarta>(
        html`<samordning-karta src="/examples/data/demo.json" view=${view} style="width: 1280px"></samordning-karta>`,
      );
      await waitUntil(() => el.layout?.nodes.length, 'map drawn', { timeout: 30000 });
      const ids = el.loaded!.associations().map((a) => a.id);
      expect(el.layout!.nodes.map((n) => n.id).sort()).to.deep.equal([...ids].sort());
      const r = readability(el.layout!);
      expect([r.edgesThroughNodes, r.overlappingLabels, r.overlappingNodes]).to.deep.equal([0, 0, 0]);
      expect(r.smallestLabelPx).to.be.at.least(12);
      await expect(el).to.be.accessible();
    });
  }
});
