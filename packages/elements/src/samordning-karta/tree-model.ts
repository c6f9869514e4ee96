import type { TreeNode } from '@samordningskartan/sdk';

/** A row of the list view's tree as it is shown: only items whose ancestors are all expanded. */
export interface TreeRow {
  id: string;
  level: number;
  parent: string | undefined;
  hasChildren: boolean;
  posinset: number;
  setsize: number;
}

/** The rows of a tree that are visible with `expanded` open, in order. */
export function visibleRows(
  tree: readonly TreeNode[],
  expanded: ReadonlySet<string>,
  /** Items that can open though they have no children yet (a grouped map's collapsed förbund). */
  expandable: (id: string) => boolean = () => false,
): TreeRow[] {
  const rows: TreeRow[] = [];
  const stack: Array<{
    node: TreeNode;
    level: number;
    parent: string | undefined;
    pos: number;
    size: number;
  }> = [];
  const pushAll = (nodes: readonly TreeNode[], level: number, parent: string | undefined) => {
    for (let i = nodes.length - 1; i >= 0; i--)
      stack.push({ node: nodes[i]!, level, parent, pos: i + 1, size: nodes.length });
  };
  pushAll(tree, 1, undefined);
  while (stack.length) {
    const { node, level, parent, pos, size } = stack.pop()!;
    rows.push({
      id: node.id,
      level,
      parent,
      hasChildren: node.children.length > 0 || expandable(node.id),
      posinset: pos,
      setsize: size,
    });
    if (node.children.length && expanded.has(node.id)) pushAll(node.children, level + 1, node.id);
  }
  return rows;
}

/** Ids from the root down to (not including) `id`; undefined when `id` is not in the tree. */
export function ancestorsInTree(tree: readonly TreeNode[], id: string): string[] | undefined {
  const stack: Array<{ node: TreeNode; path: string[] }> = tree.map((node) => ({ node, path: [] }));
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (node.id === id) return path;
    for (const c of node.children) stack.push({ node: c, path: [...path, node.id] });
  }
  return undefined;
}

export type TreeAction =
  | { type: 'focus'; id: string }
  | { type: 'expand'; id: string }
  | { type: 'collapse'; id: string; focus?: string }
  | { type: 'expandSiblings'; ids: string[] }
  | { type: 'select'; id: string };

/**
 * The WAI-ARIA APG treeview keyboard model: ↑/↓ move, → opens or enters, ← closes or goes to the
 * parent, Home/End, Enter/Space select, `*` opens all siblings, a printable character jumps to the
 * next item starting with it.
 */
export function treeKeyAction(
  key: string,
  current: string,
  rows: readonly TreeRow[],
  expanded: ReadonlySet<string>,
  labelOf: (id: string) => string,
): TreeAction | undefined {
  const i = rows.findIndex((r) => r.id === current);
  const row = rows[i];
  if (!row) return rows[0] ? { type: 'focus', id: rows[0].id } : undefined;
  switch (key) {
    case 'ArrowDown':
      return rows[i + 1] ? { type: 'focus', id: rows[i + 1]!.id } : undefined;
    case 'ArrowUp':
      return rows[i - 1] ? { type: 'focus', id: rows[i - 1]!.id } : undefined;
    case 'Home':
      return { type: 'focus', id: rows[0]!.id };
    case 'End':
      return { type: 'focus', id: rows[rows.length - 1]!.id };
    case 'ArrowRight':
      if (!row.hasChildren) return undefined;
      if (!expanded.has(row.id)) return { type: 'expand', id: row.id };
      return rows[i + 1] ? { type: 'focus', id: rows[i + 1]!.id } : undefined;
    case 'ArrowLeft':
      if (row.hasChildren && expanded.has(row.id)) return { type: 'collapse', id: row.id };
      return row.parent !== undefined ? { type: 'focus', id: row.parent } : undefined;
    case 'Enter':
    case ' ':
      return { type: 'select', id: row.id };
    case '*':
      return {
        type: 'expandSiblings',
        ids: rows.filter((r) => r.parent === row.parent && r.hasChildren).map((r) => r.id),
      };
    default: {
      if (key.length !== 1 || !/\S/.test(key)) return undefined;
      const ch = key.toLocaleLowerCase('sv');
      for (let k = 1; k <= rows.length; k++) {
        const r = rows[(i + k) % rows.length]!;
        if (labelOf(r.id).toLocaleLowerCase('sv').startsWith(ch)) return { type: 'focus', id: r.id };
      }
      return undefined;
    }
  }
}
