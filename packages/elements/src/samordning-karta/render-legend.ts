import type { GraphEdgeKind, GraphNodeType } from '@samordningskartan/sdk';
import { html, svg, type TemplateResult } from 'lit';
import { EDGE_KINDS, EDGE_LOOK, NODE_SHAPE, NODE_TYPES, SVG_POINTS } from './encoding.js';
import type { KartaT } from './messages.js';

/** The name of a node type: an organisation kind from the shared labels, "Insats" or "Målgrupp". */
export const typeLabel = (t: KartaT, type: GraphNodeType): string =>
  type === 'service' || type === 'targetGroup' ? t(type) : t(`orgKind_${type}`);

/** The name of an edge kind: a relation kind from the shared labels, or "Gemensamma insatser". */
export const edgeLabel = (t: KartaT, kind: GraphEdgeKind): string =>
  kind === 'sharedService' || kind === 'servesTargetGroup' ? t(`edge_${kind}`) : t(`relation_${kind}`);

/** A small SVG of a node type's shape and colour (decorative: the text beside it names the kind). */
export function shapeSwatch(type: GraphNodeType): TemplateResult {
  const shape = NODE_SHAPE[type];
  const cls = `shape k-${type}`;
  const body =
    shape === 'ellipse'
      ? svg`<circle class=${cls} cx="10" cy="10" r="8.5"></circle>`
      : shape === 'rectangle' || shape === 'round-rectangle'
        ? svg`<rect class=${cls} x="1.5" y="3" width="17" height="14" rx=${shape === 'round-rectangle' ? 4 : 0}></rect>`
        : svg`<polygon class=${cls} points=${SVG_POINTS[shape]}></polygon>`;
  return html`<svg class="swatch" viewBox="0 0 20 20" aria-hidden="true" focusable="false">${body}</svg>`;
}

/** A line sample drawn with the edge kind's dash pattern, colour and arrow. */
function lineSwatch(kind: GraphEdgeKind): TemplateResult {
  const look = EDGE_LOOK[kind];
  // The colour comes from the palette tokens through the class (currentColor).
  const c = 'currentColor';
  const dash = look.line === 'dotted' ? '2 3' : look.dash ? look.dash.join(' ') : 'none';
  const end =
    look.arrow === 'none'
      ? svg``
      : look.arrow === 'tee'
        ? svg`<line x1="34" y1="3" x2="34" y2="13" stroke=${c} stroke-width="2.5"></line>`
        : look.arrow === 'square'
          ? svg`<rect x="31" y="5" width="6" height="6" fill=${c}></rect>`
          : look.arrow === 'diamond'
            ? svg`<polygon points="30,8 34,4 38,8 34,12" fill=${c}></polygon>`
            : look.arrow === 'vee'
              ? svg`<polyline points="30,4 36,8 30,12" fill="none" stroke=${c} stroke-width="2"></polyline>`
              : svg`<polygon points="30,4 38,8 30,12" fill=${c}></polygon>`;
  const line = svg`<line x1="2" y1="8" x2="32" y2="8" stroke=${c} stroke-dasharray=${dash}></line>`;
  return html`<svg class=${`swatch e-${kind}`} width="40" height="16" viewBox="0 0 40 16" aria-hidden="true" focusable="false">${line}${end}</svg>`;
}

/** The mark for two members with no collaboration: a sparse dashed line crossed in the middle. */
function gapSwatch(): TemplateResult {
  return html`<svg class="swatch gap" width="40" height="16" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
    <line x1="2" y1="8" x2="38" y2="8" stroke="currentColor" stroke-dasharray="3 5" stroke-width="2"></line>
    <line x1="16" y1="3" x2="24" y2="13" stroke="currentColor" stroke-width="2"></line>
    <line x1="24" y1="3" x2="16" y2="13" stroke="currentColor" stroke-width="2"></line></svg>`;
}

export function renderLegend(t: KartaT, open: boolean): TemplateResult {
  return html`<details class="legend" part="legend" ?open=${open}>
    <summary>${t('legend')}</summary>
    <ul class="legend-grid" aria-label=${t('legendNodes')}>
      ${NODE_TYPES.map((type) => html`<li>${shapeSwatch(type)}<span>${typeLabel(t, type)}</span></li>`)}
    </ul>
    <ul class="legend-grid" aria-label=${t('legendEdges')}>
      ${EDGE_KINDS.map((kind) => html`<li>${lineSwatch(kind)}<span>${edgeLabel(t, kind)}</span></li>`)}
      <li data-kind="noCollaboration">${gapSwatch()}<span>${t('legendGap')}</span></li>
    </ul>
  </details>`;
}
