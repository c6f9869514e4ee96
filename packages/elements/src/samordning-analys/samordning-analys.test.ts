import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { Dataset, emptyDataset, loadDataset } from '@samordningskartan/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { analysisFixture } from '../../../sdk/test/fixtures/analysis-fixture.js';
import { catalogueOptions } from '../shared/catalogue-client.js';
import type { SamordningAnalysSelectDetail } from './samordning-analys.js';
import './define.js';
import type { SamordningAnalys } from './samordning-analys.js';

// Expected numbers are worked out by hand from the fixture (see packages/sdk/test/analysis.test.ts).
let ds: Dataset;
before(async () => {
  ds = (await loadDataset(analysisFixture)).dataset;
});

/** A stand-in for <insats-sok>: records the filters it is given. */
class StubSok extends HTMLElement {
  calls: unknown[] = [];
  setFilters(filters: unknown): void {
    this.calls.push(filters);
  }
  openService(): void {}
}
customElements.define('stub-sok', StubSok);

async function make(
  attrs: { association?: string; lang?: string; for?: string } = {},
): Promise<SamordningAnalys> {
  const el = await fixture<SamordningAnalys>(
    html`<samordning-analys
      association=${attrs.association ?? ''}
      lang=${attrs.lang ?? 'sv'}
      for=${attrs.for ?? ''}
      .data=${ds}
    ></samordning-analys>`,
  );
  await settled(el);
  return el;
}

/** Waits until the data is loaded (or failed) and shown. */
async function settled(el: SamordningAnalys): Promise<void> {
  await waitFor(() => !!el.analysis || !!$(el, '[role="alert"]'));
  await el.updateComplete;
}

const $ = (el: SamordningAnalys, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: SamordningAnalys, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];

/** The text of a table's body as rows of trimmed cell texts (header cell first). */
function tableRows(table: HTMLElement | null): string[][] {
  return [...(table as HTMLTableElement).tBodies[0]!.rows].map((r) =>
    [...r.cells].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()),
  );
}
function row(table: HTMLElement | null, header: string): string[] | undefined {
  return tableRows(table).find((r) => r[0] === header);
}

describe('<samordning-analys> states', function () {
  this.timeout(20_000);
  it('shows loading, then a permanent error (404) without "Försök igen", accessibly', async () => {
    const el = await fixture<SamordningAnalys>(
      html`<samordning-analys src="/does-not-exist.json"></samordning-analys>`,
    );
    const loaded = oneEvent(el, 'samordning-analys-load');
    expect($(el, '[role="status"]')!.textContent).to.contain('Laddar');
    await expect(el).to.be.accessible();
    expect((await loaded).detail.status).to.equal('error');
    await el.updateComplete;
    const view = $(el, '[part="error"]')!;
    expect(view.getAttribute('role')).to.equal('alert');
    expect(view.querySelector('h2')!.textContent).to.equal('Uppgifterna kunde inte visas');
    expect(view.textContent).to.contain('finns inte på adressen');
    expect($(el, '[part="retry"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('offers "Försök igen" for a server error, and pressing it loads the data', async () => {
    let failures = 3; // the SDK itself tries three times before it gives up
    const realFetch = globalThis.fetch;
    // The page's own fetch is what this test answers, so the catalogue runs in the page here.
    const inWorker = catalogueOptions.worker;
    catalogueOptions.worker = false;
    globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      if (!String(input).endsWith('/flaky.json')) return realFetch(input, init);
      if (failures-- > 0) return Promise.resolve(new Response('busy', { status: 503 }));
      return Promise.resolve(new Response(JSON.stringify(analysisFixture), { status: 200 }));
    }) as typeof fetch;
    try {
      const el = await fixture<SamordningAnalys>(
        html`<samordning-analys src="/flaky.json" association="fb"></samordning-analys>`,
      );
      expect((await oneEvent(el, 'samordning-analys-load')).detail.status).to.equal('error');
      await el.updateComplete;
      expect($(el, '[part="error"]')!.textContent).to.contain('Försök igen om en stund');
      await expect(el).to.be.accessible();
      const reloaded = oneEvent(el, 'samordning-analys-load');
      $(el, '[part="retry"]')!.click();
      expect((await reloaded).detail.status).to.equal('ready');
      await el.updateComplete;
      expect($(el, '[part="error"]')).to.equal(null);
      expect(row($(el, '#coverage-table'), 'Psykisk ohälsa')).to.deep.equal([
        'Psykisk ohälsa',
        '1',
        '1',
        '1',
      ]);
    } finally {
      globalThis.fetch = realFetch;
      catalogueOptions.worker = inWorker;
    }
  });

  it('says when there is nothing to analyse', async () => {
    const el = await fixture<SamordningAnalys>(
      html`<samordning-analys .data=${new Dataset(emptyDataset())}></samordning-analys>`,
    );
    await settled(el);
    expect($(el, '[role="status"]')!.textContent).to.contain('inga organisationer');
    await expect(el).to.be.accessible();
  });

  it('says when the förbund is unknown', async () => {
    const el = await make({ association: 'finns-inte' });
    expect($(el, '[role="alert"]')!.textContent).to.contain('finns-inte');
    await expect(el).to.be.accessible();
  });
});

