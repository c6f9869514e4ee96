// Browser side of the map benchmark (bundled by karta.bench.mjs): our element vs plain Cytoscape given
// the same elements, style and preset positions in the same page, and our layouts vs Cytoscape's
// `concentric` on the same graph.
import {
  buildGraph,
  type Dataset,
  type Graph,
  layoutGraph,
  loadDataset,
  treeIds,
} from '@samordningskartan/sdk';
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { cytoscapeStyle } from '../src/samordning-karta/cytoscape-loader.js';
import '../src/samordning-karta/define.js';
import type { SamordningKarta } from '../src/samordning-karta/samordning-karta.js';

/** A seeded dataset of `n` records: förbund with members, units and insatser, and relations. */
function generate(n: number, seed = 7): Record<string, unknown> {
  let s = seed;
  const rnd = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const orgs: Array<Record<string, unknown>> = [
    { id: 'fk', kind: 'socialInsuranceAgency', name: 'Försäkringskassan' },
    { id: 'af', kind: 'employmentService', name: 'Arbetsförmedlingen' },
  ];
  const services: Array<Record<string, unknown>> = [];
  const relations: Array<Record<string, unknown>> = [];
  const forbund = Math.max(1, Math.round(n / 60));
  const ids = ['fk', 'af'];
  for (let f = 0; f < forbund; f++) {
    orgs.push({ id: `forbund-${f}`, kind: 'coordinationAssociation', name: `Samordningsförbundet ${f}` });
    orgs.push({ id: `region-${f}`, kind: 'region', name: `Region ${f}` });
    orgs.push({ id: `kommun-${f}`, kind: 'municipality', name: `Kommun ${f}` });
    for (const m of ['fk', 'af', `region-${f}`, `kommun-${f}`])
      relations.push({ kind: 'memberOf', from: m, to: `forbund-${f}` });
    ids.push(`region-${f}`, `kommun-${f}`);
  }
  while (orgs.length + services.length < n) {
    const i = orgs.length + services.length;
    const r = rnd();
    if (r < 0.25) {
      orgs.push({ id: `enhet-${i}`, kind: 'municipality', name: `Enhet ${i}`, parent: pick(ids) });
      ids.push(`enhet-${i}`);
    } else if (r < 0.3) {
      orgs.push({ id: `forening-${i}`, kind: 'civilSociety', name: `Förening ${i}` });
      relations.push({ kind: 'collaboratesWith', from: `forening-${i}`, to: pick(ids) });
    } else {
      const f = Math.floor(rnd() * forbund);
      services.push({
        id: `insats-${i}`,
        name: `Insats ${i}`,
        kind: 'individual',
        status: 'active',
        providers: [pick(ids)],
        funding: [{ funder: `forbund-${f}` }],
      });
      relations.push({ kind: 'steeringGroupOf', from: pick(ids), to: `insats-${i}` });
    }
  }
  return {
    formatVersion: 1,
    meta: { id: 'bench', name: 'Bench', publisher: 'Bench', updated: '2026-01-01', license: 'CC0-1.0' },
    organisations: orgs,
    services,
    relations,
  };
}

const frame = () =>
  new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));

function host(): HTMLElement {
  const div = document.createElement('div');
  div.className = 'stage';
  document.body.append(div);
  return div;
}

function elementsOf(graph: Graph): ElementDefinition[] {
  const pos = layoutGraph(graph);
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
  if (!datasets.has(n)) datasets.set(n, (await loadDataset(generate(n))).dataset);
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
  const nodes = (el as unknown as { _cy: cytoscape.Core })._cy.nodes().length;
  stage.remove();
  return { paint, done, nodes };
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
  const positions = layoutGraph(graph);
  cy.layout({
    name: 'preset',
    positions: (node: cytoscape.NodeSingular) => positions.get(node.id())!,
    fit: false,
    animate: false,
  }).run();
  const ourMs = performance.now() - t;
  const first = JSON.stringify([...layoutGraph(graph)]);
  const deterministic = first === JSON.stringify([...positions]);
  t = performance.now();
  cy.layout({ name: 'concentric', animate: false, fit: false }).run();
  const concentricMs = performance.now() - t;
  cy.destroy();
  return { ourMs, concentricMs, deterministic, nodes: graph.nodes.length };
}

Object.assign(window, { bench: { ours, plain, layouts, dataset } });
