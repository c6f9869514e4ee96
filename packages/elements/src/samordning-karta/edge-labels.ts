import type { Box, Point } from '@samordningskartan/sdk';
import type { Core, EdgeCollection } from 'cytoscape';

/** A labelled edge to place: its route, its label's size, and where the renderer puts it unmoved. */
export interface EdgeLabelRequest {
  id: string;
  route: readonly Point[];
  width: number;
  height: number;
  /** Centre of the label with no margin (the renderer's own choice). */
  home: Point;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const boxAt = (p: Point, w: number, h: number): Box => ({
  x1: p.x - w / 2,
  y1: p.y - h / 2,
  x2: p.x + w / 2,
  y2: p.y + h / 2,
});

/**
 * Spots along a route: on the line first (the middle of the longest segment, then every few units
 * further out, then the other segments), then beside it, one and two label heights across.
 */
function candidates(route: readonly Point[], height: number): Point[] {
  const segments = route
    .slice(1)
    .map((q, i) => ({ p: route[i]!, q, len: Math.hypot(q.x - route[i]!.x, q.y - route[i]!.y) }))
    .filter((s) => s.len > 0)
    .sort((a, b) => b.len - a.len);
  const out: Point[] = [];
  for (const side of [0, -1, 1, -2, 2]) {
    for (const { p, q, len } of segments) {
      const nx = (-(q.y - p.y) / len) * side * (height / 2 + 3);
      const ny = ((q.x - p.x) / len) * side * (height / 2 + 3);
      const steps = Math.max(1, Math.floor(len / 12));
      const ts = Array.from({ length: steps + 1 }, (_, i) => i / steps).sort(
        (a, b) => Math.abs(a - 0.5) - Math.abs(b - 0.5) || a - b,
      );
      for (const t of ts) out.push({ x: p.x + (q.x - p.x) * t + nx, y: p.y + (q.y - p.y) * t + ny });
    }
  }
  return out;
}

/**
 * Places edge labels so none lies on another, on a node or on a node's label: each takes the first
 * free spot along its route (see `candidates`); one with no free spot stays where the renderer put
 * it. Returns the shift from that spot per edge id. Deterministic: edges in the order given.
 */
export function placeEdgeLabels(
  requests: readonly EdgeLabelRequest[],
  obstacles: readonly Box[],
): Map<string, Point> {
  const placed: Box[] = [];
  const out = new Map<string, Point>();
  for (const r of requests) {
    const spots = [...candidates(r.route, r.height), r.home];
    const free = (p: Point) => {
      const b = boxAt(p, r.width, r.height);
      return !placed.some((o) => overlaps(b, o)) && !obstacles.some((o) => overlaps(b, o));
    };
    const spot = spots.find(free) ?? r.home;
    placed.push(boxAt(spot, r.width, r.height));
    out.set(r.id, { x: spot.x - r.home.x, y: spot.y - r.home.y });
  }
  return out;
}

/**
 * Moves the drawn edge labels (the "no collaboration" marks) to free spots: reads routes, label
 * sizes, nodes and node labels from Cytoscape, and sets each label's margin (`lmx`, `lmy` data).
 */
export function applyEdgeLabels(cy: Core): void {
  const edges = cy.edges().filter((e) => Boolean(e.data('label'))) as EdgeCollection;
  if (edges.empty()) return;
  cy.batch(() => edges.forEach((e) => void e.data({ lmx: 0, lmy: 0 })));
  const obstacles: Box[] = [];
  cy.nodes().forEach((n) => {
    const label = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    if (Number.isFinite(label.x1) && label.w > 0) obstacles.push(label);
    // A compound's inside is open space; its units are obstacles of their own.
    if (!n.isParent()) obstacles.push(n.boundingBox({ includeLabels: false, includeOverlays: false }));
  });
  const requests: EdgeLabelRequest[] = edges.map((e) => {
    const b = e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    const route = [e.sourceEndpoint(), ...(e.segmentPoints() ?? []), e.targetEndpoint()];
    // A little more room than the drawn box, so neighbours do not touch.
    return {
      id: e.id(),
      route,
      width: b.w + 4,
      height: b.h + 4,
      home: { x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 },
    };
  });
  const shifts = placeEdgeLabels(requests, obstacles);
  cy.batch(() => {
    edges.forEach((e) => {
      const s = shifts.get(e.id());
      if (s) e.data({ lmx: s.x, lmy: s.y });
    });
  });
}
