import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { loadDataset } from '@samordningskartan/sdk';
import { generateGraphDataset } from '../../../sdk/bench/generate-graph.js';
import type { SamordningKarta } from './samordning-karta.js';
import './define.js';

// At 5 000 generated records some route once turned into a NaN bend weight; Cytoscape's style parser
// threw on it ("reading 'value'") and the map never finished drawing.
describe('<samordning-karta> 5 000 generated records', () => {
  it('draws the organisation view with every node', async function () {
    this.timeout(90_000);
    const data = (await loadDataset(generateGraphDataset(5000, 7))).dataset;
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      const el = await fixture<SamordningKarta>(
        html`<samordning-karta view="organisation" grouping="off" .data=${data} style="width: 1280px"></samordning-karta>`,
      );
      await waitUntil(() => el.layout?.nodes.length, 'map drawn', { timeout: 60_000 });
      // A turn of the event loop for a late style error (no animation frame: a background page gets none).
      await new Promise((r) => setTimeout(r, 50));
      expect(errors).to.deep.equal([]);
      expect(el.layout!.nodes.length).to.equal(5000);
    } finally {
      window.removeEventListener('error', onError);
    }
  });
});
