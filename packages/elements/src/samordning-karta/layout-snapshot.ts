import type { Core, EdgeSingular, NodeSingular, Position } from 'cytoscape';
import type { MapLayout, MapLayoutEdge, MapLayoutNode } from './types.js';

const round = (v: number): number => Math.round(v * 100) / 100;
const point = (p: Position) => ({ x: round(p.x), y: round(p.y) });

/** Points along a quadratic Bézier from `a` over control `c` to `b` (excluding `a`). */
function quadratic(a: Position, c: Position, b: Position, steps = 6): Position[] {
  const out: Position[] = [];
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    out.push({
      x: u * u * a.x + 2 * u * t * c.x + t * t * b.x,
      y: u * u * a.y + 2 * u * t * c.y + t * t * b.y,
    });
  }
  return out;
}

/**
 * The drawn route of an edge from end to end. A curved edge is sampled: Cytoscape draws a bezier edge
 * with several control points as quadratic pieces joined at the midpoints between control points.
 */
function route(edge: EdgeSingular): Position[] {
  const start = edge.sourceEndpoint();
  const end = edge.targetEndpoint();
  const segments = edge.segmentPoints();
  if (segments?.length) return [start, ...segments, end];
  const controls = edge.controlPoints();
  if (!controls?.length) return [start, end];
  const out: Position[] = [start];
  let from = start;
  controls.forEach((c, i) => {
    const next = controls[i + 1];
    const to = next ? { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 } : end;
    out.push(...quadratic(from, c, to));
    from = to;
  });
  return out;
}

function nodeOf(n: NodeSingular): MapLayoutNode {
  const box = n.boundingBox({ includeLabels: false, includeOverlays: false });
  const label = n.boundingBox({
    includeNodes: false,
    includeEdges: false,
    includeLabels: true,
    includeOverlays: false,
  });
  const hasLabel = Number.isFinite(label.x1) && label.w > 0;
  const parent = n.parent().first();
  return {
    id: n.id(),
    ...point(n.position()),
    width: round(box.w),
    height: round(box.h),
    label: hasLabel
      ? { x1: round(label.x1), y1: round(label.y1), x2: round(label.x2), y2: round(label.y2) }
      : { x1: 0, y1: 0, x2: 0, y2: 0 },
    labelPx: Number.parseFloat(String(n.style('font-size'))) || 0,
    type: n.data('type') as MapLayoutNode['type'],
    ...(parent.nonempty() && { parent: parent.id() }),
    selected: n.selected(),
    faded: n.hasClass('faded'),
  };
}

function edgeOf(e: EdgeSingular): MapLayoutEdge {
  const label = e.data('label') ? labelBox(e) : undefined;
  return {
    source: e.source().id(),
    target: e.target().id(),
    kind: e.data('kind') as MapLayoutEdge['kind'],
    weight: Number(e.data('weight')) || 1,
    points: route(e).map(point),
    faded: e.hasClass('faded'),
    ...(label && { label }),
  };
}

/** The box of an edge's label as drawn. */
function labelBox(e: EdgeSingular): MapLayoutEdge['label'] {
  const b = e.boundingBox({
    includeNodes: false,
    includeEdges: false,
    includeLabels: true,
    includeOverlays: false,
  });
  if (!Number.isFinite(b.x1) || !(b.w > 0)) return undefined;
  return { x1: round(b.x1), y1: round(b.y1), x2: round(b.x2), y2: round(b.y2) };
}

/** A plain-data copy of what Cytoscape drew, in model coordinates. */
export function snapshotOf(cy: Core): MapLayout {
  return {
    zoom: cy.zoom(),
    pan: point(cy.pan()),
    nodes: cy.nodes().map(nodeOf),
    edges: cy.edges().map(edgeOf),
  };
}
