/**
 * Readability of a drawn map as numbers, computed from a plain snapshot of it (the element's
 * `layout`): what a reader trips over, counted.
 */

/** A box in model coordinates. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The parts of a drawn map the rules look at (the element's `MapLayout` has these and more). */
export interface ReadabilityInput {
  zoom: number;
  nodes: ReadonlyArray<{
    id: string;
    x: number;
    y: number;
    width: number;
    height: number;
    label: Box;
    labelPx: number;
    parent?: string;
  }>;
  edges: ReadonlyArray<{
    source: string;
    target: string;
    points: ReadonlyArray<{ x: number; y: number }>;
    /** The box of the edge's label, for edges that have one. */
    label?: Box;
  }>;
}

export interface Readability {
  /** Edges with a segment crossing the box of a node that is neither end nor an end's compound parent. */
  edgesThroughNodes: number;
  /** Pairs of labels whose boxes overlap. */
  overlappingLabels: number;
  /** Pairs of node boxes that overlap, a compound parent and what it contains excepted. */
  overlappingNodes: number;
  /** The smallest label on screen in CSS px: min labelPx × zoom (Infinity when nothing has a label). */
  smallestLabelPx: number;
  /**
   * Edge labels (the "no collaboration" marks) lying over another edge label, a node's label or a
   * node (a compound's inside excepted: it is open space), counted once per edge label.
   */
  overlappingEdgeLabels: number;
}

/** How much two boxes must overlap (model units) to count: touching borders is not overlapping. */
const SLACK = 0.5;

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 - SLACK && b.x1 < a.x2 - SLACK && a.y1 < b.y2 - SLACK && b.y1 < a.y2 - SLACK;
}

function hasArea(b: Box): boolean {
  return b.x2 - b.x1 > 0 && b.y2 - b.y1 > 0;
}

/** The node's box shrunk by SLACK, so an edge ending on a neighbour's border does not count. */
function nodeBox(n: ReadabilityInput['nodes'][number]): Box {
  const hw = n.width / 2 - SLACK;
  const hh = n.height / 2 - SLACK;
  return { x1: n.x - hw, y1: n.y - hh, x2: n.x + hw, y2: n.y + hh };
}

/** Whether the segment p–q passes through the inside of box b (Liang–Barsky clipping). */
export function segmentHitsBox(p: { x: number; y: number }, q: { x: number; y: number }, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  const checks: Array<[number, number]> = [
    [-dx, p.x - b.x1],
    [dx, b.x2 - p.x],
    [-dy, p.y - b.y1],
    [dy, b.y2 - p.y],
  ];
  for (const [pp, qq] of checks) {
    if (pp === 0) {
      if (qq <= 0) return false;
    } else {
      const r = qq / pp;
      if (pp < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 >= t1) return false;
    }
  }
  return t1 - t0 > 1e-9;
}

/** Counts what makes a drawn map hard to read; pure, no DOM. */
export function readability(layout: ReadabilityInput): Readability {
  const parentOf = new Map(layout.nodes.map((n) => [n.id, n.parent]));
  const ancestors = (id: string): Set<string> => {
    const out = new Set<string>([id]);
    for (let p = parentOf.get(id); p !== undefined && !out.has(p); p = parentOf.get(p)) out.add(p);
    return out;
  };
  const boxes = layout.nodes.map((n) => ({ id: n.id, box: nodeBox(n) }));

  let edgesThroughNodes = 0;
  for (const e of layout.edges) {
    const own = new Set([...ancestors(e.source), ...ancestors(e.target)]);
    const hit = boxes.some(
      ({ id, box }) =>
        !own.has(id) && e.points.some((p, i) => i > 0 && segmentHitsBox(e.points[i - 1]!, p, box)),
    );
    if (hit) edgesThroughNodes++;
  }

  let overlappingLabels = 0;
  let overlappingNodes = 0;
  const labelled = layout.nodes.filter((n) => hasArea(n.label));
  for (let i = 0; i < labelled.length; i++) {
    for (let j = i + 1; j < labelled.length; j++) {
      if (overlaps(labelled[i]!.label, labelled[j]!.label)) overlappingLabels++;
    }
  }
  const nested = layout.nodes.map((n) => ancestors(n.id));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      // A compound parent contains its units by design.
      if (nested[i]!.has(boxes[j]!.id) || nested[j]!.has(boxes[i]!.id)) continue;
      if (overlaps(boxes[i]!.box, boxes[j]!.box)) overlappingNodes++;
    }
  }
  const sizes = labelled.map((n) => n.labelPx * layout.zoom);
  const compound = new Set(layout.nodes.flatMap((n) => (n.parent === undefined ? [] : [n.parent])));
  const obstacles = [
    ...labelled.map((n) => n.label),
    ...boxes.filter(({ id }) => !compound.has(id)).map(({ box }) => box),
  ];
  const edgeLabels = layout.edges.flatMap((e) => (e.label && hasArea(e.label) ? [e.label] : []));
  let overlappingEdgeLabels = 0;
  edgeLabels.forEach((l, i) => {
    if (edgeLabels.some((m, j) => j !== i && overlaps(l, m)) || obstacles.some((b) => overlaps(l, b)))
      overlappingEdgeLabels++;
  });
  return {
    edgesThroughNodes,
    overlappingLabels,
    overlappingNodes,
    overlappingEdgeLabels,
    smallestLabelPx: sizes.length ? Math.round(Math.min(...sizes) * 100) / 100 : Number.POSITIVE_INFINITY,
  };
}

/** Whether a map meets the rules: nothing through nodes, nothing overlapping, labels ≥ `minPx`. */
export function isReadable(r: Readability, minPx = 12): boolean {
  return (
    r.edgesThroughNodes === 0 &&
    r.overlappingLabels === 0 &&
    r.overlappingNodes === 0 &&
    r.overlappingEdgeLabels === 0 &&
    r.smallestLabelPx >= minPx
  );
}
