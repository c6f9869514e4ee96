import { html, nothing, type TemplateResult } from 'lit';
import type { KeyFiguresModel } from './analysis-types.js';
import type { AnalysisContext } from './context.js';
import { yearLabel } from './labels.js';
import { renderExport, renderTable, type TableModel } from './table-model.js';

/** The key-figure tables of the view: one förbund's budget, funding and other figures, or the overview. */
export interface KeyFigureModels {
  budget?: TableModel;
  funding?: TableModel;
  other?: TableModel;
  overview?: TableModel;
}

function tableWithExport(
  ctx: AnalysisContext,
  model: TableModel | undefined,
  after: TemplateResult | typeof nothing = nothing,
): TemplateResult | typeof nothing {
  if (!model?.rows.length) return nothing;
  return html`${renderTable(model, ctx)} ${after} ${renderExport(model, ctx)}`;
}

/**
 * The summary: insatser, then participants and capacity each per unit — "110 årsplatser" and
 * "800 deltagartillfällen" are two figures, never one sum.
 */
function renderSummary(ctx: AnalysisContext, k: KeyFiguresModel): TemplateResult {
  const { t, fmt } = ctx;
  return html`<dl class="summary">
    <dt>${t('summaryServices')}</dt>
    <dd>${k.services} (${t('summaryActive')} ${k.active})</dd>
    ${k.participants.map(
      (p) => html`<dt>${t('summaryParticipants', { year: yearLabel(p.year, t) })}</dt>
        <dd>${fmt(p.total)} ${t(`unit_${p.unit}`)}</dd>`,
    )}
    ${
      k.capacity.length
        ? html`<dt>${t('summaryCapacity')}</dt>
          ${k.capacity.map((c) => html`<dd>${fmt(c.total)} ${t(`unit_${c.unit}`)}</dd>`)}`
        : nothing
    }
  </dl>`;
}

function renderBalance(ctx: AnalysisContext, k: KeyFiguresModel): TemplateResult {
  const years = k.budget.filter((y) => y.stated !== undefined && y.lines.length);
  return html`<ul class="balance">
    ${years.map(
      (y) => html`<li class=${y.balanced ? '' : 'warning'}>
        ${yearLabel(y.year, ctx.t)}:
        ${y.balanced ? ctx.t('balanced') : ctx.t('unbalanced', { difference: ctx.fmt(y.difference) })}
      </li>`,
    )}
  </ul>`;
}

/** Nyckeltal: one förbund's summary and tables, or one row per förbund when none is chosen. */
export function renderKeyFigures(
  ctx: AnalysisContext,
  figures: KeyFiguresModel | undefined,
  models: KeyFigureModels,
): TemplateResult {
  const { budget, funding, other, overview } = models;
  const any = [budget, funding, other, overview].some((m) => m?.rows.length);
  return html`<section aria-labelledby="figures-heading">
    <h3 id="figures-heading">${ctx.t('keyFiguresHeading')}</h3>
    ${figures ? renderSummary(ctx, figures) : nothing}
    ${tableWithExport(ctx, budget, figures ? renderBalance(ctx, figures) : nothing)}
    ${tableWithExport(ctx, funding)} ${tableWithExport(ctx, other)} ${tableWithExport(ctx, overview)}
    ${any ? nothing : html`<p>${ctx.t('noFigures')}</p>`}
  </section>`;
}
