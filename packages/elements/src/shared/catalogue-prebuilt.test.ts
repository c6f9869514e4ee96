import { expect, waitUntil } from '@open-wc/testing';
import { buildIndexFile, type DatasetData } from '@samordningskartan/sdk';
import type { CatalogueResponse, CatalogueSummary } from './catalogue-protocol.js';
import { CatalogueEngine } from './catalogue-worker.js';

const DEMO = new URL('/examples/data/demo.json', location.href).href;

async function ask(answers: Map<number, CatalogueResponse>, id: number) {
  await waitUntil(() => answers.has(id), `answer ${id}`, { timeout: 8000 });
  const a = answers.get(id)!;
  if (a.kind !== 'done') throw new Error(JSON.stringify(a));
  return a.value;
}

describe('CatalogueEngine with a prebuilt index', () => {
  it("a map's dataset from a catalogue opened with its index is the whole file, as without it", async () => {
    const bytes = new Uint8Array(await (await fetch(DEMO)).arrayBuffer());
    const index = URL.createObjectURL(new Blob([buildIndexFile(bytes).file as Uint8Array<ArrayBuffer>]));
    try {
      const answers = new Map<number, CatalogueResponse>();
      const engine = new CatalogueEngine((m) => m.kind !== 'progress' && answers.set(m.id, m));
      engine.handle({ id: 1, op: 'open', key: 'a', sources: [{ url: `${DEMO}?a`, index }] });
      const summary = (await ask(answers, 1)) as CatalogueSummary;
      expect(summary.prebuiltIndex).to.equal(true);
      engine.handle({ id: 2, op: 'dataset', key: 'a', sources: [{ url: `${DEMO}?a`, index }] });
      engine.handle({ id: 3, op: 'dataset', key: 'b', sources: [{ url: `${DEMO}?b` }] });
      type Load = { data: DatasetData; warnings: number };
      const withIndex = (await ask(answers, 2)) as Load;
      const without = (await ask(answers, 3)) as Load;
      expect(withIndex.data.services.length).to.equal(summary.services);
      // As JSON: the validated records hold keys with undefined values that an index file (JSON) leaves out.
      const json = (v: unknown) => JSON.parse(JSON.stringify(v));
      expect(json(withIndex.data)).to.deep.equal(json(without.data));
      expect(withIndex.warnings).to.equal(without.warnings);
    } finally {
      URL.revokeObjectURL(index);
    }
  });
});
