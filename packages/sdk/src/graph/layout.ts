import type { Position } from '../schema/dataset.js';
import { MEMBER_KINDS } from '../schema/vocabulary.js';
import type { Graph, GraphNode, GraphView, Point, TreeNode } from './types.js';

export interface LayoutOptions {
  /** Horizontal distance between neighbouring nodes. */
  spacing?: number;
  /** Vertical distance between layers (hierarchy) or rings (concentric). */
  layerGap?: number;
  /** Curated positions (a dataset's `layouts[view]`): they win over computed ones. */
  curated?: Readonly<Record<string, Position>>;
}

/** Parents with more leaf children than this get them in a grid instead of one long row. */
const GRID_MIN = 8;

/**
 * Positions for every node of a graph: a layered top-down tree for "organisation", rings by kind for
 * "samverkan". Linear in the size of the graph (after sorting) and deterministic: the same data gives
 * the same picture. Compound parents get a position too, though a graph library derives it from
 * their children.
 */
export function layoutGraph(graph: Graph, options: LayoutOptions = {}): Map<string, Point> {
  const positions =
    graph.view === 'organisation' ? layeredLayout(graph, options) : concentricLayout(graph, options);
  if (options.curated) {
    for (const [id, p] of Object.entries(options.curated)) {
      if (positions.has(id) && Number.isFinite(p.x) && Number.isFinite(p.y))
        positions.set(id, { x: p.x, y: p.y });
    }
  }
  return positions;
}

/**
 * Layered tree: each record of `graph.tree` below its tree parent, leaves side by side, a parent
 * centred over its children. Iterative so deep hierarchies cannot overflow the stack.
 */
export function layeredLayout(graph: Graph, options: LayoutOptions = {}): Map<string, Point> {
  const dx = options.spacing ?? 150;
  const dy = options.layerGap ?? 130;
  const inGraph = new Set(graph.nodes.map((n) => n.id));
  const services = new Set(graph.nodes.filter((n) => n.record === 'service').map((n) => n.id));
  const pos = new Map<string, Point>();
  let next = 0;
  type Frame = { node: TreeNode; depth: number; children: TreeNode[]; expanded: boolean };
  for (const root of graph.tree) {
    if (!inGraph.has(root.id)) continue;
    const stack: Frame[] = [frame(root, 0, inGraph)];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const { node, depth, children } = top;
      if (top.expanded) {
        stack.pop();
        const first = pos.get(children[0]!.id)!;
        const last = pos.get(children[children.length - 1]!.id)!;
        pos.set(node.id, { x: (first.x + last.x) / 2, y: depth * dy });
        continue;
      }
      top.expanded = true;
      if (children.length === 0) {
        stack.pop();
        pos.set(node.id, { x: next++ * dx, y: depth * dy });
      } else if (children.length > GRID_MIN && children.every((c) => !hasChildIn(c, inGraph))) {
        stack.pop();
        // Many leaves: organisations on the first row below, insatser in a square-ish grid under them.
        const orgs = children.filter((c) => !services.has(c.id));
        const rest = children.filter((c) => services.has(c.id));
        const cols = Math.max(orgs.length, Math.ceil(Math.sqrt(rest.length)), 1);
        const startRow = orgs.length ? 1 : 0;
        orgs.forEach((c, i) => {
          pos.set(c.id, { x: (next + i + (cols - orgs.length) / 2) * dx, y: (depth + 1) * dy });
        });
        rest.forEach((c, i) => {
          const row = startRow + Math.floor(i / cols);
          pos.set(c.id, { x: (next + (i % cols)) * dx, y: (depth + 1) * dy + row * dy * 0.6 });
        });
        pos.set(node.id, { x: (next + (cols - 1) / 2) * dx, y: depth * dy });
        next += cols;
      } else {
        for (let i = children.length - 1; i >= 0; i--) stack.push(frame(children[i]!, depth + 1, inGraph));
      }
    }
    next++; // a free column between separate trees
  }
  // Nodes outside the tree (none when the graph came from buildGraph) go on a row below.
  let maxY = 0;
  for (const p of pos.values()) maxY = Math.max(maxY, p.y);
  let col = 0;
  for (const n of graph.nodes) if (!pos.has(n.id)) pos.set(n.id, { x: col++ * dx, y: maxY + dy });
  return pos;
}

function frame(node: TreeNode, depth: number, inGraph: Set<string>) {
  return { node, depth, children: node.children.filter((c) => inGraph.has(c.id)), expanded: false };
}
function hasChildIn(node: TreeNode, inGraph: Set<string>): boolean {
  return node.children.some((c) => inGraph.has(c.id));
}

/** The ring a node goes on in the concentric layout: förbund inside, members, others, insatser outside. */
export function ringOf(node: GraphNode): number {
  if (node.type === 'coordinationAssociation') return 0;
  if (MEMBER_KINDS.includes(node.type as never)) return 1;
  return node.type === 'service' ? 3 : 2;
}

/**
 * Concentric rings by kind, each ring ordered by kind then by the graph's node order (itself sorted),
 * with radii large enough that neighbours on a ring keep `spacing` apart.
 */
export function concentricLayout(graph: Graph, options: LayoutOptions = {}): Map<string, Point> {
  const spacing = options.spacing ?? 150;
  const gap = options.layerGap ?? 160;
  const rings = new Map<number, GraphNode[]>();
  graph.nodes.forEach((n) => {
    const r = ringOf(n);
    const list = rings.get(r) ?? [];
    list.push(n);
    rings.set(r, list);
  });
  const order = new Map(
    graph.tree.length ? treeOrder(graph.tree) : graph.nodes.map((n, i) => [n.id, i] as const),
  );
  const pos = new Map<string, Point>();
  let radius = -gap;
  for (const ring of [...rings.keys()].sort((a, b) => a - b)) {
    const nodes = rings.get(ring)!.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    // A chord of `spacing` between neighbours: r = s / (2 sin(π/n)); a lone centre node sits at 0.
    const n = nodes.length;
    const needed = n === 1 ? (radius < 0 ? 0 : spacing) : spacing / (2 * Math.sin(Math.PI / n));
    radius = Math.max(radius + gap, needed);
    nodes.forEach((n, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / nodes.length;
      pos.set(n.id, { x: round(radius * Math.cos(angle)), y: round(radius * Math.sin(angle)) });
    });
  }
  return pos;
}

function treeOrder(tree: readonly TreeNode[]): Array<readonly [string, number]> {
  const out: Array<readonly [string, number]> = [];
  const stack = [...tree].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    out.push([n.id, out.length]);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/** The positions curated for a view in a dataset's `layouts`, if any. */
export function curatedLayout(
  layouts: Readonly<Record<string, Record<string, Position>>> | undefined,
  view: GraphView,
): Record<string, Position> | undefined {
  const own = layouts?.[view];
  return own && Object.keys(own).length ? own : undefined;
}
