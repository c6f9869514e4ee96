import type { Graph, GraphEdge, Point } from '@samordningskartan/sdk';
import type { Core, EdgeSingular, NodeCollection, NodeSingular, Position } from 'cytoscape';

/** Weight along and distance across the line between the two node centres, for a shift `(x, y)`. */
function along(edge: EdgeSingular, x: number, y: number, origin: boolean): [number, number] | undefined {
  const s = edge.source().position();
  const t = edge.target().position();
  const dx = t.x - s.x;
  const dy = t.y - s.y;
  const len2 = dx * dx + dy * dy;
  if (!(len2 >= 1e-6)) return undefined;
  const px = origin ? x - s.x : x;
  const py = origin ? y - s.y : y;
  const w = (px * dx + py * dy) / len2;
  const d = (py * dx - px * dy) / Math.sqrt(len2);
  // One NaN in `segment-weights` makes Cytoscape's style parser throw for the whole graph.
  return Number.isFinite(w) && Number.isFinite(d) ? [w, d] : undefined;
}

/** Whether an edge's end lies in the outer quarter of the node's side it should enter by. */
function facing(node: NodeSingular, end: Position, below: boolean): boolean {
  const dy = end.y - node.position().y;
  const quarter = node.outerHeight() / 4;
  return below ? dy >= quarter : dy <= -quarter;
}

/**
 * Draws each routed edge through its bend points: Cytoscape's `segments` edges take the points as a
 * weight along and a distance across the line between the two ends, so they are converted once the
 * nodes (and compound boxes) have their positions. Cytoscape measures some edges from the other end
 * or from the node borders: what it drew is compared with the route and corrected (twice at most).
 */
export function applyRoutes(cy: Core, routes: ReadonlyMap<string, readonly Point[]>): void {
  const routed = cy.collection();
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      const points = routes.get(edge.id());
      if (!points?.length) return;
      const wd = points.map((p) => along(edge, p.x, p.y, true));
      if (wd.some((v) => v === undefined)) return;
      edge.data({ sw: wd.map((v) => v![0]), sd: wd.map((v) => v![1]) });
      edge.addClass('routed');
      // Cytoscape aims an edge at a compound box's border from the wrong side: pin it to the middle
      // of the side the route leaves (or enters) by.
      const first = points[0]!;
      const last = points[points.length - 1]!;
      if (edge.source().isParent())
        edge.addClass(first.y > edge.source().position().y ? 'from-below' : 'from-above');
      if (edge.target().isParent())
        edge.addClass(last.y > edge.target().position().y ? 'to-below' : 'to-above');
      routed.merge(edge);
    });
  });
  // Cytoscape aims some ends at the far side of a shape (seen with the förbund's hexagon): the line
  // then cuts diagonally across the node. Pin such an end to the side its route comes from.
  const pins: Array<[EdgeSingular, string]> = [];
  routed.forEach((edge) => {
    const points = routes.get(edge.id())!;
    const from = points[0]!.y > edge.source().position().y;
    const to = points[points.length - 1]!.y > edge.target().position().y;
    if (!facing(edge.source(), edge.sourceEndpoint(), from))
      pins.push([edge, from ? 'from-below' : 'from-above']);
    if (!facing(edge.target(), edge.targetEndpoint(), to)) pins.push([edge, to ? 'to-below' : 'to-above']);
  });
  if (pins.length) cy.batch(() => pins.forEach(([edge, pin]) => void edge.addClass(pin)));
  for (let pass = 0; pass < 3; pass++) {
    let off = 0;
    const fixes: Array<[EdgeSingular, number[], number[]]> = [];
    routed.forEach((edge) => {
      const want = routes.get(edge.id())!;
      const got = edge.segmentPoints() ?? [];
      if (got.length !== want.length) return;
      const sw = [...(edge.data('sw') as number[])];
      const sd = [...(edge.data('sd') as number[])];
      let moved = false;
      want.forEach((p, i) => {
        const ex = p.x - got[i]!.x;
        const ey = p.y - got[i]!.y;
        if (Math.hypot(ex, ey) < 0.25) return;
        const fix = along(edge, ex, ey, false);
        if (!fix) return;
        sw[i]! += fix[0];
        sd[i]! += fix[1];
        moved = true;
      });
      if (moved) {
        off++;
        fixes.push([edge, sw, sd]);
      }
    });
    if (!off) break;
    cy.batch(() => {
      for (const [edge, sw, sd] of fixes) edge.data({ sw, sd });
    });
  }
}

/**
 * The first view: the whole map when its labels stay at least `minLabelPx` on screen, else the map
 * at that size from its top left corner (the rest is a pan away) — text is never shrunk to fit.
 */
export function initialView(cy: Core, labelPx: number, minLabelPx = 12, padding = 24): void {
  cy.fit(undefined, padding);
  const least = minLabelPx / labelPx;
  if (cy.zoom() >= least) return;
  const box = cy.elements().boundingBox();
  cy.zoom(least);
  cy.pan({ x: padding - box.x1 * least, y: padding - box.y1 * least });
}

/**
 * Focus mode's view: the focused group fitted to the canvas, or — when that would take labels under
 * `minLabelPx` — the selected record centred at that size.
 */
export function focusView(
  cy: Core,
  group: NodeCollection,
  selected: string,
  labelPx: number,
  minLabelPx = 12,
  padding = 24,
): void {
  cy.stop(true, false);
  cy.fit(group, padding);
  const least = minLabelPx / labelPx;
  if (cy.zoom() >= least) return;
  cy.zoom(least);
  cy.center(cy.getElementById(selected));
}

/** The marks between members with no collaboration, as edges to lay out and draw. */
export function gapEdges(graph: Graph): GraphEdge[] {
  return (graph.gaps ?? []).map(([a, b]) => ({
    id: `gap:${a}:${b}`,
    source: a,
    target: b,
    kind: 'collaboratesWith',
    derived: true,
    weight: 0,
  }));
}
