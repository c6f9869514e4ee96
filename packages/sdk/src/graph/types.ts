import type { Scope } from '../query/scope.js';
import type { OrganisationKind, RelationKind } from '../schema/vocabulary.js';
import type { GraphGroup, GroupCounts } from './group.js';

/** The map's graph views: the hierarchy ("organisation") and the collaboration network ("samverkan"). */
export const GRAPH_VIEWS = ['organisation', 'samverkan'] as const;
export type GraphView = (typeof GRAPH_VIEWS)[number];

/** What a node is: an organisation of some kind, an insats, or a target group (the "för vem" layer). */
export type GraphNodeType = OrganisationKind | 'service' | 'targetGroup';

export interface GraphNode {
  id: string;
  record: 'organisation' | 'service' | 'targetGroup';
  type: GraphNodeType;
  label: string;
  /** Compound parent (the organisation a unit belongs to), only when that parent is in the graph too. */
  parent?: string;
  /** A collapsed förbund of a grouped map (`groupGraph`): what its scope holds. */
  counts?: GroupCounts;
}

/**
 * Edge kinds: the relation kinds, plus "sharedService" in the samverkan view (insatser in common) and
 * "servesTargetGroup" from an insats to a target group it names (the target-group layer).
 */
export type GraphEdgeKind = RelationKind | 'sharedService' | 'servesTargetGroup';

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: GraphEdgeKind;
  /** Derived from an insats's providers or funding rather than stated as a relation. */
  derived: boolean;
  /** 1 for a relation; in the samverkan view the number of direct relations plus shared insatser. */
  weight: number;
  /** Samverkan view: the direct relation kinds between the two organisations. */
  kinds?: RelationKind[];
  /** Samverkan view: how many insatser both organisations deliver, fund or steer. */
  shared?: number;
  /**
   * Grouped map: the links between two förbund's scopes, `weight` of them, drawn as one edge
   * (`kind` the most common relation kind among them).
   */
  aggregated?: boolean;
}

/** Which part of a dataset the map shows. Every field narrows; absent fields do not. */
export interface GraphFilters {
  /** Organisation kinds to show (insatser are kept). */
  organisationKinds?: readonly OrganisationKind[];
  /** Relation kinds to draw. */
  relationKinds?: readonly RelationKind[];
  /** An area (förbund, kommun or a set): only its records and the relations that apply there. */
  scope?: Scope;
  /** A förbund: its scope (members, kommuner, insatser, relations that apply there; `restrictDataset`). */
  association?: string;
  /** SCB kommunkod: the kommun's scope (organisations, insatser and relations there). */
  municipality?: string;
  /** Target group term id: the insatser for it (and narrower groups) and their organisations. */
  targetGroup?: string;
}

/** A node of the hierarchy forest (förbund → members → units → insatser). */
export interface TreeNode {
  id: string;
  children: TreeNode[];
}

export interface Graph {
  view: GraphView;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The hierarchy each record sits in once (used by the layered layout and the list view). */
  tree: TreeNode[];
  /**
   * Samverkan view within a förbund: pairs of its members with no collaboration in the scope (no
   * relation between them and no insats in common), each as `[a, b]` with `a < b`.
   */
  gaps?: Array<[string, string]>;
  /** Grouped map (`groupGraph`): every förbund of the area, collapsed or expanded. */
  groups?: GraphGroup[];
}

export interface Point {
  x: number;
  y: number;
}
