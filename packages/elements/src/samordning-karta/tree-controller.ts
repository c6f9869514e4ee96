import {
  type Dataset,
  type Graph,
  type GraphNodeType,
  type Lang,
  type Organisation,
  type TreeNode,
  targetGroupTerm,
} from '@samordningskartan/sdk';
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { KartaT } from './messages.js';
import { shapeSwatch, typeLabel } from './render-legend.js';
import { ancestorsInTree, type TreeAction, treeKeyAction, visibleRows } from './tree-model.js';

export interface TreeContext {
  dataset: Dataset;
  graph: Graph;
  lang: Lang;
  selected: string;
  t: KartaT;
  /** An item was chosen (Enter, Space, click). */
  select: (id: string) => void;
  /** A grouped map's förbund: open and collapsed there, not in the list's own state. */
  groups?: TreeGroups | undefined;
}

/** The förbund of a grouped map, as the list sees them. */
export interface TreeGroups {
  isGroup(id: string): boolean;
  isOpen(id: string): boolean;
  /** Opens (or collapses) a förbund; false when nothing changed. */
  toggle(id: string, open?: boolean): boolean;
  /** A förbund's numbers as text (members, units, insatser). */
  countsText(id: string): string | undefined;
}

/**
 * The list view: a WAI-ARIA APG treeview of förbund, members, units and insatser. Owns which items
 * are open and which one holds the roving tabindex; moves focus to it after a key or click.
 */
