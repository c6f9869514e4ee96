import { collaboratorsOf, type Dataset, type Graph, type GraphFilters } from '@samordningskartan/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SkElement } from '../shared/base-element.js';
import { DataController } from '../shared/data-controller.js';
import { downloadBlob } from '../shared/download.js';
import { renderDataNotice, renderErrorView, renderLoadingView } from '../shared/error-view.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { linkedRecord, mergeFilters } from './filters.js';
import { GraphCanvasController } from './graph-canvas.js';
import { GroupController, IDS } from './group-controller.js';
import { KARTA_MESSAGES, type KartaKey } from './messages.js';
import { renderControls } from './render-controls.js';
import { renderDetailsPanel } from './render-details.js';
import { focusAnnouncement, renderFigure } from './render-figure.js';
import { renderLayers } from './render-layers.js';
import { renderLegend } from './render-legend.js';
import { renderEmpty } from './render-notices.js';
import { kartaStyles } from './samordning-karta.styles.js';
import { SelectionController } from './selection-controller.js';
import { TreeController } from './tree-controller.js';
import {
  KARTA_VIEWS,
  type KartaFilters,
  type KartaLoadDetail,
  type KartaOpenServiceDetail,
  type KartaRenderDetail,
  type KartaSelectDetail,
  type KartaView,
  type MapLayout,
} from './types.js';
import { WidthController } from './width-controller.js';

