import type { Graph, GraphNode, Point } from './types.js';

/**
 * The readable layout: one lane (column) per member — the förbund first, then the members, then the
 * other organisations — with the member's units inside it and, in the organisation view, the insatser
 * it provides (else funds, else steers) below it. Nodes sit in grid cells sized for their labels;
 * edges run orthogonally in the free channels between rows and columns, each in its own track, so
 * no edge crosses a node other than its ends. Deterministic and linear after sorting.
 */
export interface LaneLayout {
  /** Centre of every node (a compound parent's is the centre of its units). */
  positions: Map<string, Point>;
  /** Bend points of every edge by edge id, from source to target (ends excluded). */
  routes: Map<string, Point[]>;
  /** The lane head (member) every node is grouped with. */
  lanes: Map<string, string>;
}

export interface LaneOptions {
  /** Node body size in model units. */
  node?: number;
  /** Widest label (text wraps inside it), model units. */
  labelWidth?: number;
  /** Label line height, model units. */
  lineHeight?: number;
  /** Room between a compound parent's border and its units. */
  padding?: number;
}

const STEP = 7; // distance between parallel tracks in a channel
const MIN_GAP = 24;
/**
 * What each level of a compound box adds beyond its padding as drawn: half its border and the
 * renderer's rounding. Small, but units nested eight deep add it eight times, enough to push a box
 * into the channel beside it.
 */
const BORDER = 2;

interface Cell {
  id: string;
  col: number;
  row: number;
  /** Leaves drawn inside this cell (a compound's units), else just the node itself. */
  leaves: string[];
  compound: boolean;
  w: number;
  h: number;
  /** Centre x/y of the node body row inside the cell, relative to the cell's top left. */
  cy: number;
}

