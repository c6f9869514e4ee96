import { type Graph, type GraphEdge, type GraphNode, laneLayout, type Point } from '@samordningskartan/sdk';

/** Positions and edge bend points (ends excluded), as the SDK's `laneLayout` gives them. */
export interface GroupLayout {
  positions: Map<string, Point>;
  routes: Map<string, Point[]>;
}

export interface GroupLayoutOptions {
  /** A node's label as drawn (lines split by "\n"), to size the grid's cells. */
  label?: (node: GraphNode) => string;
  /** Width ÷ height of the canvas: the grid of collapsed förbund is about as wide as that. */
  aspect?: number;
}

const NODE = 30;
const LW = 160;
const LH = 15;
const STEP = 7;
const MIN_GAP = 24;

/**
 * The grouped national map: what the expanded förbund hold as one block on top (the SDK's lane
 * layout, so it reads as a förbund's own map does), and the collapsed förbund below it in a grid of
 * cells sized for their labels. The links between förbund run orthogonally in the free channels:
 * each leaves its node upwards into the channel above its row, runs along it to the channel between
 * two grid columns (or, from the block, to a corridor left of everything), along that to the channel
 * above the other end's row, and enters that node from above; each in a track of its own. So no edge
 * crosses a node or a label, and the block and the first rows are readable at the first view.
 */
