import { type Graph, neighbourhood } from '@samordningskartan/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { CanvasStatus } from './graph-canvas.js';
import type { KartaT } from './messages.js';

export interface FigureContext {
  graph: Graph;
  t: KartaT;
  status: CanvasStatus;
  /** Kept in the DOM but hidden in the list view, so going back to a graph view is instant. */
  hidden: boolean;
  selected: string;
  /** The selected record's name, when it is in the data. */
  selectedName: string | undefined;
  focusDepth: number;
  /** A record's name. */
  labelOf: (id: string) => string;
  onKey: (e: KeyboardEvent) => void;
}

/** The pairs of members with no collaboration, as a sentence. */
export function gapSummary(graph: Graph, t: KartaT, labelOf: (id: string) => string): string {
  const pairs = (graph.gaps ?? []).map(([a, b]) => t('gapPair', { a: labelOf(a), b: labelOf(b) }));
  return t('gapSummary', { pairs: pairs.join('; ') });
}

/** The text summary of what the map shows (the canvas's caption). */
function summary(ctx: FigureContext): string {
  const { graph, t } = ctx;
  const many = (record: string) => graph.nodes.filter((n) => n.record === record).length;
  const targetGroups = many('targetGroup');
  const counts = [
    t('summary', { orgs: many('organisation'), services: many('service'), edges: graph.edges.length }),
    ...(targetGroups ? [t('summaryGroups', { groups: targetGroups })] : []),
  ].join(' ');
  const grouped = graph.groups ? `${t('groupSummary')} ${counts}` : counts;
  const base = graph.gaps?.length ? `${grouped} ${gapSummary(graph, t, ctx.labelOf)}` : grouped;
  if (!ctx.selectedName || ctx.focusDepth === 0) return base;
  const count = neighbourhood(graph, ctx.selected, ctx.focusDepth).size;
  return `${base} ${t('focusSummary', { name: ctx.selectedName, count, depth: ctx.focusDepth })}`;
}

/**
 * What the status line says when focus mode changes: what is shown now (a live region, so screen
 * reader users hear it), or that the whole map is back.
 */
export function focusAnnouncement(
  ctx: Pick<FigureContext, 'graph' | 't' | 'selected' | 'selectedName' | 'focusDepth'>,
): string {
  const { t } = ctx;
  if (ctx.focusDepth === 0 || !ctx.selectedName) return t('focusOff');
  const count = neighbourhood(ctx.graph, ctx.selected, ctx.focusDepth).size;
  return t('focusSummary', { name: ctx.selectedName, count, depth: ctx.focusDepth });
}

/** The map figure: the canvas (hidden from assistive technology), an overlay while drawing, the caption. */
export function renderFigure(ctx: FigureContext): TemplateResult {
  const { t, hidden, status } = ctx;
  const overlay = status === 'error' ? 'graphError' : status === 'loading' ? 'drawing' : '';
  return html`<figure part="graph" ?hidden=${hidden} tabindex=${hidden ? '-1' : '0'} aria-labelledby="karta-caption"
    aria-describedby="karta-help" @keydown=${ctx.onKey}>
    <div class="cy" part="canvas" aria-hidden="true"></div>
    ${overlay ? html`<div class="cy-overlay"><p>${t(overlay)}</p></div>` : nothing}
    <figcaption>
      <span id="karta-caption">${t('label')}. ${summary(ctx)}</span>
      <span id="karta-help" class="visually-hidden">${t('graphHelp')}${ctx.graph.groups ? ` ${t('groupHelp')}` : ''}</span>
    </figcaption>
  </figure>`;
}
