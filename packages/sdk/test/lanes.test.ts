import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateGraphDataset } from '../bench/generate-graph.js';
import { type Box, buildGraph, type Graph, laneLayout, loadDataset, segmentHitsBox } from '../src/index.js';

// The boxes as the map's stylesheet makes Cytoscape draw them (cytoscape-loader.ts): a node 30 px with
// a 1.5 px border, its label 4 px below (12 px text, wrapped at 150 px, 2 px error margin each side);
// a compound wraps its units and their labels with 14 px padding and its border, its label 4 px above.
const BODY = 15.75;
const LINE = 15;
const labelLines = (label: string) => Math.max(1, Math.ceil((label.length * 7.2) / 150));
const labelWidth = (label: string) => Math.min(150, label.length * 7.2) + 4;

function drawnBoxes(graph: Graph, positions: Map<string, { x: number; y: number }>) {
  const kids = new Map<string, string[]>();
  for (const n of graph.nodes) {
    if (n.parent === undefined) continue;
    kids.set(n.parent, [...(kids.get(n.parent) ?? []), n.id]);
  }
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const body = new Map<string, Box>();
  const withLabel = new Map<string, Box>();
  const union = (a: Box, b: Box): Box => ({
    x1: Math.min(a.x1, b.x1),
    y1: Math.min(a.y1, b.y1),
    x2: Math.max(a.x2, b.x2),
    y2: Math.max(a.y2, b.y2),
  });
  const visit = (id: string): Box => {
    const known = withLabel.get(id);
    if (known) return known;
    const n = byId.get(id)!;
    const p = positions.get(id)!;
    const lw = labelWidth(n.label) / 2;
    const lh = labelLines(n.label) * LINE + 4;
    let b: Box;
    let l: Box;
    const children = kids.get(id);
    if (!children) {
      b = { x1: p.x - BODY, y1: p.y - BODY, x2: p.x + BODY, y2: p.y + BODY };
      l = union(b, { x1: p.x - lw, y1: b.y2, x2: p.x + lw, y2: b.y2 + 4 + lh });
    } else {
      const inner = children.map(visit).reduce(union);
      const pad = 14 + 0.75;
      b = { x1: inner.x1 - pad, y1: inner.y1 - pad, x2: inner.x2 + pad, y2: inner.y2 + pad };
      const cx = (b.x1 + b.x2) / 2;
      l = union(b, { x1: cx - lw, y1: b.y1 - 4 - lh, x2: cx + lw, y2: b.y1 });
    }
    body.set(id, b);
    withLabel.set(id, l);
    return l;
  };
  for (const n of graph.nodes) visit(n.id);
  return { body, withLabel };
}

/** Edges whose route crosses a node's drawn box or its label, ends and their compound parents excepted. */
function edgesThrough(graph: Graph): string[] {
  const { positions, routes } = laneLayout(graph);
  const { body, withLabel } = drawnBoxes(graph, positions);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const lineage = (id: string) => {
    const out = new Set([id]);
    for (let p = byId.get(id)?.parent; p !== undefined && !out.has(p); p = byId.get(p)?.parent) out.add(p);
    return out;
  };
  const shrink = (b: Box): Box => ({ x1: b.x1 + 0.5, y1: b.y1 + 0.5, x2: b.x2 - 0.5, y2: b.y2 - 0.5 });
  // A coarse grid of the boxes, so 5 000 edges are not tested against 5 000 nodes each.
  const CELL = 400;
  const grid = new Map<string, string[]>();
  const cellsOf = (b: Box, add?: string): string[] => {
    const keys: string[] = [];
    for (let i = Math.floor(b.x1 / CELL); i <= Math.floor(b.x2 / CELL); i++)
      for (let j = Math.floor(b.y1 / CELL); j <= Math.floor(b.y2 / CELL); j++) {
        const k = `${i},${j}`;
        keys.push(k);
        if (add !== undefined) grid.set(k, [...(grid.get(k) ?? []), add]);
      }
    return keys;
  };
  for (const n of graph.nodes) cellsOf(withLabel.get(n.id)!, n.id);
  const out: string[] = [];
  for (const e of graph.edges) {
    const points = routes.get(e.id) ?? [];
    const own = new Set([...lineage(e.source), ...lineage(e.target)]);
    const hitBy = points.flatMap((p, i) => {
      if (i === 0) return [];
      const q = points[i - 1]!;
      const span = {
        x1: Math.min(p.x, q.x),
        y1: Math.min(p.y, q.y),
        x2: Math.max(p.x, q.x),
        y2: Math.max(p.y, q.y),
      };
      const near = new Set(cellsOf(span).flatMap((k) => grid.get(k) ?? []));
      return [...near].filter(
        (id) =>
          !own.has(id) && [body.get(id)!, withLabel.get(id)!].some((b) => segmentHitsBox(q, p, shrink(b))),
      );
    });
    if (hitBy.length) out.push(`${e.id} through ${hitBy[0]}`);
  }
  return out;
}

describe('laneLayout: routes keep clear of what Cytoscape draws', () => {
  it('generated graphs of 1 000 and 5 000 records, deep units included: no route through a node or its label', async () => {
    for (const n of [1000, 5000]) {
      const dataset = (await loadDataset(generateGraphDataset(n, 7))).dataset;
      const graph = buildGraph(dataset, { view: 'organisation' });
      const parentOf = new Map(graph.nodes.map((x) => [x.id, x.parent]));
      const deepest = Math.max(
        ...graph.nodes.map((x) => {
          let d = 0;
          for (let p = x.parent; p !== undefined; p = parentOf.get(p)) d++;
          return d;
        }),
      );
      assert.ok(deepest >= 4, `the generated graph nests units (${deepest} deep)`);
      const through = edgesThrough(graph);
      assert.deepEqual(through.slice(0, 5), [], `${n}: ${through.length} edges through nodes`);
    }
  });
});
