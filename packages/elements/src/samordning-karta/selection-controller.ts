import type { Dataset, Graph } from '@samordningskartan/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SkElement } from '../shared/base-element.js';
import { connectedSearch } from '../shared/connect.js';
import type { LocalizeController } from '../shared/localize-controller.js';
import type { GraphCanvasController } from './graph-canvas.js';
import type { KartaKey } from './messages.js';
import { findNode } from './render-controls.js';
import { typeLabel } from './render-legend.js';
import type { TreeController } from './tree-controller.js';
import type { KartaView } from './types.js';

/** Where a selection came from: it decides where focus goes and whether the canvas centres. */
export type SelectFrom = 'api' | 'graph' | 'tree' | 'details' | 'search';

/** What the selection reads from and writes to its element. */
export type SelectionHost = ReactiveControllerHost &
  Pick<SkElement, 'emit' | 'renderRoot'> &
  HTMLElement & {
    selected: string;
    for: string;
    readonly loaded: Dataset | undefined;
    readonly currentView: KartaView;
  };

export interface SelectionParts {
  l: LocalizeController<KartaKey>;
  tree: TreeController;
  canvas: GraphCanvasController;
  /** The graph shown now. */
  graph: () => Graph | undefined;
}

/**
 * The one selection of the map, shared by the canvas, the list view, the details panel and the
 * search box: selecting moves focus where the user expects it, announces the record in the status
 * line, opens its details, fires `samordning-karta-select` and filters a connected `<insats-sok>`.
 */
export class SelectionController implements ReactiveController {
  /** Whether the details panel shows the selected record (Escape closes it). */
  detailsOpen = true;
  /** The status line: the last announcement (selection, search result). */
  status = '';
  private _focus: 'details' | 'graph' | undefined;

  constructor(
    private readonly host: SelectionHost,
    private readonly parts: SelectionParts,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const pending = this._focus;
    this._focus = undefined;
    if (pending === 'details') this.host.renderRoot.querySelector<HTMLElement>('#details-title')?.focus();
    else if (pending === 'graph') this.host.renderRoot.querySelector<HTMLElement>('figure')?.focus();
  }

  select(id: string, from: SelectFrom): void {
    const { host, parts } = this;
    const d = host.loaded;
    const record = d?.get(id);
    if (!d || !record) {
      this._point(id, from);
      return;
    }
    host.selected = id;
    this.detailsOpen = true;
    parts.tree.reveal(id);
    const kind = d.isService(record) ? 'service' : 'organisation';
    host.emit('samordning-karta-select', { id, kind });
    if (kind === 'organisation') connectedSearch(host, host.for)?.setFilters({ organisation: id });
    // After a jump from the details panel, its new title is read out; after a search, the found item.
    const list = host.currentView === 'lista';
    if (from === 'details' || (from === 'search' && !list)) this._focus = 'details';
    else if (from === 'search') parts.tree.focusAfterUpdate();
    if (from !== 'graph' && !list) parts.canvas.centreOn(id);
    const type = d.isService(record) ? 'service' : record.kind;
    const count = parts.graph()?.edges.filter((e) => e.source === id || e.target === id).length ?? 0;
    const { t, lang } = parts.l;
    this.status = t('announce', { name: d.label(id, lang), kind: typeLabel(t, type), count });
    host.requestUpdate();
  }

  /**
   * A node that is no record (a target group of the layer): nothing to select or detail, but it is
   * centred on the map and said in the status line, with its number of lines.
   */
  private _point(id: string, from: SelectFrom): void {
    const node = this.parts.graph()?.nodes.find((n) => n.id === id);
    if (!node) return;
    if (from !== 'graph' && this.host.currentView !== 'lista') this.parts.canvas.centreOn(id);
    const count = this.parts.graph()!.edges.filter((e) => e.source === id || e.target === id).length;
    const { t } = this.parts.l;
    this.status = t('announce', { name: node.label, kind: typeLabel(t, node.type), count });
    this.host.requestUpdate();
  }

  openService(id: string): void {
    this.host.emit('samordning-karta-open-service', { id });
    connectedSearch(this.host, this.host.for)?.openService(id);
  }

  /** Selects the record a search text names, and says what was found (or that nothing was). */
  search(text: string): void {
    const d = this.host.loaded;
    const graph = this.parts.graph();
    if (!d || !graph || !text) return;
    const hit = findNode(graph, text);
    const { t } = this.parts.l;
    if (hit) this.select(hit, 'search');
    // By the node's name: a target group of the layer is no record.
    const name = graph.nodes.find((n) => n.id === hit)?.label ?? '';
    this.status = hit ? `${t('found', { name })} ${this.status}` : t('noMatch', { q: text });
    this.host.requestUpdate();
  }

  closeDetails(): void {
    this.detailsOpen = false;
    if (this.host.currentView === 'lista') this.parts.tree.focusAfterUpdate();
    else this._focus = 'graph';
    this.host.requestUpdate();
  }

  /** Keys on the map figure: Enter opens the details, Escape closes them, the rest is the canvas's. */
  onGraphKey = (e: KeyboardEvent): void => {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter' && this.host.selected) {
      this.detailsOpen = true;
      this._focus = 'details';
      this.host.requestUpdate();
    } else if (e.key === 'Escape') {
      this.detailsOpen = false;
      this.host.requestUpdate();
    } else {
      const action = this.parts.canvas.keyAction(e.key, this.host.selected);
      if (!action) return;
      if (action.select) this.select(action.select, 'graph');
    }
    e.preventDefault();
  };
}