/** Above this many records, or below this container width (px), the list view is chosen automatically. */
const LIST_VIEW_ABOVE = 2000;
const NARROW_BELOW = 600;

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
 * @csspart layers - The layer switches (target groups).
 * @csspart status - The status line (loading, search results, keyboard announcements).
 * @csspart notice - Notices: partly invalid data, empty result.
 * @csspart body - The map or list beside the details panel.
 * @csspart graph - The figure holding the map canvas and its text summary.
 * @csspart canvas - The Cytoscape container.
 * @csspart tree - The list view's tree.
 * @csspart details - The details panel.
 * @csspart legend - The legend.
 * @csspart button - Every button.
 * @csspart loading - The loading view.
 * @csspart error - The error view; `retry` its "Försök igen" button (only for errors a retry can fix).
 *
 * @cssproperty --sk-color-accent - Accent: pressed buttons, selected tree item, links (shared by all elements; see docs/theming.md for every `--sk-*` token).
 * @cssproperty --sk-color-text - Text colour, also labels and outlines on the canvas.
 * @cssproperty --sk-color-background - Background.
 * @cssproperty --sk-font-family - Font family, also on the canvas (default: the page's font).
 * @cssproperty --sk-node-<type> - Fill per node type on the canvas and in the legend (coordinationAssociation, socialInsuranceAgency, employmentService, region, municipality, civilSociety, employer, other, service, targetGroup).
 * @cssproperty --sk-edge-<kind> - Line colour per edge kind (memberOf, funds, delivers, collaboratesWith, steeringGroupOf, refersTo, agreementWith, sharedService, servesTargetGroup).
 * @cssproperty --samordning-karta-selected - Outline of the selected node on the canvas (default: the text colour).
 * @cssproperty --samordning-karta-height - Height of the map and the tree.
 *
 * @fires samordning-karta-select - A record was selected. `detail: { id, kind: 'organisation' | 'service' }`.
 * @fires samordning-karta-open-service - "Open in search" was chosen for an insats. `detail: { id }`.
 * @fires samordning-karta-load - Data was loaded. `detail: { organisations, services, problems }`.
 * @fires samordning-karta-render - The map was drawn and laid out. `detail: { view, nodes, edges, ms }`.
 */
export class SamordningKarta extends SkElement {
  static override styles = [tokens, sharedStyles, kartaStyles];

  static override properties = {
    ...SkElement.properties,
    view: { type: String, reflect: true },
    association: { type: String, reflect: true },
    selected: { type: String, reflect: true },
    focusDepth: { type: Number, reflect: true, attribute: 'focus-depth' },
    for: { type: String, reflect: true },
    syncUrl: { type: Boolean, reflect: true, attribute: 'sync-url' },
    grouping: { type: String, reflect: true },
    expanded: { reflect: true, converter: IDS },
    targetGroups: { type: Boolean, reflect: true, attribute: 'target-groups' },
    _filters: { state: true },
  };

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
  /** Restores the selection from `?insats=`, else `?organisation=` (as `<insats-sok sync-url>` writes them). */
  declare syncUrl: boolean;
  /**
   * National scale: "auto" (default) opens a map of several förbund as one node per förbund, with
   * its numbers of members, units and insatser, when the flat map would not fit with labels at 12 CSS
   * px (the list view follows); "off" always draws every record.
   */
  declare grouping: 'auto' | 'off';
  /**
   * The förbund of a grouped map shown with their whole scope (ids; the attribute is a
   * space-separated list). Clicking a förbund or Enter on the selected one opens it, Space toggles.
   */
  declare expanded: string[];
  /** The "för vem" layer: target groups and the insatser that name them (organisation view and list). */
  declare targetGroups: boolean;
  /** Overrides for UI strings, by key (see messages.ts; the shared labels and status texts too). */
  declare strings: Partial<Record<KartaKey, string>> | undefined;

  declare private _filters: GraphFilters;
  private _graph: Graph | undefined;
  /** The data within the map's scope (förbund, kommun), and the ids on the map now. */
  private _scoped: { dataset: Dataset; narrowed: boolean; inMap: Set<string> } | undefined;

  private readonly _data = new DataController(this, {
    onSettled: (state) => {
      if (state.status !== 'ready') return;
      const linked = this.syncUrl ? linkedRecord(state.dataset, location.search) : undefined;
      if (linked) this._selection.select(linked, 'api');
      this.emit('samordning-karta-load', {
        organisations: state.dataset.organisations.length,
        services: state.dataset.services.length,
        problems: (state.result?.errors ?? 0) + (state.result?.warnings ?? 0),
      });
    },
  });
  private readonly _l = new LocalizeController(this, KARTA_MESSAGES, () => this.loaded?.meta.language);
  private readonly _tree = new TreeController(this);
  private readonly _width = new WidthController(this, () => this._canvas.resize());
  private readonly _canvas = new GraphCanvasController(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.cy'),
    onTap: (id) => {
      this._selection.select(id, 'graph');
      this._groups.toggle(id, true);
    },
    onRender: ({ view, nodes, edges }, ms) =>
      this.emit('samordning-karta-render', { view, nodes: nodes.length, edges: edges.length, ms }),
  });
  private readonly _groups = new GroupController(this, {
    t: () => this._l.t,
    say: (text) => {
      this._selection.status = `${this._selection.status} ${text}`.trim();
    },
  });
  private readonly _selection = new SelectionController(this, {
    l: this._l,
    tree: this._tree,
    canvas: this._canvas,
    graph: () => this._graph,
  });

  constructor() {
    super();
    this.view = '';
    this.association = '';
    this.selected = '';
    this.focusDepth = 0;
    this.for = '';
    this.syncUrl = false;
    this.grouping = 'auto';
    this.expanded = [];
    this.targetGroups = false;
    this.strings = undefined;
    this._filters = {};
  }

  /** The dataset in use, once loaded and validated. */
  get loaded(): Dataset | undefined {
    return this._data.dataset;
  }

  /** The view shown now: the `view` attribute, or the automatic choice. */
  get currentView(): KartaView {
    if ((KARTA_VIEWS as readonly string[]).includes(this.view)) return this.view as KartaView;
    const d = this.loaded;
    const big = d ? d.organisations.length + d.services.length > LIST_VIEW_ABOVE : false;
    return big || (this._width.width > 0 && this._width.width < NARROW_BELOW) ? 'lista' : 'organisation';
  }

  /**
   * What the canvas shows now, in model coordinates: zoom and pan, every node's centre, size, label
   * box and label size, every edge's drawn route. Undefined until the map is drawn, and in the list
   * view. A fresh copy on every read; changing it changes nothing.
   */
  get layout(): MapLayout | undefined {
    return this.currentView === 'lista' ? undefined : this._canvas.snapshot();
  }

  /**
   * Selects a record (shared by the map and the list), opens its details, fires
   * `samordning-karta-select` and filters the linked `<insats-sok>` by an organisation.
   */
  select(id: string): void {
    this._selection.select(id, 'api');
  }

  /** Narrows what the map shows; keys set to `undefined` are cleared, absent keys are kept. */
  setFilters(filters: KartaFilters): void {
    if ('association' in filters) this.association = filters.association ?? '';
    this._filters = mergeFilters(this._filters, filters);
  }

  /** The filters in effect. */
  get filters(): KartaFilters {
    return { ...this._filters, ...(this.association && { association: this.association }) };
  }

  zoomIn(): void {
    this._canvas.zoomBy(1.25);
  }
  zoomOut(): void {
    this._canvas.zoomBy(0.8);
  }
  /** Fits the whole map in view. */
  fit(): void {
    this._canvas.fit();
  }

  /**
   * The current picture of the map as a PNG. Offers it as a download unless `download` is false.
   * Resolves undefined when the map is not drawn (list view).
   */
  async exportPng(options: { download?: boolean } = {}): Promise<Blob | undefined> {
    if (this.currentView === 'lista') return undefined;
    const bg = getComputedStyle(this).getPropertyValue('--samordning-karta-background').trim() || '#ffffff';
    const blob = await this._canvas.png(bg);
    if (blob && options.download !== false) downloadBlob(blob, this._l.t('pngName'), this.renderRoot);
    return blob;
  }

  /** Loads the data again from `data` or `src` (what the retry button does); resolves when settled. */
  reload(): Promise<void> {
    return this._data.reload();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: draw again (the map was destroyed on disconnect).
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._rebuildIfNeeded();
    if (changed.has('selected') && this.selected) this._tree.reveal(this.selected);
    // Focus mode changed, or moved with the selection: say what is shown now.
    const focusSet = changed.has('focusDepth') && changed.get('focusDepth') !== undefined;
    if (this._graph && (focusSet || (changed.has('selected') && this.focusDepth > 0))) {
      const { selected, focusDepth, _selectedName: selectedName, _graph: graph } = this;
      const text = focusAnnouncement({ graph, t: this._l.t, selected, selectedName, focusDepth });
      this._selection.status = focusSet ? text : `${this._selection.status} ${text}`.trim();
    }
  }

  private get _selectedName(): string | undefined {
    const d = this.loaded;
    return this.selected && d?.get(this.selected) ? d.label(this.selected, this._l.lang) : undefined;
  }

  protected override updated(): void {
    const graph = this._graph;
    const draw = this.currentView !== 'lista' && this.loaded && graph;
    this._canvas.sync(
      draw
        ? {
            graph,
            selected: this.selected,
            focusDepth: this.focusDepth,
            layouts: this.loaded?.data.layouts,
            gapLabel: this._l.t('noCollaboration'),
            nodeLabel: this._groups.nodeLabel(this._l.t),
          }
        : undefined,
    );
  }

  private _rebuildIfNeeded(): void {
    const d = this.loaded;
    const view = this.currentView === 'samverkan' ? 'samverkan' : 'organisation';
    const built = d && this._groups.graphFor(d, view, this._l.lang, this._width.width);
    this._graph = built?.graph;
    if (!built) return;
    this._scoped = built.scoped;
    if (built.fresh) this._tree.reset(built.graph.tree);
    else this._tree.setTree(built.graph.tree);
  }

  private _clearFilters = (): void => {
    this.association = '';
    this._filters = {};
  };

  override render(): TemplateResult {
    const state = this._data.state;
    const { t, lang } = this._l;
    if (state.status === 'loading') return renderLoadingView(t('loading'), state.loaded, state.total);
    if (state.status === 'error') return renderErrorView(state.error, t, lang, () => void this.reload());
    if (state.status !== 'ready') return html``;
    const drawing = this._canvas.status === 'loading' && this.currentView !== 'lista';
    return html`<div class="base" part="base" aria-busy=${drawing ? 'true' : 'false'}>
      ${renderControls({
        host: this,
        dataset: state.dataset,
        municipalityNames: state.municipalities,
        graph: this._graph,
        lang,
        t,
        view: this.currentView,
        filters: this._filters,
        search: (text) => this._selection.search(text),
        clearFilters: this._clearFilters,
        layers: renderLayers(this, t),
      })}
      <p class="status" part="status" role="status">${drawing ? t('drawing') : this._selection.status}</p>
      ${renderDataNotice(this.debug, state.result, t, lang)}
      ${this._renderMain(state.dataset)}
    </div>`;
  }

  private _renderMain(dataset: Dataset): TemplateResult | typeof nothing {
    const graph = this._graph;
    const { t, lang } = this._l;
    if (!graph) return nothing;
    const list = this.currentView === 'lista';
    if (graph.nodes.length === 0)
      return renderEmpty(t, Object.keys(this.filters).length > 0, this._clearFilters);
    const selectedName = this._selectedName;
    const figure =
      !list || this._canvas.drawn
        ? renderFigure({
            graph,
            t,
            status: this._canvas.status,
            hidden: list,
            selected: this.selected,
            selectedName,
            focusDepth: this.focusDepth,
            labelOf: (id) => dataset.label(id, lang),
            onKey: this._groups.onKey(this._selection.onGraphKey),
          })
        : nothing;
    const tree = list
      ? this._tree.render({
          dataset,
          graph,
          lang,
          selected: this.selected,
          t,
          select: (id) => this._selection.select(id, 'tree'),
          groups: this._graph?.groups && this._groups,
        })
      : nothing;
    const scoped = this._scoped!;
    const details = {
      dataset: scoped.dataset,
      whole: dataset,
      scoped: scoped.narrowed,
      inMap: (id: string) => scoped.inMap.has(id),
      collaborators: (id: string) => collaboratorsOf(scoped.dataset, id, { lang }),
      lang,
      t,
      text: this._l.data.bind(this._l),
      select: (other: string) => this._selection.select(other, 'details'),
      openService: (sid: string) => this._selection.openService(sid),
      close: () => this._selection.closeDetails(),
    };
    return html`<div class="body" part="body">
        <div class="main">${figure}${tree}</div>
        ${renderDetailsPanel(details, this._selection.detailsOpen ? this.selected : undefined)}
      </div>
      ${renderLegend(t, !list)}`;
  }
}

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
