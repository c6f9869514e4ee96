import type {
  GraphEdgeKind,
  GraphNodeType,
  GraphView,
  OrganisationKind,
  RelationKind,
} from '@samordningskartan/sdk';

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

/** A drawn node, in model coordinates. */
export interface MapLayoutNode {
  id: string;
  /** Centre. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label's box (all zero when the node has no label). */
  label: { x1: number; y1: number; x2: number; y2: number };
  /** The label's font size in model units: on screen it is `labelPx × zoom` CSS px. */
  labelPx: number;
  type: GraphNodeType;
  /** The organisation a unit is drawn inside. */
  parent?: string;
  selected: boolean;
  /** Outside the focus depth around the selection. */
  faded: boolean;
}

/** A drawn edge, in model coordinates. */
export interface MapLayoutEdge {
  source: string;
  target: string;
  /** `noCollaboration`: two members of the förbund with no collaboration in it (samverkan view). */
  kind: GraphEdgeKind | 'noCollaboration';
  /** 1 for a relation; in the samverkan view the direct relations plus shared insatser (line width). */
  weight: number;
  /** The drawn route from end to end (a curve is sampled). */
  points: Array<{ x: number; y: number }>;
  /** The box of the edge's label, when it has one (the "no collaboration" mark). */
  label?: { x1: number; y1: number; x2: number; y2: number };
  faded: boolean;
}

/**
 * A read-only picture of the drawn map, for tools that check readability and for tests: rendered
 * position = model position × `zoom` + `pan`, relative to the canvas's top left corner.
 */
export interface MapLayout {
  zoom: number;
  pan: { x: number; y: number };
  nodes: MapLayoutNode[];
  edges: MapLayoutEdge[];
}
