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
import { cytoscapeStyle } from '../src/samordning-karta/cytoscape-style.js';
import '../src/samordning-karta/define.js';
import { generateGraphDataset } from '../../sdk/bench/generate-graph.js';
import { generateNationalDataset } from '../../sdk/bench/generate-national.js';
import { applyRoutes } from '../src/samordning-karta/routes.js';
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
  // The flat map: these rows measure drawing every record (the national rows measure grouping).
  el.grouping = 'off';
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
    // Cytoscape calls it with the node; its typings say an id.
    positions: ((node: cytoscape.NodeSingular) =>
      positions.get(node.id())!) as unknown as cytoscape.NodePositionFunction,
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

let nationalData: Dataset | undefined;
async function nationalDataset(): Promise<Dataset> {
  nationalData ??= (await loadDataset(generateNationalDataset(5000, 100))).dataset;
  return nationalData;
}

let shown: { stage: HTMLElement; el: SamordningKarta } | undefined;

/**
 * The national map of 5 000 records in 100 förbund as a user opens it: grouped (one node per
 * förbund), or with one förbund expanded. Time to the first readable frame (the map drawn and laid
 * out), its readability, and where the canvas is (for the pan and zoom measured from outside).
 */
async function national(expand: boolean) {
  const d = await nationalDataset();
  shown?.stage.remove();
  const stage = host();
  const t0 = performance.now();
  const el = document.createElement('samordning-karta') as SamordningKarta;
  el.view = 'organisation';
  if (expand) el.expanded = ['forbund-0'];
  el.data = d;
  const drawn = new Promise<void>((r) =>
    el.addEventListener('samordning-karta-render', () => r(), { once: true }),
  );
  stage.append(el);
  await drawn;
  const firstMs = (await frame()) - t0;
  await waitFor(() => el.layout !== undefined);
  shown = { stage, el };
  const box = el.shadowRoot!.querySelector('[part="canvas"]')!.getBoundingClientRect();
  return {
    firstMs,
    grouped: el.layout!.nodes.some((n) => n.id === 'forbund-1') && el.layout!.nodes.length < 5000,
    nodes: el.layout!.nodes.length,
    edges: el.layout!.edges.length,
    readability: readability(el.layout!),
    box: { x: box.x, y: box.y, width: box.width, height: box.height },
  };
}

/** Counts animation frames until `stopFrames`: the page's frame rate while something is done to it. */
let counting: { frames: number; t0: number; on: boolean } | undefined;
function startFrames(): void {
  const c = { frames: 0, t0: performance.now(), on: true };
  counting = c;
  const tick = () => {
    if (!c.on) return;
    c.frames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
function stopFrames(): number {
  const c = counting!;
  c.on = false;
  return (c.frames * 1000) / (performance.now() - c.t0);
}

/**
 * Cytoscape's WebGL renderer (3.31+) against its canvas renderer on the flat national map (5 000
 * records, our positions and routed edges): time to the first frame and frames per second while
 * panning by script for `ms`.
 */
async function webgl(useWebgl: boolean, ms = 3000) {
  const d = await nationalDataset();
  const graph = buildGraph(d, { view: 'organisation' });
  const lanes = laneLayout(graph);
  const stage = host();
  const container = document.createElement('div');
  container.className = 'cy';
  stage.append(container);
  const t0 = performance.now();
  const cy = cytoscape({
    container,
    elements: elementsOf(graph),
    style: cytoscapeStyle(document.body),
    layout: { name: 'preset', fit: false },
    ...(useWebgl && { renderer: { name: 'canvas', webgl: true } as never }),
  });
  applyRoutes(cy, lanes.routes);
  cy.zoom(1);
  await frame();
  const firstMs = performance.now() - t0;
  let frames = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    cy.panBy({ x: -7, y: -3 });
    await new Promise((r) => requestAnimationFrame(r));
    frames++;
  }
  const fps = (frames * 1000) / (performance.now() - start);
  const canvases = container.querySelectorAll('canvas').length;
  const gl = [...container.querySelectorAll('canvas')].some((c) => c.getContext('webgl2') !== null);
  cy.destroy();
  stage.remove();
  return { firstMs, fps, canvases, gl };
}

Object.assign(window, {
  bench: { ours, plain, layouts, dataset, national, startFrames, stopFrames, webgl },
});
