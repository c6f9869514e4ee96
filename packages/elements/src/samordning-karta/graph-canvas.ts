import {
  type curatedLayout,
  type Graph,
  type GraphNode,
  neighbourhood,
  treeIds,
} from '@samordningskartan/sdk';
import type { Core, EdgeSingular, ElementDefinition, NodeSingular } from 'cytoscape';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type ScenePositions, scenePositions } from './canvas-positions.js';
import { createCytoscape, cytoscapeStyle, LABEL_PX, loadCytoscape } from './cytoscape-loader.js';
import { applyEdgeLabels } from './edge-labels.js';
import { ForcedColoursController } from './forced-colours-controller.js';
import { snapshotOf } from './layout-snapshot.js';
import { fadeIn, nextFrame, reducedMotion } from './motion.js';
import { applyRoutes, focusView, gapEdges, initialView } from './routes.js';
import type { MapLayout } from './types.js';

/** Where the canvas is: not started, fetching Cytoscape and drawing, drawn, or failed to draw. */
export type CanvasStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What the canvas shows: the graph, who is selected and the focus depth (0 = no fading). */
export interface CanvasScene {
  graph: Graph;
  selected: string;
  focusDepth: number;
  /** Curated positions from the dataset (`layouts`), used when they cover the view. */
  layouts: Parameters<typeof curatedLayout>[0];
  /** The label on the mark between two members with no collaboration. */
  gapLabel: string;
  /** A node's label as drawn (a collapsed förbund's carries its counts); else its name. */
  nodeLabel?: (node: GraphNode) => string;
}

export interface GraphCanvasOptions {
  /** The element the canvas draws into, when the host has rendered one. */
  container: () => HTMLElement | null;
  /** A node was tapped or clicked. */
  onTap: (id: string) => void;
  /** A graph was drawn and laid out, in `ms` from the start of drawing. */
  onRender: (graph: Graph, ms: number) => void;
}

const ARROWS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The map canvas: every use of Cytoscape is here. Cytoscape is fetched on first draw, the graph is
 * drawn with positions from the SDK's layout, redrawn when the graph changes, and destroyed when the
 * host leaves the page or the canvas element goes away.
 */
