// Browser side of the map benchmark (bundled by karta.bench.mjs): our element vs plain Cytoscape given
// the same elements, style and preset positions in the same page, and our layouts vs Cytoscape's
// `concentric` on the same graph.
import {
  buildGraph,
  type Dataset,
  type Graph,
  laneLayout,
  loadDataset,
  readability,
  treeIds,
} from '@samordningskartan/sdk';
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { cytoscapeStyle } from '../src/samordning-karta/cytoscape-loader.js';
import '../src/samordning-karta/define.js';
import { generateGraphDataset } from '../../sdk/bench/generate-graph.js';
import type { SamordningKarta } from '../src/samordning-karta/samordning-karta.js';

const frame = () =>
  new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));

async function waitFor(test: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !test(); i++) await frame();
}

function host(): HTMLElement {
  const div = document.createElement('div');
  div.className = 'stage';
  document.body.append(div);
  return div;
}

function elementsOf(graph: Graph): ElementDefinition[] {
  const pos = laneLayout(graph).positions;
  const order = new Map(treeIds(graph.tree).map((id, i) => [id, i]));
  const nodes = [...graph.nodes].sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9));
  return [
    ...nodes.map((n) => ({
      group: 'nodes' as const,
      data: {
        id: n.id,
        label: n.label,
        type: n.type,
        record: n.record,
        ...(n.parent !== undefined && { parent: n.parent }),
      },
      position: { ...pos.get(n.id)! },
    })),
    ...graph.edges.map((e) => ({
      group: 'edges' as const,
      data: { id: e.id, source: e.source, target: e.target, kind: e.kind, weight: e.weight },
    })),
  ];
}

const datasets = new Map<number, Dataset>();
async function dataset(n: number): Promise<Dataset> {
  if (!datasets.has(n)) datasets.set(n, (await loadDataset(generateGraphDataset(n, 7))).dataset);
  return datasets.get(n)!;
}

/** Our element: first paint (controls and figure on screen) and finished layout (map drawn). */
async function ours(n: number, view: 'organisation' | 'samverkan') {
  const d = await dataset(n);
  const stage = host();
  const t0 = performance.now();
  const el = document.createElement('samordning-karta') as SamordningKarta;
  el.view = view;
  el.data = d;
  const drawn = new Promise<void>((r) =>
    el.addEventListener('samordning-karta-render', () => r(), { once: true }),
  );
  stage.append(el);
  await el.updateComplete;
  const paint = (await frame()) - t0;
  await drawn;
  const done = (await frame()) - t0;
  await waitFor(() => el.layout !== undefined);
  const nodes = el.layout!.nodes.length;
  const figures = readability(el.layout!);
  stage.remove();
  return { paint, done, nodes, readability: figures };
}

/** Plain Cytoscape given the same elements, style and positions. */
async function plain(n: number, view: 'organisation' | 'samverkan') {
  const d = await dataset(n);
  const elements = elementsOf(buildGraph(d, { view }));
  const stage = host();
  const container = document.createElement('div');
  container.className = 'cy';
  stage.append(container);
  const style = cytoscapeStyle(document.body);
  const t0 = performance.now();
  const cy = cytoscape({ container, elements, style, layout: { name: 'preset', fit: true, padding: 24 } });
  const paint = (await frame()) - t0;
  const nodes = cy.nodes().length;
  cy.destroy();
  stage.remove();
  return { paint, done: paint, nodes };
}

/** Layout only: our layout (compute + apply as preset) vs Cytoscape's concentric, on the same graph. */
async function layouts(n: number, view: 'organisation' | 'samverkan') {
  const d = await dataset(n);
  const graph = buildGraph(d, { view });
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: elementsOf(graph) });
  let t = performance.now();
  const positions = laneLayout(graph).positions;
  cy.layout({
    name: 'preset',
    positions: (node: cytoscape.NodeSingular) => positions.get(node.id())!,
    fit: false,
    animate: false,
  }).run();
  const ourMs = performance.now() - t;
  const first = JSON.stringify([...laneLayout(graph).positions]);
  const deterministic = first === JSON.stringify([...positions]);
  t = performance.now();
  cy.layout({ name: 'concentric', animate: false, fit: false }).run();
  const concentricMs = performance.now() - t;
  cy.destroy();
  return { ourMs, concentricMs, deterministic, nodes: graph.nodes.length };
}

Object.assign(window, { bench: { ours, plain, layouts, dataset } });
