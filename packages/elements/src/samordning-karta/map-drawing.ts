import { type Graph, neighbourhood, treeIds } from '@samordningskartan/sdk';
import type { Core, EdgeSingular, ElementDefinition, NodeSingular } from 'cytoscape';
import { type ScenePositions, scenePositions } from './canvas-positions.js';
import { type CytoscapeFactory, createCytoscape, cytoscapeStyle, LABEL_PX } from './cytoscape-style.js';
import { applyEdgeLabels } from './edge-labels.js';
import type { CanvasScene } from './graph-canvas.js';
import { snapshotOf } from './layout-snapshot.js';
import { fadeIn, reducedMotion } from './motion.js';
import { applyRoutes, focusView, gapEdges, initialView } from './routes.js';
import type { MapLayout } from './types.js';

const ARROWS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * One drawn map: every use of Cytoscape is here. This module is loaded with Cytoscape on the first
 * draw (a lazy chunk of the script-tag bundles), so the list view and the controls never wait for
 * the layout and drawing code, and a page that only shows the list never downloads it.
 */
export class MapDrawing {
  readonly cy: Core;
  private _drawn: Graph;
  private _scene: CanvasScene;
  private _positions: ScenePositions | undefined;
  private _zoomTarget: number | undefined;
  private _focusKey = '';

  constructor(
    cytoscape: CytoscapeFactory,
    host: Element,
    readonly container: HTMLElement,
    scene: CanvasScene,
    onTap: (id: string) => void,
  ) {
    this._scene = scene;
    this.cy = createCytoscape(cytoscape, container, this._elements(scene), cytoscapeStyle(host, container));
    this._drawn = scene.graph;
    this._place(scene);
    this.cy.on('tap', 'node', (e) => onTap((e.target as NodeSingular).id()));
    this._applySelection(scene, false);
  }

  /** Takes the colours again, e.g. when forced colours were turned on or off. */
  restyle(host: Element): void {
    this.cy.style(cytoscapeStyle(host, this.container));
  }

  destroy(): void {
    this.cy.destroy();
  }

