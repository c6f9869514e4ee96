import { expect, html, oneEvent } from '@open-wc/testing';
import { type Dataset, loadDataset, scopeRecords } from '@samordningskartan/sdk';
import { render } from 'lit';
import { analysisFixture } from '../../../sdk/test/fixtures/analysis-fixture.js';
import '../insats-sok/define.js';
import type { InsatsSok } from '../insats-sok/insats-sok.js';
import './define.js';
import type { SamordningAnalys } from './samordning-analys.js';

// Issue 12 in the analysis: every answer within one scope (a förbund or a kommun), and a coverage
// cell connected to a real <insats-sok> opens a search that finds exactly as many insatser as the cell
// says ("Unga vuxna × Västerås = 2" opened a search with 3).

// Mounted by hand: `fixture` on a plain <div> waits for an animation frame, which never comes while
// the test runner keeps this page in a background tab.
const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const m of mounted.splice(0)) m.remove();
});

async function connected(data: Dataset | string, association: string, municipality = '') {
  const wrapper = document.createElement('div');
  document.body.append(wrapper);
  mounted.push(wrapper);
  render(
    typeof data === 'string'
      ? html`<div>
          <samordning-analys association=${association} municipality=${municipality} for="sok" src=${data}></samordning-analys>
          <insats-sok id="sok" src=${data}></insats-sok>
        </div>`
      : html`<div>
          <samordning-analys association=${association} municipality=${municipality} for="sok" .data=${data}></samordning-analys>
          <insats-sok id="sok" .data=${data}></insats-sok>
        </div>`,
    wrapper,
  );
  const analys = wrapper.querySelector<SamordningAnalys>('samordning-analys')!;
  const sok = wrapper.querySelector<InsatsSok>('insats-sok')!;
  await waitFor(() => !!analys.shadowRoot!.querySelector('#coverage-table'));
  // The search is ready once it has reported a result.
  await waitFor(() => !!sok.shadowRoot!.querySelector('[part="count"]'));
  return { analys, sok };
}

/** Presses every coverage button and returns [aria-label, cell count, search total] per cell. */
async function pressEveryCell(analys: SamordningAnalys, sok: InsatsSok) {
  const out: Array<{ label: string; count: number; total: number; search: boolean }> = [];
  const buttons = [...analys.shadowRoot!.querySelectorAll<HTMLElement>('button[data-table="coverage"]')];
  for (const button of buttons) {
    sok.clearFilters();
    await sok.updateComplete;
    const change = oneEvent(sok, 'insats-sok-change');
    const select = oneEvent(analys, 'samordning-analys-select');
    button.click();
    const { detail } = await select;
    const total = detail.search ? (await change).detail.total : detail.services.length;
    out.push({
      label: button.getAttribute('aria-label')!,
      count: Number(button.closest('td')!.dataset.count),
      total,
      search: detail.search,
    });
  }
  return out;
}

