import {
  type GraphEdgeKind,
  type GraphNodeType,
  ORGANISATION_KINDS,
  RELATION_KINDS,
} from '@samordningskartan/sdk';

/** Node types in legend order. */
export const NODE_TYPES: readonly GraphNodeType[] = [...ORGANISATION_KINDS, 'service', 'targetGroup'];
/** Edge kinds in legend order. */
export const EDGE_KINDS: readonly GraphEdgeKind[] = [...RELATION_KINDS, 'sharedService', 'servesTargetGroup'];

export type NodeShape =
  | 'hexagon'
  | 'round-rectangle'
  | 'diamond'
  | 'ellipse'
  | 'rectangle'
  | 'triangle'
  | 'star'
  | 'octagon'
  | 'pentagon'
  | 'tag';

/** Shape per node type, so kinds differ by more than colour. */
export const NODE_SHAPE: Record<GraphNodeType, NodeShape> = {
  coordinationAssociation: 'hexagon',
  socialInsuranceAgency: 'round-rectangle',
  employmentService: 'diamond',
  region: 'ellipse',
  municipality: 'rectangle',
  civilSociety: 'triangle',
  employer: 'star',
  other: 'octagon',
  service: 'pentagon',
  // A label tag: "för vem".
  targetGroup: 'tag',
};

export interface EdgeLook {
  line: 'solid' | 'dashed' | 'dotted';
  /** Dash pattern for dashed lines (also used by the legend). */
  dash?: [number, number] | [number, number, number, number];
  arrow: 'triangle' | 'tee' | 'diamond' | 'vee' | 'none' | 'square' | 'circle';
  width: number;
}

/** Line style, arrow and width per edge kind, so kinds differ by more than colour. */
export const EDGE_LOOK: Record<GraphEdgeKind, EdgeLook> = {
  memberOf: { line: 'solid', arrow: 'tee', width: 3 },
  funds: { line: 'dashed', dash: [8, 4], arrow: 'square', width: 2 },
  delivers: { line: 'solid', arrow: 'triangle', width: 1.5 },
  collaboratesWith: { line: 'dotted', arrow: 'none', width: 2.5 },
  steeringGroupOf: { line: 'dashed', dash: [10, 3, 2, 3], arrow: 'diamond', width: 2 },
  refersTo: { line: 'dotted', arrow: 'vee', width: 1.5 },
  agreementWith: { line: 'dashed', dash: [2, 3, 2, 8], arrow: 'circle', width: 3 },
  sharedService: { line: 'solid', arrow: 'none', width: 1 },
  servesTargetGroup: { line: 'dashed', dash: [6, 2, 1, 2], arrow: 'triangle', width: 1.5 },
};

/** SVG outlines of the shapes for the legend, in a 20×20 box. */
export const SVG_POINTS: Record<NodeShape, string> = {
  hexagon: '5,1 15,1 19,10 15,19 5,19 1,10',
  'round-rectangle': '',
  diamond: '10,1 19,10 10,19 1,10',
  ellipse: '',
  rectangle: '',
  triangle: '10,1 19,19 1,19',
  star: '10,1 12.6,7 19,7.5 14,11.7 15.6,18.5 10,14.8 4.4,18.5 6,11.7 1,7.5 7.4,7',
  octagon: '6,1 14,1 19,6 19,14 14,19 6,19 1,14 1,6',
  pentagon: '10,1 19,7.5 15.5,19 4.5,19 1,7.5',
  tag: '1,3 13,3 19,10 13,17 1,17',
};