describe('<samordning-analys> coverage', () => {
  it('renders target groups × kommuner with the right numbers, headers and gaps', async () => {
    const el = await make({ association: 'fb' });
    const table = $(el, '#coverage-table');
    expect(table!.querySelector('caption')!.textContent).to.equal('Aktiva insatser per målgrupp och kommun');
    const heads = [...table!.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(heads).to.deep.equal(['Målgrupp', 'Sala', 'Västerås', 'Totalt (unika insatser)']);
    expect([...table!.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.be
      .true;
    expect(table!.querySelectorAll('tbody th[scope="row"]').length).to.equal(
      14,
      '13 default target groups + elever',
    );
    expect(row(table, 'Unga vuxna 16–29 år')).to.deep.equal(['Unga vuxna 16–29 år', '0 lucka', '2', '2']);
    expect(row(table, 'Psykisk ohälsa')).to.deep.equal(['Psykisk ohälsa', '1', '1', '1']);
    expect(row(table, 'Nyanlända')).to.deep.equal(['Nyanlända', '0 lucka', '0 lucka', '0']);
    // Colour follows the number, and the number is always written out.
    const cell = table!.querySelector('td[data-count="2"]')!;
    expect(cell.className).to.contain('level-4');
    expect(table!.querySelector('td[data-count="0"]')!.className).to.contain('level-0');
    await expect(el).to.be.accessible();
  });

  it('opens the insatser behind a cell, moves focus there and back on Escape', async () => {
    const el = await make({ association: 'fb' });
    const button = $(el, 'button[data-row="unga-vuxna"][data-column="1980"]')!;
    expect(button.getAttribute('aria-label')).to.equal('2 insatser: Unga vuxna 16–29 år, Västerås');
    setTimeout(() => button.click());
    const event = (await oneEvent(
      el,
      'samordning-analys-select',
    )) as CustomEvent<SamordningAnalysSelectDetail>;
    expect(event.detail).to.deep.include({
      table: 'coverage',
      row: 'unga-vuxna',
      column: '1980',
      search: false,
    });
    expect(event.detail.services).to.have.members(['s1', 's6']);
    await el.updateComplete;
    await el.updateComplete;
    const details = $(el, '#coverage-details')!;
    expect(details.querySelector('h4')!.textContent).to.equal('Unga vuxna 16–29 år, Västerås: 2 insatser');
    expect(
      [...details.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal(['Insats 1 (pågående)', 'Insats 6 (pågående)']);
    expect(el.shadowRoot!.activeElement).to.equal(details.querySelector('h4'));
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    details
      .querySelector('h4')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '#coverage-details')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'button[data-row="unga-vuxna"][data-column="1980"]'));
  });

  it('sets the filters of a connected search instead of listing', async () => {
    // The stub is placed by hand: `fixture` on a plain <div> waits for an animation frame, which a
    // page in a background tab of the test runner never gets.
    const el = await make({ association: 'fb', for: 'sok-stub' });
    const stub = document.createElement('stub-sok') as StubSok;
    stub.id = 'sok-stub';
    el.after(stub);
    $(el, 'button[data-row="psykisk-ohalsa"][data-column="1981"]')!.click();
    await el.updateComplete;
    // The matrix counts active insatser only, so the search is told the same status.
    expect(stub.calls).to.deep.equal([
      { targetGroup: ['psykisk-ohalsa'], municipality: ['1981'], status: ['active'] },
    ]);
    expect($(el, '#coverage-details')).to.equal(null);
    expect($(el, '.notice')!.textContent).to.contain('Psykisk ohälsa i Sala');
    await expect(el).to.be.accessible();
  });

  it('switches to age bands', async () => {
    const el = await make({ association: 'fb' });
    const radio = $(el, 'input[name="rows"][value="ageBand"]') as HTMLInputElement;
    radio.click();
    await el.updateComplete;
    const table = $(el, '#coverage-table');
    expect(tableRows(table)).to.deep.equal([
      ['16–19 år', '1', '3', '3'],
      ['20–24 år', '1', '2', '2'],
      ['25–29 år', '1', '2', '2'],
      ['30–49 år', '1', '1', '1'],
      ['50–64 år', '1', '1', '1'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('moves between cells with the arrow keys, Home and End (real key presses)', async () => {
    const el = await make({ association: 'fb' });
    const at = (row: string, column: string) =>
      $(el, `button[data-table="coverage"][data-row="${row}"][data-column="${column}"]`);
    at('unga-vuxna', '1980')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    // Next row with a button in the same column: psykisk ohälsa × Västerås.
    expect(el.shadowRoot!.activeElement).to.equal(at('psykisk-ohalsa', '1980'));
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.shadowRoot!.activeElement).to.equal(at('psykisk-ohalsa', '1981'));
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(at('psykisk-ohalsa', '1980'));
    await sendKeys({ press: 'Home' });
    expect(el.shadowRoot!.activeElement).to.equal(at('psykisk-ohalsa', '1981'));
    await sendKeys({ press: 'ArrowUp' });
    // Unga vuxna × Sala above is a gap (no button) and nothing is above it: focus stays.
    expect(el.shadowRoot!.activeElement).to.equal(at('psykisk-ohalsa', '1981'));
    // Enter opens the cell, Escape closes the list and returns to the same cell.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#coverage-details h4'));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(at('psykisk-ohalsa', '1981'));
  });

  it('arrow keys move in the collaboration matrix too', async () => {
    const el = await make({ association: 'fb' });
    $(el, 'button[data-table="collaboration"][data-row="fk"][data-column="af"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    // FK × Regionen is a gap; the next button in the row is FK × Kommun A.
    expect(el.shadowRoot!.activeElement).to.equal(
      $(el, 'button[data-table="collaboration"][data-row="fk"][data-column="kA"]'),
    );
  });

  it('exports the table as CSV with Swedish headers', async () => {
    const el = await make({ association: 'fb' });
    const lines = el.csv('coverage').replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).to.equal('Målgrupp;Sala;Västerås;Totalt (unika insatser)');
    expect(lines).to.include('Unga vuxna 16–29 år;0;2;2');
    expect(lines).to.include('Psykisk ohälsa;1;1;1');
    // The button downloads the same text as a Blob.
    let blob: Blob | undefined;
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return 'blob:test';
    };
    let downloaded = '';
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloaded = this.download;
    };
    try {
      $(el, 'button[data-export="coverage"]')!.click();
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloaded).to.equal('fb-coverage.csv');
    expect(blob!.type).to.equal('text/csv;charset=utf-8');
    expect(await blob!.text()).to.equal(el.csv('coverage').replace('\uFEFF', ''));
  });
});

describe('<samordning-analys> collaboration', () => {
  it('renders the member matrix and the pairs without collaboration', async () => {
    const el = await make({ association: 'fb' });
    const table = $(el, '#collaboration-table');
    expect(table!.querySelector('caption')!.textContent).to.equal(
      'Samverkan mellan medlemmarna i Förbund Alfa',
    );
    expect(row(table, 'Försäkringskassan')).to.deep.equal([
      'Försäkringskassan',
      '– samma',
      '1',
      '0 lucka',
      '2',
      '0 lucka',
    ]);
    expect(row(table, 'Kommun A')).to.deep.equal(['Kommun A', '2', '2', '0 lucka', '– samma', '0 lucka']);
    expect($$(el, 'ul.without li').map((li) => li.textContent)).to.deep.equal([
      'Försäkringskassan och Regionen',
      'Försäkringskassan och Kommun B',
      'Arbetsförmedlingen och Regionen',
      'Arbetsförmedlingen och Kommun B',
      'Regionen och Kommun A',
      'Kommun A och Kommun B',
    ]);
    await expect(el).to.be.accessible();
  });

  it('opens a pair: shared steering groups, shared insatser and relations', async () => {
    const el = await make({ association: 'fb' });
    $(el, 'button[data-table="collaboration"][data-row="af"][data-column="kA"]')!.click();
    await el.updateComplete;
    const details = $(el, '#collaboration-details')!;
    expect(details.querySelector('h4')!.textContent).to.equal('Arbetsförmedlingen och Kommun A');
    const text = details.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Gemensamma styrgrupper Insats 2 (pågående)');
    expect(text).to.contain('Arbetsförmedlingen har avtal med Kommun A, socialförvaltningen');
    await expect(el).to.be.accessible();
  });

  it('compares kinds of organisation', async () => {
    const el = await make({ association: 'fb' });
    ($(el, 'input[name="axis"][value="kind"]') as HTMLInputElement).click();
    await el.updateComplete;
    const table = $(el, '#collaboration-table');
    expect(row(table, 'Kommun')).to.deep.equal(['Kommun', '2', '2', '1', '0 lucka']);
    expect(el.csv('collaboration').split('\r\n')[0]).to.equal(
      '\uFEFFOrganisationstyp;Försäkringskassan;Arbetsförmedlingen;Region;Kommun',
    );
    await expect(el).to.be.accessible();
  });
});

describe('<samordning-analys> key figures', () => {
  it('shows budgets per year, whether they add up, and funding that sums', async () => {
    const el = await make({ association: 'fb' });
    const budget = $(el, '#budget-table');
    expect(tableRows(budget).filter((r) => r[0] === '2022')).to.deep.equal([
      ['2022', 'Kansli', '300'],
      ['2022', 'Insatser', '700'],
      ['2022', 'Summa av posterna', '1 000'],
      ['2022', 'Totalt enligt budgeten', '1 000'],
    ]);
    expect($(el, '.balance')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      '2021: Posterna summerar inte till totalen: skillnad 50 kr.',
    );
    const funding = $(el, '#funding-table') as HTMLTableElement;
    const foot = [...funding.tFoot!.rows].map((r) => r.cells[2]!.textContent!.replace(/\s/g, ''));
    expect(foot).to.deep.equal(['150000', '120000', '270000']);
    expect(funding.textContent).to.contain('belopp saknas');
    expect(el.csv('funding').split('\r\n')).to.include('Summa alla år;;270000');
    expect(el.csv('budget').split('\r\n')).to.include('2021;Totalt enligt budgeten;500');
    await expect(el).to.be.accessible();
  });

  it('without a förbund: one row per förbund and kinds in the collaboration matrix', async () => {
    const el = await make();
    expect(row($(el, '#overview-table'), 'Förbund Alfa')).to.deep.equal([
      'Förbund Alfa',
      '2023',
      '1 050',
      '270 000',
      '2',
    ]);
    expect($(el, '#collaboration-table caption')!.textContent).to.equal(
      'Samverkan mellan organisationstyper',
    );
    expect($$(el, '#coverage-table thead th').map((th) => th.textContent!.trim())).to.deep.equal([
      'Målgrupp',
      'Förbund Alfa',
      'Förbund Beta',
      'Totalt (unika insatser)',
    ]);
    await expect(el).to.be.accessible();
  });
});

describe('<samordning-analys> language and strings', () => {
  it('speaks English with lang="en"', async () => {
    const el = await make({ association: 'fb', lang: 'en' });
    expect($(el, 'h2')!.textContent).to.equal('Mapping and analysis: Förbund Alfa');
    expect($(el, '#coverage-table caption')!.textContent).to.equal(
      'Active services per target group and municipality',
    );
    expect(row($(el, '#coverage-table'), 'Young adults 16–29')).to.deep.equal([
      'Young adults 16–29',
      '0 gap',
      '2',
      '2',
    ]);
    expect(el.csv('coverage').split('\r\n')[0]).to.equal(
      '\uFEFFTarget group;Sala;Västerås;Total (distinct services)',
    );
    // A Swedish name from the data in the English UI carries its own language for screen readers.
    $(el, 'button[data-row="unga-vuxna"][data-column="1980"]')!.click();
    await el.updateComplete;
    const name = $(el, '#coverage-details li span')!;
    expect([name.textContent, name.getAttribute('lang')]).to.deep.equal(['Insats 1', 'sv']);
    expect($(el, '#coverage-details li .muted')!.textContent).to.equal('(active)');
    await expect(el).to.be.accessible();
  });

  it('takes overridden strings', async () => {
    const el = await make({ association: 'fb' });
    el.strings = { coverageHeading: 'Var finns insatserna?' };
    await el.updateComplete;
    expect($(el, '#coverage-heading')!.textContent).to.equal('Var finns insatserna?');
  });
});

describe('<samordning-analys> on the demo data', () => {
  it('shows Västerås with its gaps, members and budget, accessibly', async () => {
    const el = await fixture<SamordningAnalys>(
      html`<samordning-analys src="/examples/data/demo.json" association="forbund-vasteras"></samordning-analys>`,
    );
    await settled(el);
    const coverage = $(el, '#coverage-table');
    // Hand-computed from demo.json: Samordningsteamet and Spira serve unga vuxna, but Spira's period
    // ended in 2022, so it counts as ended; nothing for nyanlända.
    expect(row(coverage, 'Unga vuxna 16–29 år')).to.deep.equal(['Unga vuxna 16–29 år', '1', '1']);
    expect(row(coverage, 'Nyanlända')).to.deep.equal(['Nyanlända', '0 lucka', '0']);
    expect($$(el, 'ul.without li')).to.have.length(0);
    expect($(el, '.balance')!.textContent!.replace(/\s+/g, ' ')).to.contain('skillnad 2 850 kr');
    await expect(el).to.be.accessible();
  });
});

async function waitFor(predicate: () => boolean, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeout) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
