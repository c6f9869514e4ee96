import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { type DatasetData, validateDataset } from '@samordningskartan/sdk';
import { datasetToTables, type Table, tablesToXlsx } from '@samordningskartan/sdk/interop';
import './define.js';
import type { SamordningGranska } from './samordning-granska.js';

let demo: DatasetData;
before(async () => {
  demo = validateDataset(await (await fetch('/examples/data/demo.json')).json()).data;
});

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The demo data as a workbook, with a misspelt kommun in the third insats (row 4 of "insatser"). */
function workbookWithTypo(data: DatasetData = demo): { file: File; id: string; tables: Table[] } {
  const tables = datasetToTables(data);
  const insatser = tables.find((t) => t.name === 'insatser')!;
  insatser.rows[2]![insatser.headers.indexOf('kommuner')] = 'Vesterås';
  const id = insatser.rows[2]![insatser.headers.indexOf('id')]!;
  const file = new File([tablesToXlsx(tables) as BlobPart], 'forbund.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  return { file, id, tables };
}

async function make(lang = 'sv'): Promise<SamordningGranska> {
  return fixture<SamordningGranska>(html`<samordning-granska lang=${lang}></samordning-granska>`);
}

async function readInto(el: SamordningGranska, files: File[]) {
  const read = oneEvent(el, 'samordning-granska-read');
  void el.read(files);
  const e = await read;
  await el.updateComplete;
  return e.detail;
}

describe('<samordning-granska>', () => {
  it('offers a labelled native file input first, and passes axe before any file', async () => {
    const el = await make();
    const input = $(el, 'input[type="file"]') as HTMLInputElement;
    expect(input).to.exist;
    expect(text($(el, `label[for="${input.id}"]`))).to.equal('Välj fil eller filer');
    expect(input.multiple).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('names the misspelt cell by sheet, row and column with its value and the suggestion', async () => {
    const el = await make();
    const { file } = workbookWithTypo();
    const detail = await readInto(el, [file]);
    expect(detail.kind).to.equal('xlsx');
    expect(detail.services).to.equal(demo.services.length);
    const problem = $$(el, '[part="problem"]').find((p) => /Vesterås/.test(text(p)));
    expect(problem, $$(el, '[part="problem"]').map(text).join(' | ')).to.exist;
    expect(text(problem!)).to.include('Blad insatser, rad 4, kolumn kommuner');
    expect(text(problem!)).to.include('Värde: Vesterås');
    expect(text(problem!)).to.include('Förslag: Västerås');
    // Grouped by what to fix: the group heading names the kind of problem and the column.
    const group = problem!.closest('[part="problem-group"]')!;
    expect(text(group.querySelector('h4'))).to.match(/^Kommuner som inte känns igen, kolumn kommuner \(1\)/);
    await expect(el).to.be.accessible();
  });

  it('reads files dropped on the drop zone, which says so while they are dragged over it', async () => {
    const el = await make();
    const dt = new DataTransfer();
    dt.items.add(workbookWithTypo().file);
    const zone = $(el, '[part="drop"]')!;
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(zone.classList.contains('dragging')).to.equal(true);
    expect(text($(el, '#file-hint'))).to.equal('Släpp filerna för att läsa dem');
    const read = oneEvent(el, 'samordning-granska-read');
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    expect((await read).detail.services).to.equal(demo.services.length);
    await el.updateComplete;
    expect(zone.classList.contains('dragging')).to.equal(false);
  });

  it('choosing a problem shows its whole row, the column marked, and moves focus there', async () => {
    const el = await make();
    const { file, id } = workbookWithTypo();
    await readInto(el, [file]);
    const button = $$(el, 'button.problem').find((b) => /Vesterås/.test(text(b)))!;
    button.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    const row = $(el, '[part="row"]')!;
    expect(el.shadowRoot!.activeElement).to.equal(row);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const cells = [...row.querySelectorAll('tbody tr')].map((tr) => text(tr));
    expect(cells).to.include(`id ${id}`);
    expect(text(row.querySelector('tr.marked'))).to.equal('kommuner Vesterås');
    await expect(el).to.be.accessible();
    (row.querySelector('button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, '[part="row"]')).to.equal(null);
  });

  it('previews the rest of the data in the search, the map and the analysis', async () => {
    const el = await make();
    await readInto(el, [workbookWithTypo().file]);
    const sok = $(el, '[part="preview"] insats-sok')!;
    const karta = $(el, '[part="preview"] samordning-karta')!;
    const analys = $(el, '[part="preview"] samordning-analys')!;
    expect(sok && karta && analys).to.exist;
    const count = await waitFor(() => sok.shadowRoot?.querySelector('[part="count"]'));
    expect(text(count)).to.equal(`${demo.services.length} insatser`);
    await waitFor(() => karta.shadowRoot?.querySelector('[role="treeitem"]'));
    await waitFor(() => analys.shadowRoot?.querySelector('table'));
  });

  it('offers the JSON to publish and the workbook back', async () => {
    const el = await make();
    await readInto(el, [workbookWithTypo().file]);
    const json = oneEvent(el, 'samordning-granska-download');
    $$(el, '[part="downloads"] button')
      .find((b) => text(b) === 'Ladda ner datafil')!
      .click();
    expect((await json).detail).to.deep.equal({ kind: 'json', filename: 'forbund.json' });
    expect(el.result!.file.services!.length).to.equal(demo.services.length);
    const xlsx = oneEvent(el, 'samordning-granska-download');
    $$(el, '[part="downloads"] button')
      .find((b) => text(b) === 'Ladda ner arbetsbok')!
      .click();
    expect((await xlsx).detail).to.deep.equal({ kind: 'xlsx', filename: 'forbund-granskad.xlsx' });
  });

  it('compares with the published file: added, changed and removed insatser', async () => {
    const published = structuredClone(demo);
    const removed = published.services[0]!;
    published.services.push({ ...structuredClone(removed), id: 'bara-publicerad', name: 'Bara publicerad' });
    published.services[1] = { ...published.services[1]!, summary: 'En äldre sammanfattning' };
    const url = URL.createObjectURL(new Blob([JSON.stringify(published)], { type: 'application/json' }));
    const el = await make();
    el.published = url;
    // The new file: the first insats renamed to a new id (added), the second with another summary.
    const draft = structuredClone(demo);
    draft.services[0] = { ...draft.services[0]!, id: 'ny-insats', name: 'Ny insats' };
    await readInto(el, [workbookWithTypo(draft).file]);
    const compared = oneEvent(el, 'samordning-granska-compare');
    ($(el, '[part="compare"] form button') as HTMLButtonElement).click();
    expect((await compared).detail).to.deep.equal({ added: 1, changed: 2, removed: 2 });
    await el.updateComplete;
    expect($$(el, '[part="added"] li').map((li) => li.dataset.id)).to.deep.equal(['ny-insats']);
    expect($$(el, '[part="removed"] li').map((li) => li.dataset.id)).to.have.members([
      removed.id,
      'bara-publicerad',
    ]);
    const changed = $$(el, '[part="changed"] li');
    const second = changed.find((li) => li.dataset.id === demo.services[1]!.id)!;
    expect(text(second)).to.include('ändrat: summary');
    await expect(el).to.be.accessible();
  });

  it('says why a file cannot be read, in English too', async () => {
    const el = await make('en');
    void el.read([new File(['not a zip'], 'broken.xlsx')]);
    const error = await waitFor(() => el.shadowRoot!.querySelector('[part="error"]'));
    expect(text(error)).to.match(/^The file could not be read broken\.xlsx är ingen Excel-arbetsbok/);
    expect(text($(el, 'label[for="file"]'))).to.equal('Choose a file or files');
    await expect(el).to.be.accessible();
  });

  it('reads 10 000 insatser without blocking the page, showing progress', async function () {
    this.timeout(120_000);
    const base = demo.services;
    const services = Array.from({ length: 10_000 }, (_, i) => ({
      ...base[i % base.length]!,
      id: `insats-${i}`,
    }));
    const big = { ...demo, services, relations: [] };
    const file = new File([tablesToXlsx(datasetToTables(big)) as BlobPart], 'stor.xlsx');
    const el = await make();
    // The longest gap between timer turns while reading: the page stays responsive when it is short.
    let longest = 0;
    let last = performance.now();
    let running = true;
    const tick = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      if (running) setTimeout(tick, 10);
    };
    setTimeout(tick, 10);
    const read = oneEvent(el, 'samordning-granska-read');
    void el.read([file]);
    await el.updateComplete;
    expect($(el, '[part="progress"] progress')).to.exist;
    const detail = (await read).detail;
    // Until the result is shown, and a moment after.
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 1000));
    running = false;
    expect(detail.services).to.equal(10_000);
    // Reading 10 000 insatser in the page blocks it for about 30 s here; with the worker the page waits
    // only while it receives the result (about 0.5 s, more on a busy test machine, hence the bound).
    expect(longest).to.be.below(2500);
    // The preview of that many insatser is offered, not started: the elements take seconds to draw them.
    expect($(el, '[part="preview"] insats-sok')).to.equal(null);
    const show = $(el, '[part="preview"] button')!;
    expect(text(show)).to.equal('Visa förhandsvisning');
    await expect(el).to.be.accessible();
  });
});

async function waitFor<T>(get: () => T | null | undefined, timeout = 10_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const v = get();
    if (v) return v;
    if (performance.now() - start > timeout) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}
