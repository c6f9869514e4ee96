import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { loadDataset, type Readability, readability } from '@samordningskartan/sdk';
import { generateGraphDataset } from '../../../sdk/bench/generate-graph.js';
import type { SamordningKarta } from './samordning-karta.js';
import './define.js';

// The readability rules (docs/samordning-karta.md) on every förbund of the demo, in both map views,
// at the 1280 px wide page: no edge through a node, nothing overlapping, labels ≥ 12 px.
const DEMO = '/examples/data/demo.json';

async function measure(view: 'organisation' | 'samverkan'): Promise<Map<string, Readability>> {
  const el = await fixture<SamordningKarta>(
    html`<samordning-karta src=${DEMO} view=${view} style="width: 1280px"></samordning-karta>`,
  );
  await waitUntil(() => el.layout?.nodes.length, 'map drawn', { timeout: 10000 });
  const ids = el
    .loaded!.organisations.filter((o) => o.kind === 'coordinationAssociation')
    .map((o) => o.id)
    .sort();
  const out = new Map<string, Readability>();
  for (const id of ids) {
    const drawn = oneEvent(el, 'samordning-karta-render');
    el.setAttribute('association', id);
    await drawn;
    await el.updateComplete;
    out.set(id, readability(el.layout!));
  }
  return out;
}

for (const view of ['organisation', 'samverkan'] as const) {
  describe(`<samordning-karta> readability, ${view} view`, () => {
    it('every demo förbund: no edge through a node, no overlaps (edge labels too), labels at least 12 px', async function () {
      this.timeout(120_000);
      const figures = await measure(view);
      expect(figures.size).to.be.greaterThan(10);
      const rows = [...figures].map(([id, r]) => `${view}\t${id}\t${JSON.stringify(r)}`);
      console.log(`READABILITY\n${rows.join('\n')}`);
      const failing = [...figures].filter(
        ([, r]) =>
          r.edgesThroughNodes > 0 ||
          r.overlappingLabels > 0 ||
          r.overlappingNodes > 0 ||
          r.overlappingEdgeLabels > 0 ||
          r.smallestLabelPx < 12,
      );
      expect(failing.map(([id, r]) => `${id} ${JSON.stringify(r)}`)).to.deep.equal([]);
    });
  });
}

describe('<samordning-karta> edge ends', () => {
  it('every edge of Västerås ends on the side of its node that its route comes from', async () => {
    const el = await fixture<SamordningKarta>(
      html`<samordning-karta src=${DEMO} association="forbund-vasteras" view="organisation" style="width: 1280px"></samordning-karta>`,
    );
    await waitUntil(() => el.layout?.nodes.length, 'map drawn', { timeout: 10000 });
    const at = new Map(el.layout!.nodes.map((n) => [n.id, n]));
    const wrong = el.layout!.edges.flatMap((e) => {
      const p = e.points;
      if (p.length < 3) return [];
      const [s, t] = [at.get(e.source)!, at.get(e.target)!];
      // The end sits in the outer quarter of the side the route comes from, not across the node.
      const off = (n: typeof s, end: { y: number }, towards: { y: number }) =>
        towards.y > n.y ? end.y - n.y < n.height / 4 : n.y - end.y < n.height / 4;
      const bad = off(s, p[0]!, p[1]!) || off(t, p[p.length - 1]!, p[p.length - 2]!);
      return bad ? [`${e.source}→${e.target} ${JSON.stringify(p)}`] : [];
    });
    expect(wrong).to.deep.equal([]);
  });
});