describe('<samordning-analys> cells open a search with the same count', function () {
  this.timeout(40_000);
  it('on the fixture: the status and the narrower target groups go along', async () => {
    const ds = (await loadDataset(analysisFixture)).dataset;
    const { analys, sok } = await connected(ds, 'fb');
    const cells = await pressEveryCell(analys, sok);
    expect(cells.length).to.be.greaterThan(3);
    for (const c of cells) expect(c.total, c.label).to.equal(c.count);
    // Unga vuxna × Västerås counts Insats 6, whose target group is the narrower "Elever".
    expect(cells.find((c) => c.label.startsWith('2 insatser: Unga vuxna'))).to.deep.include({
      search: true,
      total: 2,
    });
  });

  it('on the demo data: every cell of Västerås, Unga vuxna × Västerås included', async () => {
    const { analys, sok } = await connected('/examples/data/demo.json', 'forbund-vasteras');
    const cells = await pressEveryCell(analys, sok);
    expect(cells.some((c) => c.search)).to.equal(true);
    for (const c of cells) expect(c.total, c.label).to.equal(c.count);
    const ungaVuxna = cells.find((c) => c.label.includes('Unga vuxna') && c.label.includes('Västerås'));
    expect(ungaVuxna).to.deep.include({ search: true });
    expect(sok.shadowRoot!.querySelector('[part="count"]')).to.exist;
  });

  it('for one kommun: one column, and every cell opens a search with its count', async () => {
    const { analys, sok } = await connected('/examples/data/demo.json', '', 'Västerås');
    const heads = [...analys.shadowRoot!.querySelectorAll('#coverage-table thead th')].map((th) =>
      th.textContent!.trim(),
    );
    expect(heads).to.deep.equal(['Målgrupp', 'Västerås', 'Totalt (unika insatser)']);
    expect(analys.shadowRoot!.querySelector('h2')!.textContent).to.equal('Kartläggning: Västerås');
    const cells = await pressEveryCell(analys, sok);
    expect(cells.some((c) => c.search)).to.equal(true);
    for (const c of cells) expect(c.total, c.label).to.equal(c.count);
  });
});

describe('<samordning-analys> answers within the förbund', function () {
  this.timeout(30_000);
  let demo: Dataset;
  before(async () => {
    demo = (await loadDataset('/examples/data/demo.json')).dataset;
  });

  async function analysOf(association: string): Promise<SamordningAnalys> {
    const el = document.createElement('samordning-analys');
    el.association = association;
    el.data = demo;
    document.body.append(el);
    mounted.push(el);
    await waitFor(() => !!el.shadowRoot?.querySelector('#collaboration-table'));
    await el.updateComplete;
    return el;
  }

  /** The insatser behind every cell of a matrix, from the select events. */
  async function servicesBehind(el: SamordningAnalys, table: string): Promise<string[]> {
    const ids: string[] = [];
    el.addEventListener('samordning-analys-select', (e) => {
      ids.push(...e.detail.services);
      e.preventDefault();
    });
    for (const b of el.shadowRoot!.querySelectorAll<HTMLElement>(`button[data-table="${table}"]`)) b.click();
    return ids;
  }

  it("Värend's collaboration matrix holds only Värend's insatser and relations", async () => {
    const el = await analysOf('forbund-varend');
    const table = el.shadowRoot!.querySelector<HTMLTableElement>('#collaboration-table')!;
    const fk = [...table.tBodies[0]!.rows].find(
      (r) => r.cells[0]!.textContent!.trim() === 'Försäkringskassan',
    )!;
    // FK–AF scored 3 with Västerås insatser (Samordningsteamet, Spira, MGT) before.
    expect(fk.cells[2]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('0 lucka');
    const inVarend = scopeRecords(demo, { association: 'forbund-varend' });
    const ids = [...(await servicesBehind(el, 'collaboration')), ...(await servicesBehind(el, 'coverage'))];
    expect(ids.length).to.be.greaterThan(0);
    expect(ids.filter((id) => !inVarend.has(id))).to.deep.equal([]);
    for (const vasteras of ['samordningsteamet', 'spira', 'mgt']) expect(ids).to.not.include(vasteras);
  });

  it('key figures never add different units: each capacity and participant unit apart', async () => {
    const el = await analysOf('forbund-vasteras');
    const dds = [...el.shadowRoot!.querySelectorAll('dl.summary dd')].map((dd) =>
      dd.textContent!.replace(/\s+/g, ' ').trim(),
    );
    // 110 annual places (Samordningsteamet) and 800 attendances planned for two trainings, apart.
    expect(dds).to.include('110 årsplatser');
    expect(dds).to.include('800 deltagartillfällen');
    expect(dds.some((d) => /^(860|910) /.test(d))).to.equal(false);
    expect(dds).to.include('60 personer');
  });
});

async function waitFor(predicate: () => boolean, timeout = 8000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeout) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
