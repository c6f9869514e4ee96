import {
  associationGroups,
  type Dataset,
  type Graph,
  type GraphFilters,
  type GraphNode,
  type GraphView,
  type Lang,
  scopedForFilters,
} from '@samordningskartan/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { mapGraph } from './map-graph.js';
import type { KartaT } from './messages.js';

/** Model area one node takes in the flat lane layout (a labelled cell with its channels). */
const CELL_AREA = 192 * 84;
/** The canvas height when the map has not been measured (the `--samordning-karta-height` default). */
const CANVAS_HEIGHT = 560;

/** The `expanded` attribute: a space-separated list of ids. */
export const IDS = {
  fromAttribute: (v: string | null): string[] => (v ?? '').split(/\s+/).filter(Boolean),
  toAttribute: (v: readonly string[]): string | null => (v.length ? v.join(' ') : null),
};

/** What the grouping reads from its element. */
export type GroupHost = ReactiveControllerHost &
  HTMLElement & {
    grouping: string;
    expanded: string[];
    targetGroups: boolean;
    selected: string;
    readonly filters: GraphFilters;
  };

/** The graph shown now, and the data within the map's area (förbund, kommun) for the details. */
export interface MapGraph {
  graph: Graph;
  /** The data within the map's scope, whether a scope narrowed it, and the ids on the map now. */
  scoped: { dataset: Dataset; narrowed: boolean; inMap: Set<string> };
  /** A new dataset (the list view opens afresh) rather than a new view of the same. */
  fresh: boolean;
}

/**
 * The national map: decides whether the map opens grouped (one node per förbund, `groupGraph`),
 * builds the graph shown, and opens and collapses förbund (`expanded`), saying what is shown.
 */
export class GroupController implements ReactiveController {
  private _key = '';
  private _data: Dataset | undefined;
  private _current: MapGraph | undefined;
  private _area:
    | { d: Dataset; key: string; associations: number; organisations: number; services: number }
    | undefined;
  /** The selection last looked at (a förbund opens for a new one only). */
  private _seen = '';

