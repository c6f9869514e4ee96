import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { coverage, loadDataset } from '@samordningskartan/sdk';
import { analysisFixture } from '../../../sdk/test/fixtures/analysis-fixture.js';
import { catalogueClient, catalogueOptions } from '../shared/catalogue-client.js';
import type { CatalogueResponse } from '../shared/catalogue-protocol.js';
import { CatalogueEngine } from '../shared/catalogue-worker.js';
import { CatalogueEngine as AllEngine } from '../shared/catalogue-worker-all.js';
import { CatalogueEngine as AnalysisEngine } from '../shared/catalogue-worker-analysis.js';
import './define.js';
import type { AnalysisModel } from './analysis-types.js';
import type { SamordningAnalys } from './samordning-analys.js';

// The analysis is computed where the catalogue runs: in its worker, or in the page (in slices) where
// no worker may start. Both must show the same, and the page gets only the plain model.

const DEMO = '/examples/data/demo.json';

async function analysed(src: string, attrs: { association?: string; municipality?: string }) {
  const el = await fixture<SamordningAnalys>(
    html`<samordning-analys
      association=${attrs.association ?? ''}
      municipality=${attrs.municipality ?? ''}
      src=${src}
    ></samordning-analys>`,
  );
  await waitUntil(() => el.analysis, 'analysed', { timeout: 15_000 });
  await el.updateComplete;
  return el;
}

/** The element's tables as text, so two renders can be compared. */
const tablesText = (el: SamordningAnalys) =>
  [...el.shadowRoot!.querySelectorAll('table')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());

describe('<samordning-analys> in the worker and in the page', function () {
  this.timeout(40_000);

  for (const scope of [{ association: 'forbund-vasteras' }, { municipality: 'Sala' }, {}]) {
    it(`gives the same analysis both ways (${JSON.stringify(scope)})`, async () => {
      // The worker's catalogue and the page's are two: each reads the file itself.
      const inWorker = await analysed(DEMO, scope);
      expect((await catalogueClient()).port.where).to.equal('worker');
      const was = catalogueOptions.worker;
      catalogueOptions.worker = false;
      try {
        const inPage = await analysed(DEMO, scope);
        expect(inPage.analysis).to.deep.equal(inWorker.analysis);
        expect(tablesText(inPage)).to.deep.equal(tablesText(inWorker));
        expect(tablesText(inPage).length).to.be.greaterThan(2);
      } finally {
        catalogueOptions.worker = was;
      }
    });
  }

  it('asks again when the scope changes, and shows only the newest answer', async () => {
    const el = await analysed(`${DEMO}?scope`, { association: 'forbund-vasteras' });
    let loads = 0;
    el.addEventListener('samordning-analys-load', () => loads++);
    el.association = '';
    el.municipality = 'Sala';
    await el.updateComplete;
    el.municipality = 'Västerås';
    await el.updateComplete;
    expect(el.analysis!.municipality).to.equal('1980');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Kartläggning: Västerås');
    // The data did not change: no new load event, and no "Laddar" in between.
    expect(loads).to.equal(0);
  });

  it('says "not given" in the model, never a default: a kommun outside the data is unknown scope', async () => {
    const el = await analysed(`${DEMO}?unknown`, { municipality: 'Ingenstans' });
    expect(el.analysis!.unknown).to.equal('Ingenstans');
    expect(el.analysis!.coverage).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Ingenstans');
  });

  it('a load event tells how the data loaded, without the dataset', async () => {
    const el = document.createElement('samordning-analys') as SamordningAnalys;
    const loaded = oneEvent(el, 'samordning-analys-load');
    el.src = `${DEMO}?event`;
    document.body.append(el);
    try {
      const { detail } = await loaded;
      expect(detail.status).to.equal('ready');
      if (detail.status === 'ready') {
        expect(detail.result.errors).to.equal(0);
        expect(detail).not.to.have.property('dataset');
      }
    } finally {
      el.remove();
    }
  });
});