describe('<samordning-karta> focus mode', () => {
  it('refits to the focused group, keeps labels readable and announces what is shown', async () => {
    const el = await fixture<SamordningKarta>(
      html`<samordning-karta src=${DEMO} association="forbund-vasteras" view="organisation" style="width: 1280px"></samordning-karta>`,
    );
    await waitUntil(() => el.layout?.nodes.length, 'map drawn', { timeout: 10000 });
    const canvas = el.shadowRoot!.querySelector('[part="canvas"]')!.getBoundingClientRect();
    const inView = (id: string) => {
      const { zoom, pan, nodes } = el.layout!;
      const n = nodes.find((x) => x.id === id)!;
      const x = n.x * zoom + pan.x;
      const y = n.y * zoom + pan.y;
      return x >= 0 && y >= 0 && x <= canvas.width && y <= canvas.height;
    };
    el.selected = 'kommun-vasteras';
    el.focusDepth = 1;
    await el.updateComplete;
    await waitUntil(() => inView('kommun-vasteras'), 'the focused record is in view', { timeout: 3000 });
    const kept = el.layout!.nodes.filter((n) => !n.faded);
    expect(kept.length).to.be.greaterThan(1);
    // The whole group when it fits at 12 px, else at least the selected record at 12 px.
    expect(readability(el.layout!).smallestLabelPx).to.be.at.least(12);
    const status = el.shadowRoot!.querySelector('[part="status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.contain(`Fokus på ${el.loaded!.label('kommun-vasteras')}`);
    expect(status.textContent).to.contain(`${kept.length} poster inom 1 steg`);
    el.focusDepth = 0;
    await el.updateComplete;
    expect(status.textContent).to.contain('Fokusläget är av');
    await expect(el).to.be.accessible();
  });
});

describe('<samordning-karta> where collaboration is missing', () => {
  it('draws a labelled mark between members with no collaboration, in the legend and in the caption', async () => {
    const el = await fixture<SamordningKarta>(
      html`<samordning-karta src=${DEMO} association="forbund-sunnerbo" view="samverkan" style="width: 1280px"></samordning-karta>`,
    );
    await waitUntil(() => el.layout?.nodes.length, 'map drawn', { timeout: 10000 });
    const marks = el.layout!.edges.filter((e) => e.kind === 'noCollaboration');
    const pairs = marks.map((e) => `${e.source}–${e.target}`).sort();
    expect(pairs).to.deep.equal([
      'arbetsformedlingen–forsakringskassan',
      'arbetsformedlingen–region-kronoberg',
      'forsakringskassan–region-kronoberg',
    ]);
    const legend = el.shadowRoot!.querySelector('[part="legend"] [data-kind="noCollaboration"]');
    expect(legend?.textContent).to.contain('Ingen samverkan i förbundet');
    const caption = el.shadowRoot!.querySelector('figcaption')!.textContent!;
    const d = el.loaded!;
    expect(caption).to.contain(
      `Ingen samverkan i förbundet mellan ${d.label('arbetsformedlingen')} och ${d.label('forsakringskassan')}`,
    );
    expect(readability(el.layout!).edgesThroughNodes).to.equal(0);
    await expect(el).to.be.accessible();
  });
});

describe('<samordning-karta> readability on generated graphs', () => {
  it('100 and 1 000 records (units with units of their own, many förbund): both views pass', async function () {
    this.timeout(120_000);
    for (const size of [100, 1000]) {
      const data = (await loadDataset(generateGraphDataset(size, 7))).dataset;
      for (const view of ['organisation', 'samverkan']) {
        const el = await fixture<SamordningKarta>(
          html`<samordning-karta view=${view} grouping="off" .data=${data} style="width: 1280px"></samordning-karta>`,
        );
        await waitUntil(() => el.layout?.nodes.length, 'map drawn', { timeout: 60000 });
        const r = readability(el.layout!);
        const counts = [
          r.edgesThroughNodes,
          r.overlappingLabels,
          r.overlappingNodes,
          r.overlappingEdgeLabels,
        ];
        expect(counts, `${size} ${view}`).to.deep.equal([0, 0, 0, 0]);
        expect(r.smallestLabelPx, `${size} ${view}`).to.be.at.least(12);
      }
    }
  });
});
