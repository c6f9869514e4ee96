import type { GraphEdgeKind, GraphNodeType } from '@samordningskartan/sdk';

// The graph's colours and how a canvas reads them, apart from the element styles (no Lit here): the
// map's lazily loaded drawing code needs these and nothing else of the styles.

/** Node colours of the graph (Okabe–Ito: safe for colour vision deficiencies). */
export const NODE_PALETTE: Readonly<Record<GraphNodeType, string>> = {
  coordinationAssociation: '#0072b2',
  socialInsuranceAgency: '#009e73',
  employmentService: '#d55e00',
  region: '#cc79a7',
  municipality: '#e69f00',
  civilSociety: '#56b4e9',
  employer: '#f0e442',
  other: '#999999',
  service: '#ffffff',
  targetGroup: '#cfe8f3',
};

/** Line colours of the graph per relation kind. */
export const EDGE_PALETTE: Readonly<Record<GraphEdgeKind, string>> = {
  memberOf: '#4d4d4d',
  funds: '#0072b2',
  delivers: '#333333',
  collaboratesWith: '#007a5a',
  steeringGroupOf: '#b34700',
  refersTo: '#a4508b',
  agreementWith: '#7a6500',
  sharedService: '#8c8c8c',
  servesTargetGroup: '#3d5a80',
};

let probe: CanvasRenderingContext2D | null | undefined;

/**
 * Reads a colour token as computed on `el` (e.g. `--_text`, `--sk-node-region`) for drawing on a
 * canvas, as `#rrggbb` or `rgba(…)`: a canvas library cannot parse `color-mix()` or `color(srgb …)`,
 * so the colour is painted on a 1×1 canvas and read back. `fallback` when unset.
 */
export function readToken(el: Element, name: string, fallback: string): string {
  const value = getComputedStyle(el).getPropertyValue(name).trim();
  if (!value) return fallback;
  if (probe === undefined) {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    probe = canvas.getContext('2d', { willReadFrequently: true });
  }
  if (!probe) return value;
  // fillStyle keeps its old value when given something that is not a colour.
  probe.fillStyle = fallback;
  probe.fillStyle = value;
  probe.clearRect(0, 0, 1, 1);
  probe.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = probe.getImageData(0, 0, 1, 1).data;
  if (a === 255) return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  return `rgba(${r}, ${g}, ${b}, ${Math.round((a / 255) * 100) / 100})`;
}

/**
 * The graph's colours as a canvas needs them (it cannot read CSS): per node type
 * `--sk-node-<type>`, per relation kind `--sk-edge-<kind>`, as computed on `el`, else the palette.
 */
export function readPalette(el: Element): {
  nodes: Record<GraphNodeType, string>;
  edges: Record<GraphEdgeKind, string>;
} {
  const read = <K extends string>(prefix: string, defaults: Readonly<Record<K, string>>) =>
    Object.fromEntries(
      Object.entries<string>(defaults).map(([k, v]) => [k, readToken(el, `--sk-${prefix}-${k}`, v)]),
    ) as Record<K, string>;
  return { nodes: read('node', NODE_PALETTE), edges: read('edge', EDGE_PALETTE) };
}
