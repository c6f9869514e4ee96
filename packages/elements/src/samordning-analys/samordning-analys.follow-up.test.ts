import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { SamordningAnalys } from './samordning-analys.js';

const $ = (el: SamordningAnalys, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: SamordningAnalys, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function waitFor(predicate: () => boolean, timeout = 8000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeout) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
async function mount(template: ReturnType<typeof html>): Promise<SamordningAnalys> {
  const el = await fixture<SamordningAnalys>(template);
  await waitFor(() => !!el.analysis);
  await el.updateComplete;
  return el;
}

/** The figures of the chart whose caption is `caption`, as its table's rows. */
function chartTable(el: SamordningAnalys, caption: string): string[][] {
  const table = $$(el, 'table').find((t) => text(t.querySelector('caption')) === caption);
  if (!table) throw new Error(`no table "${caption}": ${$$(el, 'caption').map(text).join(' | ')}`);
  return [...(table as HTMLTableElement).tBodies[0]!.rows].map((r) => [...r.cells].map(text));
}

const FORBUND = 'forbund';
/** A förbund with a target next to its outcome, split by gender, a national figure and review data. */
function followUpData(): Record<string, unknown> {
  const share = (over: Record<string, unknown>) => ({
    subject: FORBUND,
    indicator: 'susWorkOrStudiesAfter',
    unit: 'percent',
    source: 'sus-2024',
    ...over,
  });
  const service = (id: string, review: Record<string, unknown> | undefined) => ({
    id,
    name: `Insats ${id}`,
    kind: 'individual',
    status: 'active',
    providers: ['kommun'],
    funding: [{ funder: FORBUND }],
    ...(review && { review }),
  });
  return {
    formatVersion: 1,
    meta: { id: 'test', name: 'Test', publisher: 'Test', updated: '2026-01-01', license: 'CC0-1.0' },
    sources: [
      { id: 'sus-2024', title: 'SUS-uttag 2024', url: 'https://example.se/sus' },
      { id: 'riket', title: 'Nationella rapporten' },
    ],
    organisations: [
      {
        id: FORBUND,
        kind: 'coordinationAssociation',
        name: 'Samordningsförbundet Test',
        municipalities: ['1980'],
      },
      { id: 'kommun', kind: 'municipality', name: 'Västerås stad', municipalities: ['1980'] },
    ],
    relations: [{ from: 'kommun', to: FORBUND, kind: 'memberOf' }],
    services: [
      service('a', { ownerRole: 'Förbundssamordnare', dates: ['2026-03-02'] }),
      service('b', { ownerRole: 'Förbundssamordnare', dates: ['2026-07-01'] }),
      service('c', { ownerRole: 'Kansliet', intervalMonths: 6, dates: ['2026-06-15'] }),
      service('d', undefined),
    ],
    statistics: [
      share({ value: 31, target: 40, period: { start: '2023', end: '2023' } }),
      share({ value: 35, target: 40, period: { start: '2024', end: '2024' } }),
      share({ value: 33, period: { start: '2024', end: '2024' }, breakdown: { gender: 'women' } }),
      share({ value: 37, period: { start: '2024', end: '2024' }, breakdown: { gender: 'men' } }),
      {
        subject: 'test',
        indicator: 'susWorkOrStudiesAfter',
        unit: 'percent',
        value: 29,
        period: { start: '2024', end: '2024' },
        area: { national: true, name: 'Riket' },
        source: 'riket',
      },
    ],
  };
}

describe('<samordning-analys> follow-up', function () {
  this.timeout(30_000);

  it('shows target against outcome, the split by gender and the national figure, each with its source', async () => {
    const el = await mount(
      html`<samordning-analys association=${FORBUND} today="2026-10-01" .data=${followUpData()}></samordning-analys>`,
    );
    const own = chartTable(
      el,
      'Andel i arbete eller studier efter avslutad insats (SUS) – Samordningsförbundet Test',
    );
    expect(own[0]!.slice(0, 3)).to.deep.equal(['2023', 'alla', '31']);
    expect(own[0]).to.include('40');
    expect(own.map((r) => r[1])).to.deep.equal(['alla', 'alla', 'kvinnor', 'män']);
    expect(own.every((r) => r.at(-1) === 'SUS-uttag 2024')).to.equal(true);
    const national = chartTable(
      el,
      'Andel i arbete eller studier efter avslutad insats (SUS) – jämförelsetal',
    );
    expect(national).to.deep.equal([['2024', 'Riket', '29', 'procent', 'Nationella rapporten']]);
    // The chart draws a dashed target line for each value with a target.
    expect($$(el, 'figure.chart line.target').length).to.equal(2);
    expect($$(el, 'figure.chart rect.comparison').length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('each chart is an image named by its caption, with a table of the same figures', async () => {
    const el = await mount(
      html`<samordning-analys association=${FORBUND} today="2026-10-01" .data=${followUpData()}></samordning-analys>`,
    );
    const figures = $$(el, 'figure.chart');
    expect(figures.length).to.equal(2);
    for (const f of figures) {
      const svg = f.querySelector('svg')!;
      expect(svg.getAttribute('role')).to.equal('img');
      const [captionId] = svg.getAttribute('aria-labelledby')!.split(' ');
      const caption = el.shadowRoot!.getElementById(captionId!)!;
      expect(caption.tagName).to.equal('FIGCAPTION');
      const rows = chartTable(el, text(caption));
      expect(rows.length).to.equal(svg.querySelectorAll('rect.bar').length);
    }
    expect(text($(el, '[part=chart] .sources'))).to.contain('SUS-uttag 2024');
    expect($(el, '[part=chart] .sources a')!.getAttribute('href')).to.equal('https://example.se/sus');
    el.lang = 'en';
    await el.updateComplete;
    expect(text($(el, '#follow-up-heading'))).to.equal('Follow-up');
    await expect(el).to.be.accessible();
  });

  it('lists the insatser due for review this term per owner role, with a fixed today', async () => {
    const el = await mount(
      html`<samordning-analys association=${FORBUND} today="2026-10-01" .data=${followUpData()}></samordning-analys>`,
    );
    expect(text($(el, '[part=review] p'))).to.contain('2026-09-01–2026-12-31');
    const tables = $$(el, '[part=review] table');
    expect(tables.map((t) => text(t.querySelector('caption')))).to.deep.equal([
      'Att granska: Förbundssamordnare',
      'Att granska: Kansliet',
      'Att granska: ansvarig roll ej angiven',
    ]);
    const rows = (t: HTMLElement) =>
      [...(t as HTMLTableElement).tBodies[0]!.rows].map((r) => [...r.cells].map(text));
    // b (reviewed July, due November) is due this term; a (due July) is overdue.
    expect(rows(tables[0]!)).to.deep.equal([
      ['Insats a', '2026-03-02', '2026-07-02', 'försenad'],
      ['Insats b', '2026-07-01', '2026-11-01', 'denna termin'],
    ]);
    expect(rows(tables[1]!)).to.deep.equal([['Insats c', '2026-06-15', '2026-12-15', 'denna termin']]);
    expect(rows(tables[2]!)).to.deep.equal([['Insats d', 'ej angivet', 'ej angivet', 'aldrig granskad']]);
    // In the term May–August only a is due (b and c come later); d was never reviewed.
    el.today = '2026-05-01';
    await el.updateComplete;
    expect(text($(el, '[part=review] p'))).to.contain('2026-05-01–2026-08-31');
    const next = $$(el, '[part=review] table');
    expect(next.map((t) => rows(t).map((r) => r[0]))).to.deep.equal([['Insats a'], ['Insats d']]);
    await expect(el).to.be.accessible();
  });
});

describe('<samordning-analys> long tables', function () {
  this.timeout(30_000);

  it('shows the first 100 rows of a long table, says how many, shows more on request, and its CSV has all', async () => {
    const data = followUpData();
    const services = data.services as Array<Record<string, unknown>>;
    const never = Array.from({ length: 250 }, (_, i) => ({
      ...services[3]!,
      id: `n${i}`,
      name: `Ny insats ${i}`,
    }));
    const el = await mount(
      html`<samordning-analys association=${FORBUND} today="2026-10-01" .data=${{ ...data, services: [...services.slice(0, 3), ...never] }}></samordning-analys>`,
    );
    const table = () =>
      $$(el, '[part=review] table').find((t) => text(t.querySelector('caption')).includes('ej angiven'))!;
    const bodyRows = () => (table() as HTMLTableElement).tBodies[0]!.rows.length;
    const more = () => $(el, '[part=review] .more-rows button');
    expect(bodyRows()).to.equal(100);
    expect(text(more()!.closest('.more-rows')!.querySelector('span'))).to.equal('Visar 100 av 250 rader.');
    expect(text(more())).to.equal('Visa 100 rader till');
    await expect(el).to.be.accessible();
    more()!.click();
    await el.updateComplete;
    expect(bodyRows()).to.equal(200);
    expect(text(more())).to.equal('Visa 50 rader till');
    more()!.click();
    await el.updateComplete;
    expect(bodyRows()).to.equal(250);
    expect(more()).to.equal(null);
    expect(text($(el, '[part=review] .more-rows span'))).to.equal('Visar 250 av 250 rader.');
    // The CSV of the review table (the last one) has every row, shown or not.
    const id = table().id.replace(/-table$/, '') as `review-${number}`;
    expect(el.csv(id).trim().split('\n').length).to.equal(251);
    // Another analysis (here another day of the same term, the same tables) shows the first rows again.
    el.today = '2026-10-02';
    await el.updateComplete;
    expect(bodyRows()).to.equal(100);
  });
});

describe('<samordning-analys> follow-up on the demo', function () {
  this.timeout(30_000);

  it('shows the seeds’ SUS figures with their sources', async () => {
    const el = await mount(
      html`<samordning-analys association="forbund-vasteras" src="/examples/data/demo.json"></samordning-analys>`,
    );
    const section = $(el, '[part=follow-up]')!;
    const tables = [...section.querySelectorAll('table')];
    const rowsWith = (value: string) =>
      tables
        .flatMap((t) => [...t.tBodies[0]!.rows].map((r) => [...r.cells].map(text)))
        .filter((r) => r.includes(value));
    const vp = 'Verksamhetsplan 2022, Samordningsförbundet Västerås';
    const esf = 'Ansökan till Europeiska socialfonden';
    // Västerås: 35 % in public support two years or more (period not given in the plan).
    expect(rowsWith('35').some((r) => r[0] === 'period ej angiven' && r.at(-1) === vp)).to.equal(true);
    // Norra Mellansverige 2022: 25 insatser and 1 142 individuals; 3 811 participants in structural insatser.
    for (const value of ['25', '1 142', '3 811'])
      expect(
        rowsWith(value).some((r) => r.at(-1)!.startsWith(esf)),
        value,
      ).to.equal(true);
    // The national shares by gender.
    expect(rowsWith('19,2').some((r) => r[1] === 'kvinnor · Riket')).to.equal(true);
    expect(rowsWith('26,9').some((r) => r[1] === 'män · Riket')).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
