import { expect, html, oneEvent } from '@open-wc/testing';
import { type Dataset, loadDataset } from '@samordningskartan/sdk';
import { render } from 'lit';
import { analysisFixture } from '../../../sdk/test/fixtures/analysis-fixture.js';
import '../insats-sok/define.js';
import type { InsatsSok } from '../insats-sok/insats-sok.js';
import './define.js';
import type { SamordningAnalys } from './samordning-analys.js';

// A coverage cell connected to a real <insats-sok> must open a search that finds exactly as many
// insatser as the cell says (issue 12: "Unga vuxna × Västerås = 2" opened a search with 3).

// Mounted by hand: `fixture` on a plain <div> waits for an animation frame, which never comes while
// the test runner keeps this page in a background tab.
const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const m of mounted.splice(0)) m.remove();
});

async function connected(data: Dataset | string, association: string) {
  const wrapper = document.createElement('div');
  document.body.append(wrapper);
  mounted.push(wrapper);
  render(
    typeof data === 'string'
      ? html`<div>
          <samordning-analys association=${association} for="sok" src=${data}></samordning-analys>
          <insats-sok id="sok" src=${data}></insats-sok>
        </div>`
      : html`<div>
          <samordning-analys association=${association} for="sok" .data=${data}></samordning-analys>
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
});

async function waitFor(predicate: () => boolean, timeout = 8000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeout) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
