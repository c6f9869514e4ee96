import {
  buildGraph,
  compareSv,
  curatedLayout,
  Dataset,
  foldText,
  formatProblem,
  type Graph,
  type GraphFilters,
  type GraphNodeType,
  type GraphView,
  type Lang,
  type LoadResult,
  layoutGraph,
  loadDataset,
  municipalityByCode,
  neighbourhood,
  ORGANISATION_KINDS,
  type Organisation,
  type OrganisationKind,
  type Point,
  type Problem,
  RELATION_KINDS,
  type RelationKind,
  sanitizeGraph,
  treeIds,
} from '@samordningskartan/sdk';
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { loadSrc, parseSrc } from '../shared/data-source.js';
import { aliasDatasetToData } from '../shared/dataset-alias.js';
import { resolveLang, translate } from '../shared/messages.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { createCytoscape, cytoscapeStyle, loadCytoscape } from './cytoscape-loader.js';
import { renderDetails } from './details.js';
import { renderLegend, shapeSwatch } from './legend.js';
import { KARTA_MESSAGES, type KartaKey } from './messages.js';
import { kartaStyles } from './samordning-karta.styles.js';
import { ancestorsInTree, type TreeAction, treeKeyAction, visibleRows } from './tree-model.js';

/** The views of the map. "lista" is the accessible structured view of the same information. */
export const KARTA_VIEWS = ['organisation', 'samverkan', 'lista'] as const;
export type KartaView = (typeof KARTA_VIEWS)[number];

/** Filters the page can set with `setFilters` (all optional; `undefined` clears one). */
export interface KartaFilters {
  organisationKinds?: readonly OrganisationKind[] | undefined;
  relationKinds?: readonly RelationKind[] | undefined;
  /** Förbund id (same as the `association` attribute). */
  association?: string | undefined;
  /** SCB kommunkod. */
  municipality?: string | undefined;
  /** Target group term id. */
  targetGroup?: string | undefined;
}

export interface KartaSelectDetail {
  id: string;
  kind: 'organisation' | 'service';
}
export interface KartaOpenServiceDetail {
  id: string;
}
export interface KartaLoadDetail {
  organisations: number;
  services: number;
  /** Errors and warnings found in the data. */
  problems: number;
}
export interface KartaRenderDetail {
  view: GraphView;
  nodes: number;
  edges: number;
  /** Milliseconds from the start of drawing until Cytoscape finished its layout. */
  ms: number;
}

/** The public API `<insats-sok>` offers, used when present (duck-typed, so the map works alone). */
interface LinkedSearch extends Element {
  setFilters?: (filters: { organisation?: string }) => void;
  openService?: (id: string) => void;
}

type State =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; problems?: readonly Problem[] }
  | { status: 'ready'; dataset: Dataset; result?: LoadResult };

/** Above this many records the list view is chosen automatically. */
const LIST_VIEW_ABOVE = 2000;
/** Below this container width (px) the list view is chosen automatically. */
const NARROW_BELOW = 600;