export function groupLayout(
  graph: Graph,
  extra: readonly GraphEdge[],
  options: GroupLayoutOptions = {},
): GroupLayout {
  const labelOf = options.label ?? ((n: GraphNode) => n.label);
  const aggregated = graph.edges.filter((e) => e.aggregated);
  const touched = new Set<string>();
  const parents = new Set<string>();
  for (const e of [...graph.edges, ...extra]) {
    if (e.aggregated) continue;
    touched.add(e.source);
    touched.add(e.target);
  }
  for (const n of graph.nodes) if (n.parent !== undefined) parents.add(n.parent);
  // A collapsed förbund with nothing of an expanded scope tied to it goes in the grid.
  const inGrid = (n: GraphNode) => n.counts !== undefined && !touched.has(n.id) && !parents.has(n.id);
  const grid = graph.nodes.filter(inGrid);
  const blockNodes = graph.nodes.filter((n) => !inGrid(n));
  const blockIds = new Set(blockNodes.map((n) => n.id));
  const block = blockNodes.length
    ? laneLayout({
        ...graph,
        nodes: blockNodes,
        edges: [...graph.edges.filter((e) => !e.aggregated), ...extra],
      })
    : { positions: new Map<string, Point>(), routes: new Map<string, Point[]>() };
  let blockBottom = 0;
  for (const p of block.positions.values()) blockBottom = Math.max(blockBottom, p.y);

  // The grid: rows of cells, about as wide as the canvas is wide for its height.
  const lines = (n: GraphNode) =>
    labelOf(n)
      .split('\n')
      .reduce((sum, part) => sum + Math.max(1, Math.ceil((part.length * 7.2) / (LW - 10))), 0);
  const cellW = LW + 8;
  const aspect = options.aspect ?? 2;
  const cols = Math.max(
    1,
    Math.min(grid.length, Math.round(Math.sqrt((grid.length * aspect * 110) / cellW))),
  );
  const rows = Math.ceil(grid.length / cols);
  const cell = new Map<string, { row: number; col: number }>();
  const rowH = Array.from({ length: rows }, () => 0);
  grid.forEach((n, i) => {
    const row = Math.floor(i / cols);
    cell.set(n.id, { row, col: i % cols });
    rowH[row] = Math.max(rowH[row]!, NODE + lines(n) * LH + 10);
  });

  // Tracks: channel "h<r>" above grid row r (h-1 above the block), "v<c>" left of grid column c,
  // "m" the corridor left of everything (block ↔ grid).
  const tracks = new Map<string, number>();
  const slot = (key: string) => {
    const n = tracks.get(key) ?? 0;
    tracks.set(key, n + 1);
    return n;
  };
  const rowOf = (id: string) => (blockIds.has(id) ? -1 : (cell.get(id)?.row ?? -1));
  type Plan = { e: GraphEdge; hs: number; ht: number; v?: string; s1: number; s2: number; sv: number };
  const plans: Plan[] = [];
  const stubs = new Map<string, string[]>();
  const stub = (node: string, edge: string) => {
    const list = stubs.get(node) ?? [];
    list.push(edge);
    stubs.set(node, list);
  };
  for (const e of aggregated) {
    const hs = rowOf(e.source);
    const ht = rowOf(e.target);
    const s1 = slot(`h${hs}`);
    let v: string | undefined;
    let s2 = s1;
    let sv = 0;
    if (hs !== ht) {
      if (hs === -1 || ht === -1) v = 'm';
      else {
        const cs = cell.get(e.source)!.col;
        const ct = cell.get(e.target)!.col;
        v = `v${ct > cs ? ct : ct + 1}`;
      }
      sv = slot(v);
      s2 = slot(`h${ht}`);
    }
    stub(e.source, e.id);
    stub(e.target, e.id);
    plans.push({ e, hs, ht, ...(v !== undefined && { v }), s1, s2, sv });
  }
  const gap = (key: string) => Math.max(MIN_GAP, ((tracks.get(key) ?? 0) + 1) * STEP);

  // Geometry: the block from y = gap(h-1), the grid below it.
  const positions = new Map<string, Point>();
  const top = gap('h-1');
  for (const [id, p] of block.positions) positions.set(id, { x: p.x, y: p.y + top });
  const routes = new Map<string, Point[]>();
  for (const [id, pts] of block.routes)
    routes.set(
      id,
      pts.map((p) => ({ x: p.x, y: p.y + top })),
    );
  const hY = new Map<number, number>([[-1, 0]]);
  let y = blockIds.size ? top + blockBottom + NODE / 2 + 4 * LH + 20 : 0;
  const rowY: number[] = [];
  for (let r = 0; r < rows; r++) {
    hY.set(r, y);
    y += gap(`h${r}`);
    rowY.push(y);
    y += rowH[r]!;
  }
  const vX: number[] = [];
  let x = 0;
  for (let c = 0; c <= cols; c++) {
    vX.push(x);
    x += gap(`v${c}`);
    if (c < cols) x += cellW;
  }
  for (const n of grid) {
    const { row, col } = cell.get(n.id)!;
    positions.set(n.id, { x: vX[col]! + gap(`v${col}`) + cellW / 2, y: rowY[row]! + NODE / 2 });
  }

  const trackY = (h: number, i: number) => hY.get(h)! + (i + 1) * STEP;
  const corridor = (i: number) => -(i + 1) * STEP - MIN_GAP;
  const stubX = (node: string, edge: string) => {
    const list = stubs.get(node)!;
    const i = list.indexOf(edge);
    const step = list.length > 1 ? Math.min(6, 20 / (list.length - 1)) : 0;
    return positions.get(node)!.x + (i - (list.length - 1) / 2) * step;
  };
  for (const p of plans) {
    const xs = stubX(p.e.source, p.e.id);
    const xt = stubX(p.e.target, p.e.id);
    const ys = trackY(p.hs, p.s1);
    if (p.v === undefined) {
      routes.set(p.e.id, [
        { x: xs, y: ys },
        { x: xt, y: ys },
      ]);
      continue;
    }
    const xv = p.v === 'm' ? corridor(p.sv) : vX[Number(p.v.slice(1))]! + (p.sv + 1) * STEP;
    const yt = trackY(p.ht, p.s2);
    routes.set(p.e.id, [
      { x: xs, y: ys },
      { x: xv, y: ys },
      { x: xv, y: yt },
      { x: xt, y: yt },
    ]);
  }
  return { positions, routes };
}