export class TreeController implements ReactiveController {
  private _expanded = new Set<string>();
  private _focus = '';
  private _focusAfterUpdate = false;
  private _tree: readonly TreeNode[] = [];
  private _ctx: TreeContext | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this._focusAfterUpdate) return;
    this._focusAfterUpdate = false;
    this.focus();
  }

  /** Opens the top of a new tree so the list shows förbund and their members at once. */
  reset(tree: readonly TreeNode[]): void {
    this._tree = tree;
    this._expanded = new Set(tree.filter((n) => n.children.length).map((n) => n.id));
    this.host.requestUpdate();
  }

  /** The tree changed with the same data (a filter): keeps what is open. */
  setTree(tree: readonly TreeNode[]): void {
    this._tree = tree;
  }

  /** Opens the tree down to a record and gives it the tabindex. */
  reveal(id: string): void {
    const path = ancestorsInTree(this._tree, id);
    if (!path) return;
    if (path.some((p) => !this._expanded.has(p))) this._expanded = new Set([...this._expanded, ...path]);
    this._focus = id;
    this.host.requestUpdate();
  }

  /** Moves focus to the item holding the tabindex (after the next update when asked from outside). */
  focus(): void {
    this.host.renderRoot.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')?.focus();
  }

  focusAfterUpdate(): void {
    this._focusAfterUpdate = true;
    this.host.requestUpdate();
  }

  /** What is open: the list's own state, but a grouped map's förbund as the map has them. */
  private _open(): Set<string> {
    const groups = this._ctx?.groups;
    if (!groups) return this._expanded;
    const open = new Set([...this._expanded].filter((id) => !groups.isGroup(id)));
    for (const t of this._tree) if (groups.isOpen(t.id)) open.add(t.id);
    return open;
  }

  /** Opens or closes an item; a grouped map's förbund through the map. */
  private _setOpen(id: string, open: boolean): void {
    if (this._ctx?.groups?.isGroup(id)) {
      this._ctx.groups.toggle(id, open);
      return;
    }
    const next = new Set(this._expanded);
    if (open) next.add(id);
    else next.delete(id);
    this._expanded = next;
  }

  private _current(visible: string[], selected: string): string {
    if (this._focus && visible.includes(this._focus)) return this._focus;
    if (selected && visible.includes(selected)) return selected;
    return visible[0] ?? '';
  }

  private _apply(action: TreeAction): void {
    switch (action.type) {
      case 'focus':
        this._focus = action.id;
        break;
      case 'expand':
        this._setOpen(action.id, true);
        break;
      case 'collapse':
        this._setOpen(action.id, false);
        if (action.focus) this._focus = action.focus;
        break;
      case 'expandSiblings':
        for (const id of action.ids) this._setOpen(id, true);
        break;
      case 'select':
        this._ctx?.select(action.id);
        // Enter or Space on a collapsed förbund of a grouped map opens it too.
        this._ctx?.groups?.toggle(action.id, true);
        break;
    }
    this.focusAfterUpdate();
  }

  private _onKey = (e: KeyboardEvent): void => {
    const ctx = this._ctx;
    if (!ctx || e.altKey || e.ctrlKey || e.metaKey) return;
    const open = this._open();
    const rows = visibleRows(ctx.graph.tree, open, (id) => ctx.groups?.isGroup(id) ?? false);
    const current = this._current(
      rows.map((r) => r.id),
      ctx.selected,
    );
    const action = treeKeyAction(e.key, current, rows, open, (id) => labelIn(ctx, id));
    if (!action) return;
    e.preventDefault();
    this._apply(action);
  };

  private _onClick = (e: MouseEvent): void => {
    const item = (e.target as Element).closest<HTMLElement>('[role="treeitem"]');
    const id = item?.dataset.id;
    if (!id) return;
    e.stopPropagation();
    if ((e.target as Element).closest('.twisty')) {
      this._setOpen(id, !this._open().has(id));
      this._focus = id;
    } else this._ctx?.select(id);
    this.focusAfterUpdate();
  };

  /**
   * A flat treeview (aria-level, aria-posinset, aria-setsize on each item, as ARIA allows): every
   * item's name is just its own text, and only the visible rows are in the DOM.
   */
  render(ctx: TreeContext): TemplateResult {
    this._ctx = ctx;
    this._tree = ctx.graph.tree;
    const { dataset: d, t } = ctx;
    const openIds = this._open();
    const rows = visibleRows(ctx.graph.tree, openIds, (id) => ctx.groups?.isGroup(id) ?? false);
    // The target-group layer: its nodes are not records, and the list says which insats serves whom.
    const groupsOf = new Map<string, string[]>();
    for (const e of ctx.graph.edges) {
      if (e.kind === 'servesTargetGroup')
        groupsOf.set(e.source, [...(groupsOf.get(e.source) ?? []), e.target]);
    }
    const focusId = this._current(
      rows.map((r) => r.id),
      ctx.selected,
    );
    return html`<ul role="tree" part="tree" aria-label=${ctx.t('tree')} @keydown=${this._onKey} @click=${this._onClick}>
      ${repeat(
        rows,
        (r) => r.id,
        (r) => {
          const record = d.get(r.id);
          const type: GraphNodeType =
            record && d.isService(record)
              ? 'service'
              : ((record as Organisation | undefined)?.kind ??
                (targetGroupTerm(r.id) ? 'targetGroup' : 'other'));
          const groups = groupsOf.get(r.id)?.map((g) => labelIn(ctx, g));
          const serves = groups
            ? html`<span class="kind">, ${t('servesGroups', { groups: groups.join(', ') })}</span>`
            : nothing;
          const open = openIds.has(r.id);
          const counts = ctx.groups?.isGroup(r.id) && !open ? ctx.groups.countsText(r.id) : undefined;
          return html`<li role="treeitem" id=${`ti-${r.id}`} data-id=${r.id} aria-level=${r.level} aria-posinset=${r.posinset}
            aria-setsize=${r.setsize} aria-selected=${ctx.selected === r.id ? 'true' : 'false'}
            aria-expanded=${r.hasChildren ? (open ? 'true' : 'false') : nothing} tabindex=${r.id === focusId ? '0' : '-1'}>
            <span class="row"><span class="twisty" aria-hidden="true">${r.hasChildren ? (open ? '▾' : '▸') : ''}</span>${shapeSwatch(type)}<span class="name">${labelIn(ctx, r.id)}<span class="kind">, ${typeLabel(t, type)}${counts ? `, ${counts}` : ''}</span>${serves}</span></span>
          </li>`;
        },
      )}
    </ul>`;
  }
}

/** A row's name: the record's, or a target group's term label (its node's label in the graph). */
function labelIn(ctx: TreeContext, id: string): string {
  const term = targetGroupTerm(id);
  return ctx.dataset.label(term ?? id, ctx.lang);
}