  constructor(
    private readonly host: GroupHost,
    private readonly options: {
      t: () => KartaT;
      /** Adds to the status line (a live region). */
      say: (text: string) => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to set up: the graph is built when the element asks (`graphFor`).
  }

  /**
   * Whether the map is grouped: never with `grouping="off"`; with "auto" when the area holds more
   * than one förbund and the flat map would not fit the canvas with its labels at 12 CSS px.
   */
  grouped(d: Dataset, view: GraphView, width: number): boolean {
    if (this.host.grouping === 'off') return false;
    const { association, municipality, scope } = this.host.filters;
    if (association !== undefined) return false;
    // Asked on every update: the area's size is worked out once per dataset and area.
    const key = JSON.stringify([municipality, scope]);
    if (this._area?.d !== d || this._area.key !== key) {
      const area = municipality !== undefined || scope ? scopedForFilters(d, { municipality, scope }) : d;
      this._area = {
        d,
        key,
        associations: area.associations().length,
        organisations: area.organisations.length,
        services: area.services.length,
      };
    }
    const a = this._area;
    if (a.associations < 2) return false;
    const nodes = a.organisations + (view === 'organisation' ? a.services : 0);
    return nodes * CELL_AREA > Math.max(width, 320) * CANVAS_HEIGHT;
  }

  /** The graph for the element's state, built again only when data, view, filters, layers or grouping changed. */
  graphFor(d: Dataset, view: GraphView, lang: Lang, width: number): MapGraph {
    const filters = this.host.filters;
    const grouped = this.grouped(d, view, width);
    if (grouped) this._openForSelection(d, filters, lang);
    const expanded = grouped ? [...this.host.expanded].sort() : [];
    const { targetGroups } = this.host;
    const key = JSON.stringify([view, filters, lang, grouped, expanded, targetGroups]);
    if (this._current && key === this._key && this._data === d) return { ...this._current, fresh: false };
    const fresh = this._data !== d;
    this._key = key;
    this._data = d;
    const graph = mapGraph(d, {
      view,
      filters,
      lang,
      targetGroups,
      expanded: grouped ? expanded : undefined,
    });
    const { association, municipality } = filters;
    const narrowed = association !== undefined || municipality !== undefined;
    this._current = {
      graph,
      scoped: {
        dataset: narrowed ? scopedForFilters(d, { association, municipality }) : d,
        narrowed,
        inMap: new Set(graph.nodes.map((n) => n.id)),
      },
      fresh,
    };
    return this._current;
  }

  /**
   * A record selected from outside (search, API, link) that a collapsed förbund hides: that förbund
   * opens (the first in map order whose scope holds it), so the selection is on the map.
   */
  private _openForSelection(d: Dataset, filters: GraphFilters, lang: Lang): void {
    const id = this.host.selected;
    if (!id || id === this._seen) return;
    this._seen = id;
    if (this._current?.scoped.inMap.has(id) || d.organisation(id)?.kind === 'coordinationAssociation') return;
    const group = associationGroups(d, filters, lang).find((g) => g.has(id));
    if (!group || this.host.expanded.includes(group.id)) return;
    this.host.expanded = [...this.host.expanded, group.id];
    const t = this.options.t();
    this.options.say(t('groupExpanded', { name: group.label, ...group.counts }));
  }

  /** Whether `id` is a förbund of the grouped map (collapsed or open). */
  isGroup(id: string): boolean {
    return this._current?.graph.groups?.some((g) => g.id === id) ?? false;
  }

  /** Whether `id` is a förbund of the grouped map shown with its whole scope. */
  isOpen(id: string): boolean {
    return this._current?.graph.groups?.some((g) => g.id === id && g.expanded) ?? false;
  }

  /**
   * Opens (`open` true) or collapses a förbund of the grouped map (toggles without `open`) and says
   * what is shown now. False when `id` is no förbund of the map or already so.
   */
  toggle(id: string, open = !this.isOpen(id)): boolean {
    const group = this._current?.graph.groups?.find((g) => g.id === id);
    if (!group || group.expanded === open) return false;
    const next = new Set(this.host.expanded);
    if (open) next.add(id);
    else next.delete(id);
    this.host.expanded = [...next];
    const t = this.options.t();
    const groups = this._current!.graph.groups!;
    const opened = groups.filter((g) => (g.id === id ? open : g.expanded)).length;
    const what = open
      ? t('groupExpanded', { name: group.label, ...group.counts })
      : t('groupCollapsed', { name: group.label });
    this.options.say(`${what} ${t('groupShown', { collapsed: groups.length - opened, expanded: opened })}`);
    return true;
  }

  /** The map figure's keys: Enter opens the selected förbund, Space opens or collapses it; else `keys`. */
  onKey(keys: (e: KeyboardEvent) => void): (e: KeyboardEvent) => void {
    return (e) => {
      const id = this.host.selected;
      if (e.target === e.currentTarget && id && this.isGroup(id)) {
        const done = (e.key === 'Enter' && this.toggle(id, true)) || (e.key === ' ' && this.toggle(id));
        if (done) return e.preventDefault();
      }
      keys(e);
    };
  }

  /** A förbund's numbers as text (members, units, insatser); undefined for anything else. */
  countsText(id: string): string | undefined {
    const group = this._current?.graph.groups?.find((g) => g.id === id);
    return group && this.options.t()('groupCounts', { ...group.counts });
  }

  /** A node's label on the canvas: a collapsed förbund's carries its counts on a second line. */
  nodeLabel(t: KartaT): (node: GraphNode) => string {
    return (n) => (n.counts ? `${n.label}\n${t('groupCounts', { ...n.counts })}` : n.label);
  }
}