export class GraphCanvasController implements ReactiveController {
  status: CanvasStatus = 'idle';
  private _cy: Core | undefined;
  private _drawn: Graph | undefined;
  private _positions: ScenePositions | undefined;
  private _scene: CanvasScene | undefined;
  private _zoomTarget: number | undefined;
  private _focusKey = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: GraphCanvasOptions,
  ) {
    host.addController(this);
    new ForcedColoursController(host, () => this.restyle());
  }

  /** Takes the colours again, e.g. when forced colours were turned on or off. */
  restyle(): void {
    const container = this.options.container();
    if (this._cy && container) this._cy.style(cytoscapeStyle(this.host, container));
  }

  /** Whether a map is drawn (a Cytoscape instance exists). */
  get drawn(): boolean {
    return this._cy !== undefined;
  }

  hostDisconnected(): void {
    this.destroy();
  }

  destroy(): void {
    this._cy?.destroy();
    this._cy = undefined;
    this._drawn = undefined;
    if (this.status !== 'error') this.status = 'idle';
  }

  /**
   * Brings the canvas up to date with `scene` after the host rendered; `undefined` means nothing is
   * to be drawn (list view, no data). Starts Cytoscape the first time.
   */
  sync(scene: CanvasScene | undefined): void {
    this._scene = scene;
    const container = this.options.container();
    // The canvas element went away (filters matched nothing, the data failed) and may come back as a
    // new one: a map left drawing into the old one would stay blank.
    if (this._cy && this._cy.container() !== container) this.destroy();
    // Only with a canvas to draw in: starting without one would flip between loading and idle for ever.
    if (!scene || !container || !this.host.isConnected) return;
    // Started after this update, so the status it sets schedules a fresh one.
    if (!this._cy) void Promise.resolve().then(() => this._start());
    else this._redraw(scene);
  }

  private async _start(): Promise<void> {
    // After a failed start (a refused or missing chunk) starting again would loop for ever.
    if (this.status === 'loading' || this.status === 'error' || this._cy) return;
    this._setStatus('loading');
    const t0 = performance.now();
    let cytoscape: Awaited<ReturnType<typeof loadCytoscape>>;
    try {
      cytoscape = await loadCytoscape();
    } catch (error) {
      console.error('[samordning-karta]', error);
      this._setStatus('error');
      return;
    }
    await this.host.updateComplete;
    // Let the controls, the list and the text summary paint first: building the canvas takes a while.
    await nextFrame();
    const container = this.options.container();
    const scene = this._scene;
    if (!container || !scene || !this.host.isConnected || this._cy) {
      this._setStatus('idle');
      return;
    }
    try {
      this._cy = createCytoscape(
        cytoscape,
        container,
        this._elements(scene),
        cytoscapeStyle(this.host, container),
      );
    } catch (error) {
      console.error('[samordning-karta]', error);
      this._setStatus('error');
      return;
    }
    this._drawn = scene.graph;
    this._place(scene);
    this._cy.on('tap', 'node', (e) => this.options.onTap((e.target as NodeSingular).id()));
    this._applySelection(scene);
    this._setStatus('ready');
    this.options.onRender(scene.graph, performance.now() - t0);
  }

  private _setStatus(status: CanvasStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }

  private _redraw(scene: CanvasScene): void {
    const cy = this._cy!;
    if (this._drawn !== scene.graph) {
      const t0 = performance.now();
      const before = new Set(this._drawn?.nodes.map((n) => n.id));
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
      this.options.onRender(scene.graph, performance.now() - t0);
    }
    this._applySelection(scene);
  }

  /** Positions and edge routes, computed once per graph (see `scenePositions`). */
  private _positionsFor(scene: CanvasScene): ScenePositions {
    if (this._positions?.graph !== scene.graph) {
      const byId = new Map(scene.graph.nodes.map((n) => [n.id, n]));
      const label = (id: string) => {
        const n = byId.get(id);
        return n ? (scene.nodeLabel?.(n) ?? n.label) : '';
      };
      const box = this.options.container();
      const aspect = box && box.clientHeight > 0 ? box.clientWidth / box.clientHeight : 2;
      this._positions = scenePositions(scene.graph, scene.layouts, label, aspect);
    }
    return this._positions;
  }

  /** Routes the edges around the nodes and shows the first view with labels at a readable size. */
  private _place(scene: CanvasScene): void {
    const cy = this._cy;
    if (!cy) return;
    applyRoutes(cy, this._positionsFor(scene).routes);
    applyEdgeLabels(cy);
    initialView(cy, LABEL_PX);
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

  /** Marks the selected node and fades what lies outside the focus depth. */
  private _applySelection(scene: CanvasScene): void {
    const cy = this._cy;
    if (!cy) return;
    const { graph, selected: id, focusDepth } = scene;
    const keep = id && focusDepth > 0 ? neighbourhood(graph, id, focusDepth) : undefined;
    // Focus changed: show the focused group (or the first view again once focus is off).
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
    if (refocus && this.status === 'ready') {
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

  /** The drawn picture in model coordinates (see `MapLayout`); undefined when nothing is drawn. */
  snapshot(): MapLayout | undefined {
    return this._cy && this.status === 'ready' ? snapshotOf(this._cy) : undefined;
  }

  resize(): void {
    this._cy?.resize();
  }

  /** Back to the first view: the whole map, or as much as fits with labels at 12 CSS px. */
  fit(): void {
    // A zoom still animating would carry on past the fit (and jumpToEnd would land after it).
    this._zoomTarget = undefined;
    this._cy?.stop(true, false);
    if (this._cy) initialView(this._cy, LABEL_PX);
  }

  /** Zooms by `factor` around the middle of the canvas; quick presses add up. */
  zoomBy(factor: number): void {
    const cy = this._cy;
    if (!cy) return;
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
    const cy = this._cy;
    const node = cy?.getElementById(id);
    if (!cy || !node || node.empty()) return;
    if (reducedMotion()) cy.center(node);
    else cy.animate({ center: { eles: node } }, { duration: 200 });
  }

  /**
   * The neighbour of `from` in an arrow key's direction, along edges and the hierarchy, skipping
   * faded nodes; the top of the tree when nothing is selected.
   */
  neighbourTowards(key: string, from: string): string | undefined {
    const cy = this._cy;
    const dir = ARROWS[key];
    if (!cy || !dir) return undefined;
    const cur = from ? cy.getElementById(from) : undefined;
    if (!cur || cur.empty()) return this._scene ? treeIds(this._scene.graph.tree)[0] : undefined;
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

  /** The whole drawing as a PNG on `background`; undefined when nothing is drawn. */
  async png(background: string): Promise<Blob | undefined> {
    const cy = this._cy;
    if (!cy) return undefined;
    return (await cy.png({
      output: 'blob-promise',
      full: true,
      bg: background,
      scale: 2,
      maxWidth: 8000,
      maxHeight: 8000,
    })) as Blob;
  }
}