  /** Brings the drawing up to `scene`; returns the ms a redraw of a changed graph took, if any. */
  update(scene: CanvasScene): number | undefined {
    this._scene = scene;
    const cy = this.cy;
    let ms: number | undefined;
    if (this._drawn !== scene.graph) {
      const t0 = performance.now();
      const before = new Set(this._drawn.nodes.map((n) => n.id));
      const elements = this._elements(scene);
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elements);
      });
      cy.resize();
      this._place(scene);
      // An expanded förbund: what it brought fades in (not a whole new map: that would be noise).
      if (before.size && scene.graph.groups) fadeIn(cy.nodes().filter((n) => !before.has(n.id())));
      this._drawn = scene.graph;
      ms = performance.now() - t0;
    }
    this._applySelection(scene, true);
    return ms;
  }

  /** Positions and edge routes, computed once per graph (see `scenePositions`). */
  private _positionsFor(scene: CanvasScene): ScenePositions {
    if (this._positions?.graph !== scene.graph) {
      const byId = new Map(scene.graph.nodes.map((n) => [n.id, n]));
      const label = (id: string) => {
        const n = byId.get(id);
        return n ? (scene.nodeLabel?.(n) ?? n.label) : '';
      };
      const box = this.container;
      const aspect = box.clientHeight > 0 ? box.clientWidth / box.clientHeight : 2;
      this._positions = scenePositions(scene.graph, scene.layouts, label, aspect);
    }
    return this._positions;
  }

  /** Routes the edges around the nodes and shows the first view with labels at a readable size. */
  private _place(scene: CanvasScene): void {
    applyRoutes(this.cy, this._positionsFor(scene).routes);
    applyEdgeLabels(this.cy);
    initialView(this.cy, LABEL_PX);
  }

  /** Cytoscape elements: nodes in hierarchy order (parents before their units), positioned. */
  private _elements(scene: CanvasScene): ElementDefinition[] {
    const { graph } = scene;
    const pos = this._positionsFor(scene).map;
    const order = new Map(treeIds(graph.tree).map((id, i) => [id, i]));
    const nodes = [...graph.nodes].sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9));
    const out: ElementDefinition[] = nodes.map((n) => ({
      group: 'nodes',
      data: {
        id: n.id,
        label: scene.nodeLabel?.(n) ?? n.label,
        type: n.type,
        ...(n.counts && { counts: true }),
        record: n.record,
        ...(n.parent !== undefined && { parent: n.parent }),
      },
      position: { ...(pos.get(n.id) ?? { x: 0, y: 0 }) },
    }));
    for (const e of graph.edges) {
      out.push({
        group: 'edges',
        data: { id: e.id, source: e.source, target: e.target, kind: e.kind, weight: e.weight },
      });
    }
    for (const e of gapEdges(graph)) {
      out.push({
        group: 'edges',
        data: { ...e, kind: 'noCollaboration', label: scene.gapLabel, lmx: 0, lmy: 0 },
        classes: 'gap',
      });
    }
    return out;
  }

  /**
   * Marks the selected node and fades what lies outside the focus depth; `refit` shows the focused
   * group (or the first view again once focus is off) when the focus changed.
   */
  private _applySelection(scene: CanvasScene, refit: boolean): void {
    const cy = this.cy;
    const { graph, selected: id, focusDepth } = scene;
    const keep = id && focusDepth > 0 ? neighbourhood(graph, id, focusDepth) : undefined;
    const focusKey = keep ? `${id}\u0000${focusDepth}` : '';
    const refocus = focusKey !== this._focusKey;
    this._focusKey = focusKey;
    cy.batch(() => {
      cy.$(':selected').unselect();
      if (id) cy.getElementById(id).select();
      if (!keep) cy.elements('.faded').removeClass('faded');
      else {
        cy.nodes().forEach((n) => {
          n.toggleClass('faded', !keep.has(n.id()));
        });
        cy.edges().forEach((e: EdgeSingular) => {
          e.toggleClass('faded', !(keep.has(e.source().id()) && keep.has(e.target().id())));
        });
      }
    });
    if (refocus && refit) {
      if (keep)
        focusView(
          cy,
          cy.nodes().filter((n) => keep.has(n.id())),
          id,
          LABEL_PX,
        );
      else initialView(cy, LABEL_PX);
    }
  }

  /** The drawn picture in model coordinates (see `MapLayout`). */
  snapshot(): MapLayout {
    return snapshotOf(this.cy);
  }

  /** Back to the first view: the whole map, or as much as fits with labels at 12 CSS px. */
  fit(): void {
    // A zoom still animating would carry on past the fit (and jumpToEnd would land after it).
    this._zoomTarget = undefined;
    this.cy.stop(true, false);
    initialView(this.cy, LABEL_PX);
  }

  /** Zooms by `factor` around the middle of the canvas; quick presses add up. */
  zoomBy(factor: number): void {
    const cy = this.cy;
    // From the level a running zoom is heading for, so quick presses add up.
    const from = this._zoomTarget ?? cy.zoom();
    // Not jumpToEnd: Cytoscape applies that on its next frame, after what follows here.
    cy.stop(true, false);
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), from * factor));
    const renderedPosition = { x: cy.width() / 2, y: cy.height() / 2 };
    if (reducedMotion()) cy.zoom({ level, renderedPosition });
    else {
      this._zoomTarget = level;
      const complete = () => {
        if (this._zoomTarget === level) this._zoomTarget = undefined;
      };
      cy.animate({ zoom: { level, renderedPosition } }, { duration: 150, complete });
    }
  }

  centreOn(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    if (reducedMotion()) this.cy.center(node);
    else this.cy.animate({ center: { eles: node } }, { duration: 200 });
  }

  /**
   * The neighbour of `from` in an arrow key's direction, along edges and the hierarchy, skipping
   * faded nodes; the top of the tree when nothing is selected.
   */
  neighbourTowards(key: string, from: string): string | undefined {
    const cy = this.cy;
    const dir = ARROWS[key];
    if (!dir) return undefined;
    const cur = from ? cy.getElementById(from) : undefined;
    if (!cur || cur.empty()) return treeIds(this._scene.graph.tree)[0];
    const p = cur.position();
    const linked = cur
      .neighborhood('node')
      .union(cur.parent())
      .union(cur.children())
      .filter((n) => !n.hasClass('faded'));
    // A collapsed förbund of a grouped map: the next förbund of the grid that way (many have no links).
    const grid = cur.data('counts') ? cy.nodes('[?counts]').not(cur) : undefined;
    // Roughly that way first; in the lane layout a neighbour may lie far to the side, so then any
    // neighbour that is at all that way.
    for (const [candidates, least] of [
      ...(grid ? [[grid, 0.7] as const] : []),
      [linked, 0.3],
      [linked, 0.01],
    ] as const) {
      let best: { id: string; score: number } | undefined;
      candidates.forEach((n) => {
        const q = n.position();
        const vx = q.x - p.x;
        const vy = q.y - p.y;
        const dist = Math.hypot(vx, vy) || 1;
        const cos = (vx * dir[0] + vy * dir[1]) / dist;
        if (cos < least) return;
        const score = dist * (2 - cos);
        if (!best || score < best.score || (score === best.score && n.id() < best.id))
          best = { id: n.id(), score };
      });
      if (best) return best.id;
    }
    return undefined;
  }

  /**
   * The canvas's keys: + and − zoom, 0 fits, arrows move to the neighbour that way (centred; the
   * host selects it). Undefined for any other key.
   */
  keyAction(key: string, selected: string): { select?: string } | undefined {
    if (key === '+' || key === '=') this.zoomBy(1.25);
    else if (key === '-' || key === '_' || key === '−') this.zoomBy(0.8);
    else if (key === '0') this.fit();
    else if (key in ARROWS) {
      const next = this.neighbourTowards(key, selected);
      if (next) this.centreOn(next);
      return next ? { select: next } : {};
    } else return undefined;
    return {};
  }

  /** The whole drawing as a PNG on `background`. */
  async png(background: string): Promise<Blob> {
    return (await this.cy.png({
      output: 'blob-promise',
      full: true,
      bg: background,
      scale: 2,
      maxWidth: 8000,
      maxHeight: 8000,
    })) as Blob;
  }
}
