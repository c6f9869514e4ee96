import type { curatedLayout, Graph, GraphNode } from '@samordningskartan/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CytoscapeFactory } from './cytoscape-style.js';
import { ForcedColoursController } from './forced-colours-controller.js';
import type { MapDrawing } from './map-drawing.js';
import { nextFrame } from './motion.js';
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

let loading: Promise<[typeof import('./map-drawing.js'), CytoscapeFactory]> | undefined;

/**
 * Cytoscape and the drawing code (layout, routes, labels), fetched together on the first draw: first
 * paint and the list view never wait for them, and a page with only `<insats-sok>` or only the list
 * never downloads them. In the script-tag bundles both are chunks the entry verifies (SRI).
 */
function loadDrawing(): Promise<[typeof import('./map-drawing.js'), CytoscapeFactory]> {
  loading ??= Promise.all([
    import('./map-drawing.js'),
    import('cytoscape').then((m) => (m as unknown as { default: CytoscapeFactory }).default ?? m),
  ]);
  return loading;
}

/**
 * The map canvas as the element sees it: its status, and the drawing (`MapDrawing`, with every use
 * of Cytoscape) once loaded, drawn, redrawn when the graph changes and destroyed when the host leaves
 * the page or the canvas element goes away.
 */
export class GraphCanvasController implements ReactiveController {
  status: CanvasStatus = 'idle';
  private _drawing: MapDrawing | undefined;
  private _scene: CanvasScene | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: GraphCanvasOptions,
  ) {
    host.addController(this);
    new ForcedColoursController(host, () => this.restyle());
  }

  /** Takes the colours again, e.g. when forced colours were turned on or off. */
  restyle(): void {
    this._drawing?.restyle(this.host);
  }

  /** Whether a map is drawn (a Cytoscape instance exists). */
  get drawn(): boolean {
    return this._drawing !== undefined;
  }

  hostDisconnected(): void {
    this.destroy();
  }

  destroy(): void {
    this._drawing?.destroy();
    this._drawing = undefined;
    if (this.status !== 'error') this.status = 'idle';
  }

  /**
   * Brings the canvas up to date with `scene` after the host rendered; `undefined` means nothing is
   * to be drawn (list view, no data). Starts the drawing the first time.
   */
  sync(scene: CanvasScene | undefined): void {
    this._scene = scene;
    const container = this.options.container();
    // The canvas element went away (filters matched nothing, the data failed) and may come back as a
    // new one: a map left drawing into the old one would stay blank.
    if (this._drawing && this._drawing.container !== container) this.destroy();
    // Only with a canvas to draw in: starting without one would flip between loading and idle for ever.
    if (!scene || !container || !this.host.isConnected) return;
    // Started after this update, so the status it sets schedules a fresh one.
    if (!this._drawing) void Promise.resolve().then(() => this._start());
    else {
      const ms = this._drawing.update(scene);
      if (ms !== undefined) this.options.onRender(scene.graph, ms);
    }
  }

  private async _start(): Promise<void> {
    // After a failed start (a refused or missing chunk) starting again would loop for ever.
    if (this.status === 'loading' || this.status === 'error' || this._drawing) return;
    this._setStatus('loading');
    const t0 = performance.now();
    let loaded: Awaited<ReturnType<typeof loadDrawing>>;
    try {
      loaded = await loadDrawing();
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
    if (!container || !scene || !this.host.isConnected || this._drawing) {
      this._setStatus('idle');
      return;
    }
    const [{ MapDrawing }, cytoscape] = loaded;
    try {
      this._drawing = new MapDrawing(cytoscape, this.host, container, scene, this.options.onTap);
    } catch (error) {
      console.error('[samordning-karta]', error);
      this._setStatus('error');
      return;
    }
    this._setStatus('ready');
    this.options.onRender(scene.graph, performance.now() - t0);
  }

  private _setStatus(status: CanvasStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }

  /** The drawn picture in model coordinates (see `MapLayout`); undefined when nothing is drawn. */
  snapshot(): MapLayout | undefined {
    return this.status === 'ready' ? this._drawing?.snapshot() : undefined;
  }

  resize(): void {
    this._drawing?.cy.resize();
  }

  /** Back to the first view: the whole map, or as much as fits with labels at 12 CSS px. */
  fit(): void {
    this._drawing?.fit();
  }

  /** Zooms by `factor` around the middle of the canvas; quick presses add up. */
  zoomBy(factor: number): void {
    this._drawing?.zoomBy(factor);
  }

  centreOn(id: string): void {
    this._drawing?.centreOn(id);
  }

  /**
   * The canvas's keys (+ and − zoom, 0 fits, arrows move to the neighbour that way); undefined for
   * any other key, and while nothing is drawn.
   */
  keyAction(key: string, selected: string): { select?: string } | undefined {
    return this._drawing?.keyAction(key, selected);
  }

  /** The whole drawing as a PNG on `background`; undefined when nothing is drawn. */
  png(background: string): Promise<Blob | undefined> {
    return this._drawing ? this._drawing.png(background) : Promise.resolve(undefined);
  }
}
