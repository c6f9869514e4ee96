import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { loadDataset, readability } from '@samordningskartan/sdk';
import { generateGraphDataset } from '../../../sdk/bench/generate-graph.js';
import type { SamordningKarta } from './samordning-karta.js';
import './define.js';

// The "för vem" layer: target groups as nodes, each insats joined to the groups the data names.
const DEMO = '/examples/data/demo.json';

async function drawn(el: SamordningKarta): Promise<void> {
  await waitUntil(() => el.layout?.nodes.length, 'map drawn', { timeout: 10000 });
}

/** What the data says: insats → target group pairs for the insatser on the map. */
function statedPairs(el: SamordningKarta): string[] {
  const ids = new Set(el.layout!.nodes.filter((n) => n.type === 'service').map((n) => n.id));
  return el
    .loaded!.services.filter((s) => ids.has(s.id))
    .flatMap((s) => [...new Set(s.targetGroups ?? [])].map((g) => `${s.id}>targetGroup:${g}`))
    .sort();
}

describe('<samordning-karta> target-group layer', () => {
  it('is off by default; the checkbox turns it on, reflected as target-groups; the map draws what the data says', async () => {
    const el = await fixture<SamordningKarta>(
      html`<samordning-karta src=${DEMO} association="forbund-vasteras" view="organisation" style="width: 1280px"></samordning-karta>`,
    );
    await drawn(el);
    expect(el.targetGroups).to.equal(false);
    expect(el.layout!.nodes.some((n) => n.type === 'targetGroup')).to.equal(false);
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('[data-layer="target-groups"]')!;
    expect(box.labels?.[0]?.textContent).to.contain('Visa målgrupper (för vem)');
    const redrawn = oneEvent(el, 'samordning-karta-render');
    box.click();
    await redrawn;
    await el.updateComplete;
    expect(el.targetGroups).to.equal(true);
    expect(el.hasAttribute('target-groups')).to.equal(true);
    const { layout } = el;
    const drawnPairs = layout!.edges
      .filter((e) => e.kind === 'servesTargetGroup')
      .map((e) => `${e.source}>${e.target}`)
      .sort();
    expect(drawnPairs.length).to.be.greaterThan(5);
    expect(drawnPairs).to.deep.equal(statedPairs(el));
    const groups = layout!.nodes.filter((n) => n.type === 'targetGroup');
    expect(groups.length).to.equal(new Set(drawnPairs.map((p) => p.split('>')[1])).size);
    const caption = el.shadowRoot!.querySelector('figcaption')!.textContent!;
    expect(caption).to.contain(`${groups.length} målgrupper`);
    // The search finds a target group by name and says so by name (it is no record to select).
    const name = groups[0]!.id.replace('targetGroup:', '');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#karta-q')!;
    input.value = el.loaded!.label(name);
    input.form!.requestSubmit();
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[part="status"]')!.textContent!;
    expect(status).to.contain(`Hittade ${el.loaded!.label(name)}`);
    expect(status).to.not.contain('targetGroup:');
    const legend = el.shadowRoot!.querySelector('[part="legend"]')!.textContent!;
    expect(legend).to.contain('Målgrupp');
    expect(legend).to.contain('För målgrupp');
    await expect(el).to.be.accessible();
  });

  it('every demo förbund with the layer on: no edge through a node, no overlaps, labels at least 12 px', async function () {
    this.timeout(120_000);
    const el = await fixture<SamordningKarta>(
      html`<samordning-karta src=${DEMO} target-groups view="organisation" style="width: 1280px"></samordning-karta>`,
    );
    await drawn(el);
    const ids = el
      .loaded!.organisations.filter((o) => o.kind === 'coordinationAssociation')
      .map((o) => o.id)
      .sort();
    const failing: string[] = [];
    let withGroups = 0;
    for (const id of ids) {
      const done = oneEvent(el, 'samordning-karta-render');
      el.setAttribute('association', id);
      await done;
      await el.updateComplete;
      const r = readability(el.layout!);
      if (el.layout!.nodes.some((n) => n.type === 'targetGroup')) withGroups++;
      if (r.edgesThroughNodes || r.overlappingLabels || r.overlappingNodes || r.smallestLabelPx < 12)
        failing.push(`${id} ${JSON.stringify(r)}`);
    }
    expect(withGroups).to.be.greaterThan(10);
    expect(failing).to.deep.equal([]);
  });

  it('generated graphs of 100 and 1 000 records with the layer on: no edge through a node, no overlaps', async function () {
    this.timeout(120_000);
    for (const size of [100, 1000]) {
      const data = (await loadDataset(generateGraphDataset(size, 7))).dataset;
      const el = await fixture<SamordningKarta>(
        html`<samordning-karta view="organisation" grouping="off" target-groups .data=${data} style="width: 1280px"></samordning-karta>`,
      );
      await waitUntil(() => el.layout?.nodes.length, 'map drawn', { timeout: 60000 });
      expect(el.layout!.nodes.filter((n) => n.type === 'targetGroup').length, `${size}`).to.equal(3);
      const r = readability(el.layout!);
      const counts = [r.edgesThroughNodes, r.overlappingLabels, r.overlappingNodes, r.overlappingEdgeLabels];
      expect(counts, `${size}`).to.deep.equal([0, 0, 0, 0]);
      expect(r.smallestLabelPx, `${size}`).to.be.at.least(12);
    }
  });

  it('the list view says it too: the target groups, and whom each insats is for', async () => {
    const el = await fixture<SamordningKarta>(
      html`<samordning-karta src=${DEMO} association="forbund-vasteras" view="lista" target-groups style="width: 1280px"></samordning-karta>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role="tree"]'), 'list drawn');
    const tree = el.shadowRoot!.querySelector('[role="tree"]')!;
    const d = el.loaded!;
    const group = tree.querySelector('[data-id="targetGroup:unga-vuxna"]');
    expect(group?.textContent).to.contain(d.label('unga-vuxna'));
    expect(group?.textContent).to.contain('Målgrupp');
    // Chosen, it is said in the status line with how many insatser are for it (no record to detail).
    (group!.querySelector('.name') as HTMLElement).click();
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[part="status"]')!.textContent!;
    expect(status).to.match(new RegExp(`${d.label('unga-vuxna')}, Målgrupp\\. \\d+ kopplingar`));
    // Open everything, then find an insats for that group: its row names the group.
    const service = d.services.find((s) => s.targetGroups?.includes('unga-vuxna'))!;
    el.select(service.id);
    await el.updateComplete;
    const row = tree.querySelector(`[data-id="${service.id}"]`)!;
    const groups = [...new Set(service.targetGroups)].map((g) => d.label(g)).join(', ');
    expect(row.textContent).to.contain(`Insats, för ${groups}`);
    el.targetGroups = false;
    await el.updateComplete;
    expect(tree.querySelector('[data-id="targetGroup:unga-vuxna"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is not offered in the samverkan view, which draws no insatser', async () => {
    const el = await fixture<SamordningKarta>(
      html`<samordning-karta src=${DEMO} association="forbund-vasteras" view="samverkan" target-groups style="width: 1280px"></samordning-karta>`,
    );
    await drawn(el);
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('[data-layer="target-groups"]')!;
    expect(box.disabled).to.equal(true);
    expect(el.layout!.nodes.some((n) => n.type === 'targetGroup')).to.equal(false);
  });
});