export function laneLayout(graph: Graph, options: LaneOptions = {}): LaneLayout {
  const NODE = options.node ?? 30;
  const LW = options.labelWidth ?? 160;
  const LH = options.lineHeight ?? 15;
  const PAD = options.padding ?? 14;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const treeParent = new Map<string, string>();
  const dfs: string[] = [];
  const stack = [...graph.tree].reverse().map((t) => ({ t, parent: undefined as string | undefined }));
  while (stack.length) {
    const { t, parent } = stack.pop()!;
    const inGraph = byId.has(t.id);
    if (inGraph) {
      dfs.push(t.id);
      if (parent !== undefined) treeParent.set(t.id, parent);
    }
    for (let i = t.children.length - 1; i >= 0; i--)
      stack.push({ t: t.children[i]!, parent: inGraph ? t.id : parent });
  }
  const inDfs = new Set(dfs);
  for (const n of graph.nodes) if (!inDfs.has(n.id)) dfs.push(n.id);
  const order = new Map(dfs.map((id, i) => [id, i]));
  const byOrder = (a: string, b: string) => order.get(a)! - order.get(b)!;

  // Lane heads: an organisation whose tree parent is missing, an insats, or a förbund it is a member of.
  const headOf = new Map<string, string>();
  const head = (id: string): string => {
    const known = headOf.get(id);
    if (known !== undefined) return known;
    let cur = id;
    for (let guard = 0; guard < 1000; guard++) {
      const n = byId.get(cur)!;
      const p = n.parent ?? treeParent.get(cur);
      const pn = p === undefined ? undefined : byId.get(p);
      if (pn?.record !== 'organisation') break;
      if (pn.type === 'coordinationAssociation' && n.type !== 'coordinationAssociation' && n.parent !== p)
        break;
      cur = p!;
    }
    headOf.set(id, cur);
    return cur;
  };
  const orgs = graph.nodes
    .filter((n) => n.record === 'organisation')
    .map((n) => n.id)
    .sort(byOrder);
  for (const id of orgs) head(id);
  const heads = [...new Set(orgs.map((id) => headOf.get(id)!))].sort((a, b) => {
    const fa = byId.get(a)!.type === 'coordinationAssociation' ? 0 : 1;
    const fb = byId.get(b)!.type === 'coordinationAssociation' ? 0 : 1;
    return fa - fb || byOrder(a, b);
  });

  // Insatser go to the lane of their provider, else a funder other than a förbund, else any funder,
  // else an organisation in the steering group, else their tree parent's lane.
  const lanes = new Map<string, string>();
  for (const id of orgs) lanes.set(id, headOf.get(id)!);
  const incoming = new Map<string, Map<string, string[]>>();
  for (const e of graph.edges) {
    if (byId.get(e.target)?.record !== 'service' || byId.get(e.source)?.record !== 'organisation') continue;
    const m = incoming.get(e.target) ?? new Map<string, string[]>();
    const list = m.get(e.kind) ?? [];
    list.push(e.source);
    m.set(e.kind, list);
    incoming.set(e.target, m);
  }
  const services = graph.nodes
    .filter((n) => n.record === 'service')
    .map((n) => n.id)
    .sort(byOrder);
  const extra: string[] = [];
  for (const id of services) {
    const m = incoming.get(id);
    const first = (kind: string, pred: (o: string) => boolean = () => true) =>
      (m?.get(kind) ?? []).filter(pred).sort(byOrder)[0];
    const notForbund = (o: string) => byId.get(o)!.type !== 'coordinationAssociation';
    const from =
      first('delivers') ?? first('funds', notForbund) ?? first('funds') ?? first('steeringGroupOf');
    const p = treeParent.get(id);
    const lane = from !== undefined ? headOf.get(from) : p !== undefined ? lanes.get(p) : undefined;
    if (lane !== undefined) lanes.set(id, lane);
    else {
      lanes.set(id, id);
      extra.push(id);
    }
  }
  // Target groups (the "för vem" layer): stacked in one column after the rest, so the lines from
  // the insatser meet them in the free channels, not across the members' lanes.
  const layerLanes = new Map<string, string>();
  for (const n of graph.nodes) {
    if (n.record === 'organisation' || n.record === 'service') continue;
    const lane = layerLanes.get(n.type) ?? n.id;
    if (!layerLanes.has(n.type)) {
      layerLanes.set(n.type, lane);
      extra.push(lane);
    }
    lanes.set(n.id, lane);
  }
  const layered = graph.nodes.filter((n) => n.record !== 'organisation' && n.record !== 'service');
  const columns = [...heads, ...extra];
  const colOf = new Map(columns.map((h, i) => [h, i]));

  // Cells: the head (with its units inside when they are compound children), then its units (when
  // drawn apart) and its insatser, one per row.
  const lines = (n: GraphNode) => Math.max(1, Math.ceil((n.label.length * 7.2) / (LW - 10)));
  const labelH = (n: GraphNode) => lines(n) * LH + 6;
  const cells: Cell[] = [];
  const rowsIn = new Map<number, number>();
  const leavesOf = new Map<string, string[]>();
  for (const n of graph.nodes) {
    if (n.parent === undefined) continue;
    let top = n.parent;
    while (byId.get(top)?.parent !== undefined) top = byId.get(top)!.parent!;
    const list = leavesOf.get(top) ?? [];
    list.push(n.id);
    leavesOf.set(top, list);
  }
  const isParent = new Set(graph.nodes.flatMap((n) => (n.parent === undefined ? [] : [n.parent])));
  const members = new Map<string, string[]>();
  for (const id of [...orgs, ...services, ...layered.map((n) => n.id)]) {
    const lane = lanes.get(id)!;
    const list = members.get(lane) ?? [];
    list.push(id);
    members.set(lane, list);
  }
  for (const lane of columns) {
    const col = colOf.get(lane)!;
    for (const id of members.get(lane) ?? []) {
      const n = byId.get(id)!;
      if (n.parent !== undefined) continue; // drawn inside its top organisation's cell
      const inner = (leavesOf.get(id) ?? []).filter((l) => !isParent.has(l)).sort(byOrder);
      const row = rowsIn.get(col) ?? 0;
      rowsIn.set(col, row + 1);
      if (inner.length) {
        const tallest = Math.max(...inner.map((l) => labelH(byId.get(l)!)));
        // Units with units of their own are boxes inside the box: room for their labels and padding.
        let nestedTop = 0;
        let nestedBottom = 0;
        for (const l of inner) {
          let above = 0;
          let below = 0;
          for (let p = byId.get(l)!.parent; p !== undefined && p !== id; p = byId.get(p)?.parent) {
            above += labelH(byId.get(p)!) + PAD + BORDER;
            below += PAD + BORDER;
          }
          nestedTop = Math.max(nestedTop, above);
          nestedBottom = Math.max(nestedBottom, below);
        }
        const top = labelH(n) + PAD + nestedTop;
        cells.push({
          id,
          col,
          row,
          leaves: inner,
          compound: true,
          w: inner.length * (LW + 12) + 2 * PAD,
          h: top + NODE + tallest + PAD + nestedBottom,
          cy: top + NODE / 2,
        });
      } else {
        cells.push({
          id,
          col,
          row,
          leaves: [id],
          compound: false,
          w: LW + 8,
          h: NODE + labelH(n),
          cy: NODE / 2,
        });
      }
    }
  }
  const cellOf = new Map<string, Cell>();
  for (const c of cells) {
    cellOf.set(c.id, c);
    for (const l of c.leaves) cellOf.set(l, c);
  }
  // Nested parents (a unit with units) are not cells of their own: route to their top cell.
  for (const n of graph.nodes) {
    if (!cellOf.has(n.id)) {
      let top = n.id;
      while (byId.get(top)?.parent !== undefined) top = byId.get(top)!.parent!;
      const c = cellOf.get(top);
      if (c) cellOf.set(n.id, c);
    }
  }

  // Channels: h<r> above row r, v<c> left of column c. Edges of one kind leaving one node share a
  // track (a bus that branches), as do edges of one kind entering one node; others get their own.
  type Plan = {
    id: string;
    out: string;
    into: string;
    s: Cell;
    t: Cell;
    sx: string;
    tx: string;
    exitH: number;
    entryH: number;
    v?: number;
  };
  const tracks = new Map<string, number>();
  const taken = new Map<string, number>();
  const slot = (key: string, group: string) => {
    const known = taken.get(`${key}\u0000${group}`);
    if (known !== undefined) return known;
    const n = tracks.get(key) ?? 0;
    tracks.set(key, n + 1);
    taken.set(`${key}\u0000${group}`, n);
    return n;
  };
  const plans: Array<Plan & { exitSlot: number; entrySlot: number; vSlot: number }> = [];
  const stubs = new Map<string, string[]>(); // node:side → edge ids leaving/entering there
  for (const e of graph.edges) {
    const s = cellOf.get(e.source);
    const t = cellOf.get(e.target);
    if (!s || !t) continue;
    const exitH = t.row > s.row ? s.row + 1 : t.row < s.row ? s.row : s.row + 1;
    const entryH = s.row < t.row ? t.row : t.row + 1;
    // One channel holds both ends: run along it. Else down (or up) a column channel beside the target.
    const v = exitH === entryH ? undefined : t.col > s.col ? t.col : t.col + 1;
    const sx = `${e.source}:${exitH > s.row ? 'b' : 't'}`;
    const tx = `${e.target}:${entryH > t.row ? 'b' : 't'}`;
    const out = `out\u0000${e.source}\u0000${e.kind}`;
    const into = `in\u0000${e.target}\u0000${e.kind}`;
    for (const [key, group] of [
      [sx, out],
      [tx, into],
    ] as const) {
      const list = stubs.get(key) ?? [];
      if (!list.includes(group)) list.push(group);
      stubs.set(key, list);
    }
    const exitSlot = slot(`h${exitH}`, out);
    const entrySlot = v === undefined ? exitSlot : slot(`h${entryH}`, into);
    const vSlot = v === undefined ? 0 : slot(`v${v}`, out);
    plans.push({
      id: e.id,
      out,
      into,
      s,
      t,
      sx,
      tx,
      exitH,
      entryH,
      ...(v !== undefined && { v }),
      exitSlot,
      entrySlot,
      vSlot,
    });
  }

  // Geometry: columns and rows sized by their widest and tallest cells, channels by their tracks.
  const gap = (key: string) => Math.max(MIN_GAP, ((tracks.get(key) ?? 0) + 1) * STEP);
  const colW = columns.map(() => 0);
  const nRows = Math.max(0, ...cells.map((c) => c.row + 1));
  const rowH = Array.from({ length: nRows }, () => 0);
  for (const c of cells) {
    colW[c.col] = Math.max(colW[c.col]!, c.w);
    rowH[c.row] = Math.max(rowH[c.row]!, c.h);
  }
  const colX: number[] = []; // left edge of each column
  const vX: number[] = []; // left edge of each vertical channel
  let x = 0;
  for (let c = 0; c <= columns.length; c++) {
    vX.push(x);
    x += gap(`v${c}`);
    if (c < columns.length) {
      colX.push(x);
      x += colW[c]!;
    }
  }
  const rowY: number[] = [];
  const hY: number[] = [];
  let y = 0;
  for (let r = 0; r <= nRows; r++) {
    hY.push(y);
    y += gap(`h${r}`);
    if (r < nRows) {
      rowY.push(y);
      y += rowH[r]!;
    }
  }

  const positions = new Map<string, Point>();
  const halfW = new Map<string, number>();
  for (const c of cells) {
    const cx = colX[c.col]! + colW[c.col]! / 2;
    const top = rowY[c.row]!;
    const pitch = LW + 12;
    c.leaves.forEach((id, i) => {
      positions.set(id, { x: cx + (i - (c.leaves.length - 1) / 2) * pitch, y: top + c.cy });
      halfW.set(id, NODE / 2);
    });
    if (c.compound) {
      positions.set(c.id, { x: cx, y: top + c.cy });
      halfW.set(c.id, c.w / 2 - PAD);
    }
  }
  for (const n of graph.nodes) {
    if (positions.has(n.id)) continue;
    // A nested parent: the middle of its leaves.
    const kids = graph.nodes
      .filter((k) => k.parent === n.id && positions.has(k.id))
      .map((k) => positions.get(k.id)!);
    const c = cellOf.get(n.id);
    const fallback = c ? { x: colX[c.col]! + colW[c.col]! / 2, y: rowY[c.row]! + c.cy } : { x: 0, y: 0 };
    positions.set(
      n.id,
      kids.length ? { x: kids.reduce((a, p) => a + p.x, 0) / kids.length, y: kids[0]!.y } : fallback,
    );
    halfW.set(n.id, NODE / 2);
  }

  const stubX = (key: string, group: string, node: string) => {
    const list = stubs.get(key)!;
    const i = list.indexOf(group);
    const room = Math.max(0, (halfW.get(node) ?? NODE / 2) - 4);
    const step = list.length > 1 ? Math.min(6, (2 * room) / (list.length - 1)) : 0;
    return positions.get(node)!.x + (i - (list.length - 1) / 2) * step;
  };
  const routes = new Map<string, Point[]>();
  const edgeById = new Map(graph.edges.map((x) => [x.id, x]));
  for (const p of plans) {
    const e = edgeById.get(p.id)!;
    const trackY = (h: number, i: number) =>
      hY[h]! + (i + 1) * STEP + (gap(`h${h}`) - ((tracks.get(`h${h}`) ?? 0) + 1) * STEP) / 2;
    const ys = trackY(p.exitH, p.exitSlot);
    const xs = stubX(p.sx, p.out, e.source);
    const xt = stubX(p.tx, p.into, e.target);
    if (p.v === undefined) {
      routes.set(p.id, [
        { x: xs, y: ys },
        { x: xt, y: ys },
      ]);
    } else {
      const xv =
        vX[p.v]! + (p.vSlot + 1) * STEP + (gap(`v${p.v}`) - ((tracks.get(`v${p.v}`) ?? 0) + 1) * STEP) / 2;
      const yt = trackY(p.entryH, p.entrySlot);
      routes.set(p.id, [
        { x: xs, y: ys },
        { x: xv, y: ys },
        { x: xv, y: yt },
        { x: xt, y: yt },
      ]);
    }
  }
  return { positions, routes, lanes };
}
