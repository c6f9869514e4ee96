export { type BuildGraphOptions, buildGraph, sanitizeGraph } from './build.js';
export {
  type AssociationGroup,
  associationGroups,
  type GraphGroup,
  type GroupCounts,
  type GroupGraphOptions,
  groupGraph,
} from './group.js';
export { type LaneLayout, type LaneOptions, laneLayout } from './lanes.js';
export {
  concentricLayout,
  curatedLayout,
  type LayoutOptions,
  layeredLayout,
  layoutGraph,
  ringOf,
} from './layout.js';
export { neighbourhood } from './neighbourhood.js';
export {
  type Box,
  isReadable,
  type Readability,
  type ReadabilityInput,
  readability,
  segmentHitsBox,
} from './readability.js';
export { type GraphScope, PARTICIPATION_KINDS, scopedForFilters, scopeOf } from './scope.js';
export { TARGET_GROUP_PREFIX, targetGroupTerm, withTargetGroups } from './target-groups.js';
export { buildTree, recordOrder, treeIds } from './tree.js';
export {
  GRAPH_VIEWS,
  type Graph,
  type GraphEdge,
  type GraphEdgeKind,
  type GraphFilters,
  type GraphNode,
  type GraphNodeType,
  type GraphView,
  type Point,
  type TreeNode,
} from './types.js';