describe('the catalogue engines', () => {
  const sources = [{ url: new URL(`${DEMO}?engine`, location.href).href }];
  const request = {
    association: '',
    municipality: '',
    rows: 'targetGroup',
    axis: 'kind',
    today: undefined,
  } as const;

  it("the search's engine has no analysis: it says so instead of answering", async () => {
    const answers: CatalogueResponse[] = [];
    new CatalogueEngine((m) => answers.push(m)).handle({
      id: 1,
      op: 'analysis',
      key: 'e1',
      sources,
      request,
    });
    await waitUntil(() => answers.some((a) => a.kind !== 'progress'));
    const answer = answers.find((a) => a.kind !== 'progress')!;
    expect(answer.kind).to.equal('failed');
    expect(answer.kind === 'failed' && answer.error.message).to.contain('analysis');
  });

  it("the analysis's engine (pages without <insats-sok>) has no search; the engine of pages with both does both", async () => {
    const answers: CatalogueResponse[] = [];
    const open = { op: 'open', key: 'e3', sources } as const;
    new AnalysisEngine((m) => answers.push(m)).handle({ id: 1, ...open });
    await waitUntil(() => answers.some((a) => a.kind !== 'progress'));
    const answer = answers.find((a) => a.kind !== 'progress')!;
    expect(answer.kind === 'failed' && answer.error.message).to.contain('search');
    const both: CatalogueResponse[] = [];
    const engine = new AllEngine((m) => both.push(m));
    engine.handle({ id: 1, ...open });
    engine.handle({ id: 2, op: 'analysis', key: 'e3', sources, request });
    await waitUntil(() => both.filter((a) => a.kind === 'done').length === 2, 'both answered', {
      timeout: 15_000,
    });
  });

  it('the engine with the analysis answers with plain data (it crosses to the page as a clone)', async () => {
    const answers: CatalogueResponse[] = [];
    new AnalysisEngine((m) => answers.push(m)).handle({ id: 1, op: 'analysis', key: 'e2', sources, request });
    await waitUntil(() => answers.some((a) => a.kind === 'done'), 'answered', { timeout: 15_000 });
    const { value } = answers.find((a) => a.kind === 'done') as { value: unknown };
    expect(structuredClone(value)).to.deep.equal(value);
  });

  it('the model keeps the scope, the units apart and "not given" as not given', async () => {
    const answers: CatalogueResponse[] = [];
    const engine = new AnalysisEngine((m) => answers.push(m));
    const data = structuredClone(analysisFixture);
    engine.handle({
      id: 1,
      op: 'analysis',
      key: 'fixture',
      sources: [{ data }],
      request: { ...request, association: 'fb', axis: 'organisation' },
    });
    await waitUntil(() => answers.some((a) => a.kind !== 'progress'), 'answered');
    const model = (answers.find((a) => a.kind === 'done') as { value: AnalysisModel }).value;
    // Insats 2's funding in 2023 gives no amount: it stays undefined, never 0.
    expect(model.figures!.funding).to.deep.include({ service: 's2', year: 2023, amount: undefined });
    expect(model.figures!.fundingTotal).to.equal(270_000);
    // One row per unit, never a sum across units.
    const units = model.figures!.capacity.map((c) => c.unit);
    expect(units).to.have.length(new Set(units).size);
    // The cells are the SDK's, for the förbund's scope, with the ids of the insatser behind them.
    const ds = (await loadDataset(analysisFixture)).dataset;
    const sdk = coverage(ds, { rows: 'targetGroup', statuses: ['active'], association: 'fb' });
    expect(model.coverage!.cells).to.deep.equal(
      sdk.cells.map((r) => r.map((c) => ({ count: c.count, services: c.services.map((x) => x.id) }))),
    );
    const behind = model.coverage!.cells.flat().flatMap((c) => c.services);
    expect(behind.length).to.be.greaterThan(0);
    expect(Object.keys(model.services)).to.include.members(behind);
  });
});