const ARROWS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * An interactive map of organisations and collaboration: the förbund, their members and units, the
 * insatser and the typed relations between them, with a complete accessible list view.
 *
 * @tag samordning-karta
 * @summary Map of organisations, insatser and collaboration, with an accessible list view.
 *
 * @csspart controls - The row of view, search, filter, focus and zoom controls.
 * @csspart views - The view switch.
 * @csspart search - The search form.
 * @csspart filters - The filter disclosure.
 * @csspart status - The status line (loading, search results, keyboard announcements).
 * @csspart notice - Notices: partly invalid data, empty result, errors.
 * @csspart body - The map or list beside the details panel.
 * @csspart graph - The figure holding the map canvas and its text summary.
 * @csspart canvas - The Cytoscape container.
 * @csspart tree - The list view's tree.
 * @csspart details - The details panel.
 * @csspart legend - The legend.
 * @csspart button - Every button.
 *
 * @cssproperty --sk-color-accent - Shared accent colour read by all three elements.
 * @cssproperty --sk-color-text - Shared text colour.
 * @cssproperty --sk-color-background - Shared background colour.
 * @cssproperty --sk-color-border - Shared border colour.
 * @cssproperty --sk-font-family - Shared font family (default: the page's font).
 * @cssproperty --samordning-karta-font - Font family (also used on the canvas).
 * @cssproperty --samordning-karta-text - Text colour (also labels and outlines on the canvas).
 * @cssproperty --samordning-karta-background - Background.
 * @cssproperty --samordning-karta-surface - Background of panels and buttons.
 * @cssproperty --samordning-karta-border - Border colour.
 * @cssproperty --samordning-karta-accent - Accent: pressed buttons, selected tree item, links.
 * @cssproperty --samordning-karta-selected - Outline of the selected node on the canvas.
 * @cssproperty --samordning-karta-focus - Focus outline.
 * @cssproperty --samordning-karta-height - Height of the map and the tree.
 * @cssproperty --samordning-karta-color-<kind> - Fill per node type (coordinationAssociation, socialInsuranceAgency, employmentService, region, municipality, civilSociety, employer, other, service).
 * @cssproperty --samordning-karta-edge-<kind> - Line colour per relation kind (memberOf, funds, delivers, collaboratesWith, steeringGroupOf, refersTo, agreementWith, sharedService).
 *
 * @fires samordning-karta-select - A record was selected. `detail: { id, kind: 'organisation' | 'service' }`.
 * @fires samordning-karta-open-service - "Open in search" was chosen for an insats. `detail: { id }`.
 * @fires samordning-karta-load - Data was loaded. `detail: { organisations, services, problems }`.
 * @fires samordning-karta-render - The map was drawn and laid out. `detail: { view, nodes, edges, ms }`.
 */
export class SamordningKarta extends LitElement {
  static override styles = [sharedStyles, kartaStyles];

  static override properties = {
    src: { type: String, reflect: true },
    lang: { type: String, reflect: true },
    view: { type: String, reflect: true },
    association: { type: String, reflect: true },
    selected: { type: String, reflect: true },
    focusDepth: { type: Number, reflect: true, attribute: 'focus-depth' },
    for: { type: String, reflect: true },
    debug: { type: Boolean, reflect: true },
    data: { attribute: false },
    strings: { attribute: false },
    _state: { state: true },
    _filters: { state: true },
    _width: { state: true },
    _expanded: { state: true },
    _treeFocus: { state: true },
    _detailsOpen: { state: true },
    _status: { state: true },
    _cyStatus: { state: true },
  };

  /** URL(s) of the dataset(s), separated by spaces; several are merged. */
  declare src: string;
  /** UI language, "sv" (default) or "en"; inherited from ancestors when not set. */
  declare lang: string;
  /** "organisation", "samverkan" or "lista". Empty: chosen automatically (lista on narrow screens and big datasets). */
  declare view: string;
  /** Id of the förbund to show (its members, units, insatser and their organisations). */
  declare association: string;
  /** Id of the selected organisation or insats. */
  declare selected: string;
  /** Focus mode: show only what is within this many steps of the selected record (0 = off). */
  declare focusDepth: number;
  /** Id of an `<insats-sok>` on the page: selecting an organisation filters it, "open in search" opens an insats there. */
  declare for: string;
  /** Lists every problem found in the data under the "partly invalid data" notice. */
  declare debug: boolean;
  /**
   * The data: an SDK `Dataset`, or a raw dataset object (validated on assignment). Wins over `src`.
   * Also settable as `dataset` from JavaScript (`shared/dataset-alias.ts`).
   */
  declare data: Dataset | Record<string, unknown> | undefined;
  /** Overrides for UI strings, by key (see messages.ts). */
  declare strings: Partial<Record<KartaKey, string>> | undefined;

  declare private _state: State;
  declare private _filters: GraphFilters;
  declare private _width: number;
  declare private _expanded: Set<string>;
  declare private _treeFocus: string;
  declare private _detailsOpen: boolean;
  declare private _status: string;
  declare private _cyStatus: 'idle' | 'loading' | 'ready' | 'error';

  private _graph: Graph | undefined;
  private _positions = new Map<string, Point>();
  private _graphKey = '';
  private _cy: Core | undefined;
  private _drawn: Graph | undefined;
  private _abort: AbortController | undefined;
  private _resize: ResizeObserver | undefined;
  private _pendingFocus: 'tree' | 'details' | 'graph' | undefined;
  private _lastDepth = 1;
  private _loadedFrom: unknown;

  constructor() {
    super();
    this.src = '';
    this.view = '';
    this.association = '';
    this.selected = '';
    this.focusDepth = 0;
    this.for = '';
    this.debug = false;
    this.data = undefined;
    this.strings = undefined;
    this._state = { status: 'idle' };
    this._filters = {};
    this._width = 0;
    this._expanded = new Set();
    this._treeFocus = '';
    this._detailsOpen = true;
    this._status = '';
    this._cyStatus = 'idle';
  }

  // ── public API ──────────────────────────────────────────────────────────

  /** The dataset in use, once loaded and validated. */
  get loaded(): Dataset | undefined {
    return this._state.status === 'ready' ? this._state.dataset : undefined;
  }

  /** The view shown now: the `view` attribute, or the automatic choice. */
  get currentView(): KartaView {
    if ((KARTA_VIEWS as readonly string[]).includes(this.view)) return this.view as KartaView;
    const d = this.loaded;
    const big = d ? d.organisations.length + d.services.length > LIST_VIEW_ABOVE : false;
    return big || (this._width > 0 && this._width < NARROW_BELOW) ? 'lista' : 'organisation';
  }

  /**
   * Selects a record (shared by the map and the list), opens its details, fires
   * `samordning-karta-select` and filters the linked `<insats-sok>` by an organisation.
   */
  select(id: string): void {
    this._select(id, 'api');
  }

  /** Narrows what the map shows; keys set to `undefined` are cleared, absent keys are kept. */
  setFilters(filters: KartaFilters): void {
    const next: GraphFilters = { ...this._filters };
    for (const key of ['organisationKinds', 'relationKinds', 'municipality', 'targetGroup'] as const) {
      if (!(key in filters)) continue;
      const value = filters[key];
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
        delete next[key];
      else (next as Record<string, unknown>)[key] = Array.isArray(value) ? [...value] : value;
    }
    if ('association' in filters) this.association = filters.association ?? '';
    this._filters = next;
  }

  /** The filters in effect. */
  get filters(): KartaFilters {
    return { ...this._filters, ...(this.association && { association: this.association }) };
  }

  zoomIn(): void {
    this._zoom(1.25);
  }
  zoomOut(): void {
    this._zoom(0.8);
  }
  /** Fits the whole map in view. */
  fit(): void {
    this._cy?.fit(undefined, 24);
  }

  /**
   * The current picture of the map as a PNG. Offers it as a download unless `download` is false.
   * Resolves undefined when the map is not drawn (list view).
   */
  async exportPng(options: { download?: boolean } = {}): Promise<Blob | undefined> {
    const cy = this._cy;
    if (!cy || this.currentView === 'lista') return undefined;
    const bg = getComputedStyle(this).getPropertyValue('--samordning-karta-background').trim() || '#ffffff';
    const blob = (await cy.png({
      output: 'blob-promise',
      full: true,
      bg,
      scale: 2,
      maxWidth: 8000,
      maxHeight: 8000,
    })) as Blob;
    if (options.download !== false) {
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = this._t('pngName');
      a.hidden = true;
      this.renderRoot.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 30_000);
    }
    return blob;
  }

  /** Loads the data again (what the retry button does). */
  reload(): void {
    this._loadedFrom = undefined;
    void this._load();
  }

  // ── lifecycle ───────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    this._resize = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      // Next frame: changing the layout inside the observer's callback would loop.
      void nextFrame().then(() => {
        if (w !== this._width) this._width = w;
        this._cy?.resize();
      });
    });
    this._resize.observe(this);
    // Moved in the page: draw again (the map was destroyed on disconnect).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resize?.disconnect();
    this._abort?.abort();
    this._cy?.destroy();
    this._cy = undefined;
    this._drawn = undefined;
    this._cyStatus = 'idle';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Measure once up front (the observer reports only with rendering frames, none in a background tab).
    if (this._width === 0 && this.isConnected) this._width = Math.round(this.getBoundingClientRect().width);
    if (changed.has('src') || changed.has('data')) {
      const from = this.data ?? this.src;
      if (from !== this._loadedFrom) {
        this._loadedFrom = from;
        void this._load();
      }
    }
    this._rebuildIfNeeded();
    if (changed.has('selected') && this.selected) this._reveal(this.selected);
  }

  protected override updated(): void {
    const view = this.currentView;
    // Only while connected: a detached element must not keep trying to start Cytoscape.
    const container = this.renderRoot.querySelector<HTMLElement>('.cy');
    // The canvas went away (filters matched nothing, or the data failed) and may come back as a new
    // one: a map left drawing into the old one would stay blank.
    if (this._cy && this._cy.container() !== container) {
      this._cy.destroy();
      this._cy = undefined;
      this._drawn = undefined;
    }
    // Only when there is a canvas to draw in: an empty map has none, and starting anyway would flip
    // between loading and idle for ever.
    if (this.isConnected && view !== 'lista' && this._state.status === 'ready' && this._graph && container) {
      // Started after this update, so the state it sets schedules a fresh one.
      if (!this._cy) void Promise.resolve().then(() => this._startCy());
      else this._syncCy();
    }
    const pending = this._pendingFocus;
    this._pendingFocus = undefined;
    if (pending === 'tree')
      this.renderRoot.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')?.focus();
    else if (pending === 'details') this.renderRoot.querySelector<HTMLElement>('#details-title')?.focus();
    else if (pending === 'graph') this.renderRoot.querySelector<HTMLElement>('figure')?.focus();
  }

  // ── data ────────────────────────────────────────────────────────────────

  private async _load(): Promise<void> {
    this._abort?.abort();
    const ctrl = new AbortController();
    this._abort = ctrl;
    const given = this.data;
    const urls = parseSrc(this.src);
    if (given === undefined && urls.length === 0) {
      this._state = { status: 'idle' };
      return;
    }
    this._state = { status: 'loading' };
    try {
      let next: State;
      if (given instanceof Dataset) next = { status: 'ready', dataset: given };
      else if (given !== undefined) {
        // Wrapped in a list: data set from code is one dataset, never a list of URLs to fetch.
        const result = await loadDataset([given]);
        const empty = result.dataset.organisations.length + result.dataset.services.length === 0;
        next =
          result.fatal && empty
            ? { status: 'error', problems: result.problems }
            : { status: 'ready', dataset: result.dataset, result };
      } else {
        const s = await loadSrc(urls, ctrl.signal);
        next =
          s.status === 'ready'
            ? { status: 'ready', dataset: s.dataset, ...(s.result && { result: s.result }) }
            : { status: 'error', ...(s.status === 'error' && s.result && { problems: s.result.problems }) };
      }
      if (ctrl.signal.aborted) return;
      this._state = next;
      if (next.status === 'ready') {
        this._dispatch<KartaLoadDetail>('samordning-karta-load', {
          organisations: next.dataset.organisations.length,
          services: next.dataset.services.length,
          problems: (next.result?.errors ?? 0) + (next.result?.warnings ?? 0),
        });
      }
    } catch (error) {
      if (ctrl.signal.aborted) return;
      console.error('[samordning-karta]', error);
      this._state = { status: 'error' };
    }
  }

  private get _lang(): Lang {
    return resolveLang(this);
  }

  private _t(key: string, params?: Record<string, string | number>): string {
    return translate(KARTA_MESSAGES, this._lang, this.strings, key as KartaKey, params);
  }

  private _rebuildIfNeeded(): void {
    const d = this.loaded;
    if (!d) {
      this._graph = undefined;
      return;
    }
    const view: GraphView = this.currentView === 'samverkan' ? 'samverkan' : 'organisation';
    const filters: GraphFilters = {
      ...this._filters,
      ...(this.association && { association: this.association }),
    };
    const key = JSON.stringify([view, filters, this._lang]);
    if (this._graph && key === this._graphKey && this._graphData === d) return;
    const fresh = this._graphData !== d;
    this._graphKey = key;
    this._graphData = d;
    const { graph } = sanitizeGraph(buildGraph(d, { view, filters, lang: this._lang }));
    this._graph = graph;
    this._positions = new Map();
    if (fresh) {
      // Open the top of the hierarchy so the list shows förbund and their members at once.
      this._expanded = new Set(graph.tree.filter((n) => n.children.length).map((n) => n.id));
    }
  }
  private _graphData: Dataset | undefined;

  private _positionsFor(graph: Graph): Map<string, Point> {
    if (this._positions.size === 0) {
      const curated = curatedLayout(this.loaded?.data.layouts, graph.view);
      this._positions = layoutGraph(graph, curated ? { curated } : {});
    }
    return this._positions;
  }

  // ── selection ───────────────────────────────────────────────────────────

  private _select(id: string, from: 'api' | 'graph' | 'tree' | 'details' | 'search'): void {
    const d = this.loaded;
    const record = d?.get(id);
    if (!d || !record) return;
    this.selected = id;
    this._detailsOpen = true;
    this._reveal(id);
    const kind = d.isService(record) ? 'service' : 'organisation';
    this._dispatch<KartaSelectDetail>('samordning-karta-select', { id, kind });
    const search = this._linkedSearch();
    if (kind === 'organisation' && typeof search?.setFilters === 'function')
      search.setFilters({ organisation: id });
    // After a jump from the details panel, its new title is read out; after a search, the found item.
    if (from === 'details') this._pendingFocus = 'details';
    else if (from === 'search') this._pendingFocus = this.currentView === 'lista' ? 'tree' : 'details';
    if (from !== 'graph') this._centreOn(id);
    this._announce(id);
  }

  /** Expands the tree down to a record and makes it the tree's focus target. */
  private _reveal(id: string): void {
    const tree = this._graph?.tree;
    if (!tree) return;
    const path = ancestorsInTree(tree, id);
    if (!path) return;
    if (path.some((p) => !this._expanded.has(p))) this._expanded = new Set([...this._expanded, ...path]);
    this._treeFocus = id;
  }

  private _openService(id: string): void {
    this._dispatch<KartaOpenServiceDetail>('samordning-karta-open-service', { id });
    const search = this._linkedSearch();
    if (typeof search?.openService === 'function') search.openService(id);
  }

  private _linkedSearch(): LinkedSearch | undefined {
    if (!this.for) return undefined;
    const root = this.getRootNode() as Document | ShadowRoot;
    return (
      ((root.getElementById?.(this.for) ?? document.getElementById(this.for)) as LinkedSearch | null) ??
      undefined
    );
  }

  private _announce(id: string): void {
    const d = this.loaded;
    if (!d) return;
    const record = d.get(id);
    const type = record && d.isService(record) ? 'service' : (record as { kind?: string } | undefined)?.kind;
    const count = this._graph?.edges.filter((e) => e.source === id || e.target === id).length ?? 0;
    this._status = this._t('announce', {
      name: d.label(id, this._lang),
      kind: this._t(`kind_${type}`),
      count,
    });
  }

  private _dispatch<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  // ── Cytoscape ──────────────────────────────────────────────────────────

  private async _startCy(): Promise<void> {
    // After a failed load, not again: the browser keeps the failed import, and each attempt would
    // re-render and start the next one, for ever.
    if (this._cyStatus === 'loading' || this._cyStatus === 'error' || this._cy) return;
    this._cyStatus = 'loading';
    const t0 = performance.now();
    let cytoscape: Awaited<ReturnType<typeof loadCytoscape>>;
    try {
      cytoscape = await loadCytoscape();
    } catch (error) {
      console.error('[samordning-karta]', error);
      this._cyStatus = 'error';
      return;
    }
    await this.updateComplete;
    // Let the controls, the list and the text summary paint first: building the canvas takes a while.
    await nextFrame();
    const container = this.renderRoot.querySelector<HTMLElement>('.cy');
    const graph = this._graph;
    if (!container || !graph || !this.isConnected || this._cy) {
      this._cyStatus = 'idle';
      return;
    }
    try {
      this._cy = createCytoscape(cytoscape, container, this._elements(graph), cytoscapeStyle(this));
    } catch (error) {
      console.error('[samordning-karta]', error);
      this._cyStatus = 'error';
      return;
    }
    this._drawn = graph;
    const cy = this._cy;
    cy.on('tap', 'node', (e) => this._select((e.target as NodeSingular).id(), 'graph'));
    this._applySelection();
    this._cyStatus = 'ready';
    this._rendered(graph, t0);
  }

  private _rendered(graph: Graph, t0: number): void {
    this._dispatch<KartaRenderDetail>('samordning-karta-render', {
      view: graph.view,
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      ms: performance.now() - t0,
    });
  }

  /** Cytoscape elements: nodes in hierarchy order (parents before their units), positioned. */
  private _elements(graph: Graph): ElementDefinition[] {
    const pos = this._positionsFor(graph);
    const order = new Map(treeIds(graph.tree).map((id, i) => [id, i]));
    const nodes = [...graph.nodes].sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9));
    const out: ElementDefinition[] = nodes.map((n) => ({
      group: 'nodes',
      data: {
        id: n.id,
        label: n.label,
        type: n.type,
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
    return out;
  }

  private _syncCy(): void {
    const cy = this._cy;
    const graph = this._graph;
    if (!cy || !graph) return;
    if (this._drawn !== graph) {
      const t0 = performance.now();
      const elements = this._elements(graph);
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elements);
      });
      cy.resize();
      cy.fit(undefined, 24);
      this._drawn = graph;
      this._rendered(graph, t0);
    }
    this._applySelection();
  }

  private _applySelection(): void {
    const cy = this._cy;
    const graph = this._graph;
    if (!cy || !graph) return;
    const id = this.selected;
    const keep = id && this.focusDepth > 0 ? neighbourhood(graph, id, this.focusDepth) : undefined;
    cy.batch(() => {
      cy.$(':selected').unselect();
      if (id) cy.getElementById(id).select();
      if (!keep) cy.elements('.faded').removeClass('faded');
      else {
        cy.nodes().forEach((n) => {
          n.toggleClass('faded', !keep.has(n.id()));
        });
        cy.edges().forEach((e) => {
          e.toggleClass('faded', !(keep.has(e.source().id()) && keep.has(e.target().id())));
        });
      }
    });
  }

  private _centreOn(id: string): void {
    const cy = this._cy;
    if (!cy || this.currentView === 'lista') return;
    const node = cy.getElementById(id);
    if (node.empty()) return;
    if (reducedMotion()) cy.center(node);
    else cy.animate({ center: { eles: node } }, { duration: 200 });
  }

  private _zoom(factor: number): void {
    const cy = this._cy;
    if (!cy) return;
    // Finish a running zoom first, so quick presses add up.
    cy.stop(true, true);
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    const renderedPosition = { x: cy.width() / 2, y: cy.height() / 2 };
    if (reducedMotion()) cy.zoom({ level, renderedPosition });
    else cy.animate({ zoom: { level, renderedPosition } }, { duration: 150 });
  }

  /** The neighbour of the selected node in an arrow's direction (along edges and the hierarchy). */
  private _neighbourTowards(key: string): string | undefined {
    const cy = this._cy;
    const dir = ARROWS[key];
    if (!cy || !dir) return undefined;
    const cur = this.selected ? cy.getElementById(this.selected) : undefined;
    if (!cur || cur.empty()) return this._graph ? treeIds(this._graph.tree)[0] : undefined;
    const p = cur.position();
    const candidates = cur
      .neighborhood('node')
      .union(cur.parent())
      .union(cur.children())
      .filter((n) => !n.hasClass('faded'));
    let best: { id: string; score: number } | undefined;
    candidates.forEach((n) => {
      const q = n.position();
      const vx = q.x - p.x;
      const vy = q.y - p.y;
      const dist = Math.hypot(vx, vy) || 1;
      const cos = (vx * dir[0] + vy * dir[1]) / dist;
      if (cos < 0.3) return;
      const score = dist * (2 - cos);
      if (!best || score < best.score || (score === best.score && n.id() < best.id))
        best = { id: n.id(), score };
    });
    return best?.id;
  }

  // ── events from the UI ─────────────────────────────────────────────────

  private _onGraphKey(e: KeyboardEvent): void {
    if (e.target !== e.currentTarget) return;
    let handled = true;
    switch (e.key) {
      case '+':
      case '=':
        this.zoomIn();
        break;
      case '-':
      case '_':
      case '−':
        this.zoomOut();
        break;
      case '0':
        this.fit();
        break;
      case 'Enter':
        if (this.selected) {
          this._detailsOpen = true;
          this._pendingFocus = 'details';
        }
        break;
      case 'Escape':
        this._detailsOpen = false;
        break;
      default:
        if (e.key in ARROWS) {
          const next = this._neighbourTowards(e.key);
          if (next) this._select(next, 'graph');
          if (next) this._centreOn(next);
        } else handled = false;
    }
    if (handled) e.preventDefault();
  }

  private _onTreeKey(e: KeyboardEvent): void {
    const tree = this._graph?.tree;
    const d = this.loaded;
    if (!tree || !d || e.altKey || e.ctrlKey || e.metaKey) return;
    const rows = visibleRows(tree, this._expanded);
    const current = this._currentTreeFocus(rows.map((r) => r.id));
    const action = treeKeyAction(e.key, current, rows, this._expanded, (id) => d.label(id, this._lang));
    if (!action) return;
    e.preventDefault();
    this._applyTreeAction(action);
  }

  private _applyTreeAction(action: TreeAction): void {
    switch (action.type) {
      case 'focus':
        this._treeFocus = action.id;
        break;
      case 'expand':
        this._expanded = new Set([...this._expanded, action.id]);
        break;
      case 'collapse': {
        const next = new Set(this._expanded);
        next.delete(action.id);
        this._expanded = next;
        break;
      }
      case 'expandSiblings':
        this._expanded = new Set([...this._expanded, ...action.ids]);
        break;
      case 'select':
        this._select(action.id, 'tree');
        break;
    }
    this._pendingFocus = 'tree';
  }

  private _currentTreeFocus(visible: string[]): string {
    if (this._treeFocus && visible.includes(this._treeFocus)) return this._treeFocus;
    if (this.selected && visible.includes(this.selected)) return this.selected;
    return visible[0] ?? '';
  }

  private _onTreeClick(e: MouseEvent): void {
    const item = (e.target as Element).closest<HTMLElement>('[role="treeitem"]');
    const id = item?.dataset.id;
    if (!id) return;
    e.stopPropagation();
    if ((e.target as Element).closest('.twisty')) {
      const next = new Set(this._expanded);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      this._expanded = next;
      this._treeFocus = id;
    } else this._select(id, 'tree');
    this._pendingFocus = 'tree';
  }

  private _onSearch(e: SubmitEvent): void {
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#karta-q');
    const q = foldText(input?.value.trim() ?? '');
    const d = this.loaded;
    const graph = this._graph;
    if (!q || !d || !graph) return;
    const names = graph.nodes.map((n) => ({ id: n.id, name: foldText(n.label) }));
    const hit =
      names.find((n) => n.name === q) ??
      names.find((n) => n.name.startsWith(q)) ??
      names.find((n) => n.name.includes(q));
    if (!hit) {
      this._status = this._t('noMatch', { q: input?.value.trim() ?? '' });
      return;
    }
    this._select(hit.id, 'search');
    this._status = `${this._t('found', { name: d.label(hit.id, this._lang) })} ${this._status}`;
  }

  private _setView(view: KartaView): void {
    this.view = view;
  }

  private _onFilter(key: keyof KartaFilters, value: string): void {
    if (key === 'organisationKinds')
      this.setFilters({ organisationKinds: value ? [value as OrganisationKind] : undefined });
    else if (key === 'relationKinds')
      this.setFilters({ relationKinds: value ? [value as RelationKind] : undefined });
    else this.setFilters({ [key]: value || undefined });
  }

  private _onFocusToggle(on: boolean): void {
    if (!on && this.focusDepth > 0) this._lastDepth = this.focusDepth;
    this.focusDepth = on ? this._lastDepth || 1 : 0;
  }

  private _closeDetails(): void {
    this._detailsOpen = false;
    this._pendingFocus = this.currentView === 'lista' ? 'tree' : 'graph';
  }

  // ── rendering ──────────────────────────────────────────────────────────

  override render(): TemplateResult {
    const state = this._state;
    const busy = state.status === 'loading' || this._cyStatus === 'loading';
    return html`<div class="base" part="base" aria-busy=${busy ? 'true' : 'false'}>
      ${state.status === 'ready' ? this._renderControls(state.dataset) : nothing}
      <p class="status" part="status" role="status">${this._statusText()}</p>
      ${this._renderMain()}
    </div>`;
  }

  private _statusText(): string {
    const s = this._state.status;
    if (s === 'loading') return this._t('loading');
    if (s === 'ready' && this._cyStatus === 'loading' && this.currentView !== 'lista')
      return this._t('drawing');
    return this._status;
  }

  private _renderMain(): TemplateResult | typeof nothing {
    const state = this._state;
    if (state.status === 'error') {
      // The reason in plain words first; the details (path, source) are for the webmaster.
      const problems = state.problems?.filter((p) => p.severity === 'error') ?? [];
      return html`<div class="notice" part="notice" role="alert">
        <p>${this._t('error')}</p>
        ${problems[0] ? html`<p>${problems[0].message[this._lang]}</p>` : nothing}
        <button type="button" part="button" @click=${() => this.reload()}>${this._t('retry')}</button>
        ${
          problems.length
            ? html`<details>
                <summary>${this._t('errorDetails')}</summary>
                <ul>
                  ${problems.map((p) => html`<li>${formatProblem(p, this._lang)}</li>`)}
                </ul>
              </details>`
            : nothing
        }
      </div>`;
    }
    if (state.status !== 'ready' || !this._graph) return nothing;
    const graph = this._graph;
    const view = this.currentView;
    const partial = this._renderPartial(state.result);
    if (graph.nodes.length === 0) {
      const filtered = Object.keys(this.filters).length > 0;
      return html`${partial}<div class="notice" part="notice">
          <p>${this._t('empty')}</p>
          ${filtered ? html`<button type="button" part="button" @click=${this._clearFilters}>${this._t('clearFilters')}</button>` : nothing}
        </div>`;
    }
    const showFigure = view !== 'lista' || this._cy !== undefined;
    return html`${partial}
      <div class="body" part="body">
        <div class="main">
          ${showFigure ? this._renderFigure(graph, view === 'lista') : nothing}
          ${view === 'lista' ? this._renderTree(graph) : nothing}
        </div>
        ${this._renderDetailsPanel()}
      </div>
      ${renderLegend((k) => this._t(k), view !== 'lista')}`;
  }

  private _clearFilters = (): void => {
    this.association = '';
    this._filters = {};
  };

  private _renderPartial(result: LoadResult | undefined): TemplateResult | typeof nothing {
    const count = (result?.errors ?? 0) + (result?.warnings ?? 0);
    if (!result || count === 0) return nothing;
    return html`<div class="notice" part="notice">
      <p>${this._t('partial', { count })}</p>
      ${
        this.debug
          ? html`<details class="problems">
            <summary>${this._t('problems')}</summary>
            <ul>${result.problems.map((p) => html`<li>${formatProblem(p, this._lang)}</li>`)}</ul>
          </details>`
          : nothing
      }
    </div>`;
  }

  private _renderControls(d: Dataset): TemplateResult {
    const t = (k: string) => this._t(k);
    const view = this.currentView;
    const lang = this._lang;
    const graphView = view !== 'lista';
    const codes = new Set<string>();
    for (const r of [...d.organisations, ...d.services]) for (const c of r.municipalities ?? []) codes.add(c);
    const munis = [...codes]
      .map((code) => ({ code, name: municipalityByCode(code)?.name ?? code }))
      .sort((a, b) => compareSv(a.name, b.name));
    const usedGroups = new Set(d.services.flatMap((s) => s.targetGroups ?? []));
    const groups = d.terms('targetGroup').filter((term) => usedGroups.has(term.id));
    const f = this._filters;
    const option = (value: string, label: string, current: string | undefined) =>
      html`<option value=${value} ?selected=${value === (current ?? '')}>${label}</option>`;
    return html`<div class="controls" part="controls">
      <fieldset part="views">
        <legend>${t('views')}</legend>
        ${KARTA_VIEWS.map(
          (
            v,
          ) => html`<button type="button" part="button" aria-pressed=${view === v ? 'true' : 'false'} @click=${() => this._setView(v)}>
            ${t(`view_${v}`)}
          </button>`,
        )}
      </fieldset>
      <form part="search" role="search" aria-label=${t('search')} @submit=${this._onSearch}>
        <label>${t('search')}<input id="karta-q" type="search" list="karta-names" autocomplete="off" /></label>
        <datalist id="karta-names">${this._graph?.nodes.map((n) => html`<option value=${n.label}></option>`)}</datalist>
        <button type="submit" part="button">${t('find')}</button>
      </form>
      <details class="filters" part="filters">
        <summary>${t('filters')}</summary>
        <div class="filter-grid">
          <label>${t('filterAssociation')}
            <select data-filter="association" @change=${(e: Event) => this._onFilter('association', (e.target as HTMLSelectElement).value)}>
              ${option('', t('all'), this.association)}
              ${d.associations().map((a) => option(a.id, d.label(a.id, lang), this.association))}
            </select></label>
          <label>${t('filterKind')}
            <select data-filter="organisationKinds" @change=${(e: Event) => this._onFilter('organisationKinds', (e.target as HTMLSelectElement).value)}>
              ${option('', t('all'), f.organisationKinds?.[0])}
              ${ORGANISATION_KINDS.map((k) => option(k, t(`kind_${k}`), f.organisationKinds?.length === 1 ? f.organisationKinds[0] : ''))}
            </select></label>
          <label>${t('filterRelation')}
            <select data-filter="relationKinds" @change=${(e: Event) => this._onFilter('relationKinds', (e.target as HTMLSelectElement).value)}>
              ${option('', t('all'), f.relationKinds?.[0])}
              ${RELATION_KINDS.map((k) => option(k, t(`rel_${k}`), f.relationKinds?.length === 1 ? f.relationKinds[0] : ''))}
            </select></label>
          <label>${t('filterMunicipality')}
            <select data-filter="municipality" @change=${(e: Event) => this._onFilter('municipality', (e.target as HTMLSelectElement).value)}>
              ${option('', t('all'), f.municipality)}
              ${munis.map((m) => option(m.code, m.name, f.municipality))}
            </select></label>
          <label>${t('filterTargetGroup')}
            <select data-filter="targetGroup" @change=${(e: Event) => this._onFilter('targetGroup', (e.target as HTMLSelectElement).value)}>
              ${option('', t('all'), f.targetGroup)}
              ${groups.map((g) => option(g.id, d.label(g.id, lang), f.targetGroup))}
            </select></label>
          <button type="button" part="button" @click=${this._clearFilters}>${t('clearFilters')}</button>
        </div>
      </details>
      <fieldset class="focus">
        <legend class="visually-hidden">${t('focus')}</legend>
        <label class="inline"><input type="checkbox" data-focus ?checked=${this.focusDepth > 0}
          @change=${(e: Event) => this._onFocusToggle((e.target as HTMLInputElement).checked)} />${t('focus')}</label>
        <label class="inline">${t('focusDepth')}
          <select data-depth ?disabled=${this.focusDepth === 0}
            @change=${(e: Event) => {
              this.focusDepth = Number((e.target as HTMLSelectElement).value);
            }}>
            ${[1, 2, 3, 4].map((n) => html`<option value=${n} ?selected=${n === (this.focusDepth || this._lastDepth)}>${n}</option>`)}
          </select></label>
      </fieldset>
      ${
        graphView
          ? html`<div class="zoom">
            <button type="button" part="button" data-zoom="in" @click=${() => this.zoomIn()}>${t('zoomIn')}</button>
            <button type="button" part="button" data-zoom="out" @click=${() => this.zoomOut()}>${t('zoomOut')}</button>
            <button type="button" part="button" data-zoom="fit" @click=${() => this.fit()}>${t('fit')}</button>
            <button type="button" part="button" data-export @click=${() => void this.exportPng()}>${t('exportPng')}</button>
            <button type="button" part="button" data-print @click=${() => window.print()}>${t('print')}</button>
          </div>`
          : nothing
      }
    </div>`;
  }

  private _summary(graph: Graph): string {
    const orgs = graph.nodes.filter((n) => n.record === 'organisation').length;
    const base = this._t('summary', { orgs, services: graph.nodes.length - orgs, edges: graph.edges.length });
    if (!this.selected || this.focusDepth === 0 || !this.loaded?.get(this.selected)) return base;
    const count = neighbourhood(graph, this.selected, this.focusDepth).size;
    return `${base} ${this._t('focusSummary', { name: this.loaded.label(this.selected, this._lang), count, depth: this.focusDepth })}`;
  }

  private _renderFigure(graph: Graph, hidden: boolean): TemplateResult {
    return html`<figure part="graph" ?hidden=${hidden} tabindex=${hidden ? '-1' : '0'} aria-labelledby="karta-caption"
      aria-describedby="karta-help" @keydown=${this._onGraphKey}>
      <div class="cy" part="canvas" aria-hidden="true"></div>
      ${
        this._cyStatus === 'error'
          ? html`<div class="cy-overlay"><p>${this._t('graphError')}</p></div>`
          : this._cyStatus === 'loading'
            ? html`<div class="cy-overlay"><p>${this._t('drawing')}</p></div>`
            : nothing
      }
      <figcaption>
        <span id="karta-caption">${this._t('label')}. ${this._summary(graph)}</span>
        <span id="karta-help" class="visually-hidden">${this._t('graphHelp')}</span>
      </figcaption>
    </figure>`;
  }

  /**
   * A flat treeview (aria-level, aria-posinset, aria-setsize on each item, as ARIA allows): every
   * item's name is just its own text, and only the visible rows are in the DOM.
   */
  private _renderTree(graph: Graph): TemplateResult {
    const d = this.loaded!;
    const lang = this._lang;
    const rows = visibleRows(graph.tree, this._expanded);
    const focusId = this._currentTreeFocus(rows.map((r) => r.id));
    return html`<ul role="tree" part="tree" aria-label=${this._t('tree')} @keydown=${this._onTreeKey} @click=${this._onTreeClick}>
      ${repeat(
        rows,
        (r) => r.id,
        (r) => {
          const record = d.get(r.id);
          const type: GraphNodeType =
            record && d.isService(record)
              ? 'service'
              : ((record as Organisation | undefined)?.kind ?? 'other');
          const open = this._expanded.has(r.id);
          return html`<li role="treeitem" id=${`ti-${r.id}`} data-id=${r.id} aria-level=${r.level} aria-posinset=${r.posinset}
            aria-setsize=${r.setsize} aria-selected=${this.selected === r.id ? 'true' : 'false'}
            aria-expanded=${r.hasChildren ? (open ? 'true' : 'false') : nothing} tabindex=${r.id === focusId ? '0' : '-1'}>
            <span class="row"><span class="twisty" aria-hidden="true">${r.hasChildren ? (open ? '▾' : '▸') : ''}</span>${shapeSwatch(type)}<span>${d.label(r.id, lang)}<span class="kind">, ${this._t(`kind_${type}`)}</span></span></span>
          </li>`;
        },
      )}
    </ul>`;
  }

  private _renderDetailsPanel(): TemplateResult {
    const d = this.loaded!;
    const id = this.selected;
    const show = this._detailsOpen && id && d.get(id);
    return html`<aside part="details" aria-label=${this._t('details')} @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        this._closeDetails();
      }
    }}>
      ${
        show
          ? renderDetails(
              {
                dataset: d,
                lang: this._lang,
                t: (k, p) => this._t(k, p),
                select: (other) => this._select(other, 'details'),
                openService: (sid) => this._openService(sid),
                close: () => this._closeDetails(),
              },
              id,
            )
          : html`<p>${this._t('noSelection')}</p>`
      }
    </aside>`;
  }
}

/** No animation under prefers-reduced-motion, nor in a hidden tab (it would never advance). */
function reducedMotion(): boolean {
  return (
    document.hidden ||
    (typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches)
  );
}

/** After the next frame, or after 50 ms in a background tab (which gets no animation frames). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, 50);
  });
}

aliasDatasetToData(SamordningKarta);

declare global {
  interface HTMLElementTagNameMap {
    'samordning-karta': SamordningKarta;
  }
  interface HTMLElementEventMap {
    'samordning-karta-select': CustomEvent<KartaSelectDetail>;
    'samordning-karta-open-service': CustomEvent<KartaOpenServiceDetail>;
    'samordning-karta-load': CustomEvent<KartaLoadDetail>;
    'samordning-karta-render': CustomEvent<KartaRenderDetail>;
  }
}
