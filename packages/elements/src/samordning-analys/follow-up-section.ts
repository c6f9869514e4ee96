import { type Breakdown, localize, safeUrl } from '@samordningskartan/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { TableModels } from './analysis.js';
import type { ChartModel, ReviewModel, SeriesModel } from './analysis-types.js';
import type { AnalysisContext } from './context.js';
import { barChart, type ChartBar } from './follow-up-chart.js';
import { renderExport, renderTable, type TableModel, type TableRow } from './table-model.js';

function breakdownText(ctx: AnalysisContext, b: Breakdown | undefined): string[] {
  if (!b) return [];
  const out: string[] = [];
  if (b.gender) out.push(ctx.t(`gender_${b.gender}`));
  const r = b.ageRange;
  if (r?.min !== undefined && r.max !== undefined)
    out.push(ctx.t('ageBandRange', { min: r.min, max: r.max }));
  else if (r?.min !== undefined) out.push(ctx.t('ageBandFrom', { min: r.min }));
  else if (r?.max !== undefined) out.push(ctx.t('ageBandTo', { max: r.max }));
  if (b.targetGroup) out.push(ctx.name(b.targetGroup));
  return out;
}

/** What a series counts, of which people, in which area: "kvinnor · riket", "Inskrivna per år". */
function partText(ctx: AnalysisContext, s: SeriesModel): string {
  const area = s.area?.name ? ctx.dataText(s.area.name).text : s.national ? ctx.t('followUpNational') : '';
  const category = ctx.dataText(s.category).text;
  return [category, ...breakdownText(ctx, s.breakdown), area].filter(Boolean).join(' · ') || ctx.t('partAll');
}

function sourceTitles(ctx: AnalysisContext, ids: readonly string[]): string {
  return ids.map((id) => ctx.dataText(ctx.model.sources[id]?.title).text || id).join('; ');
}

function chartTitle(ctx: AnalysisContext, g: ChartModel): string {
  const subject = g.comparison ? ctx.t('followUpComparison') : ctx.name(g.subject);
  // The shipped follow-up vocabulary's name, else the dataset's term.
  const indicator = g.indicatorLabel ? localize(g.indicatorLabel, ctx.lang) : ctx.name(g.indicator);
  return ctx.t('followUpChartTitle', { indicator, subject });
}

/** The table behind a chart: one row per value, with what it covers, its definition and source. */
export function followUpModel(ctx: AnalysisContext, g: ChartModel, index: number): TableModel {
  const points = g.series.flatMap((s) => s.points.map((p) => ({ s, p })));
  const withDefinition = g.series.some((s) => s.definition !== undefined);
  const withTarget = points.some(({ p }) => p.target !== undefined);
  const rows: TableRow[] = points.map(({ s, p }) => ({
    cells: [
      { value: p.period || ctx.t('periodNotGiven'), header: true },
      { value: partText(ctx, s) },
      ...(withDefinition ? [{ value: ctx.dataText(s.definition).text || ctx.t('notGiven') }] : []),
      { value: p.value, numeric: true },
      ...(withTarget
        ? [{ value: p.target, numeric: true, view: p.target === undefined ? ctx.t('notGiven') : undefined }]
        : []),
      { value: ctx.t(`unit_${g.unit}`) },
      { value: sourceTitles(ctx, p.sources) || ctx.t('notGiven') },
    ],
  }));
  const t = ctx.t;
  return {
    id: `followUp-${index}`,
    caption: chartTitle(ctx, g),
    columns: [
      { label: t('headerPeriod') },
      { label: t('headerPart') },
      ...(withDefinition ? [{ label: t('headerDefinition') }] : []),
      { label: t('headerOutcome'), numeric: true },
      ...(withTarget ? [{ label: t('headerTarget'), numeric: true }] : []),
      { label: t('headerUnit') },
      { label: t('headerSource') },
    ],
    rows,
  };
}

function renderChart(ctx: AnalysisContext, g: ChartModel, model: TableModel): TemplateResult {
  // Series that differ only by definition get a letter, which the table's definition column explains.
  const lettered = g.series.length > 1 && g.series.some((s) => s.definition !== undefined);
  const bars: ChartBar[] = g.series.flatMap((s, i) =>
    s.points.map((p) => ({
      label: [
        lettered ? String.fromCharCode(65 + (i % 26)) : '',
        p.period || ctx.t('periodNotGiven'),
        partText(ctx, s),
      ]
        .filter(Boolean)
        .join(' · '),
      value: p.value,
      ...(p.target !== undefined && { target: p.target }),
      comparison: s.area !== undefined,
    })),
  );
  const { id } = model;
  const sources = [...new Set(g.series.flatMap((s) => s.sources))];
  return html`<figure class="chart" part="chart">
      <figcaption id="${id}-title">${model.caption}</figcaption>
      <div class="chart-box">
        ${barChart(bars, { percent: g.unit === 'percent', format: ctx.fmt, labelledBy: `${id}-title ${id}-summary` })}
      </div>
      <p id="${id}-summary" class="muted">
        ${ctx.t('followUpChartSummary', { count: bars.length })}
        ${bars.some((b) => b.target !== undefined || b.comparison) ? ctx.t('followUpTargetLegend') : nothing}
      </p>
      <p class="sources">${ctx.t('followUpSources')}${sources.map((sid, i) => {
        const src = ctx.model.sources[sid];
        const url = safeUrl(src?.url);
        const title = ctx.dataText(src?.title).text || sid;
        return html`${i ? '; ' : ''}${url ? html`<a href=${url} rel="noopener noreferrer">${title}</a>` : title}`;
      })}</p>
    </figure>
    ${renderTable(model, ctx)} ${renderExport(model, ctx)}`;
}

/** The review table of one owner role: what is due, by when, and whether it is late. */
export function reviewModel(
  ctx: AnalysisContext,
  g: ReviewModel['groups'][number],
  index: number,
): TableModel {
  const t = ctx.t;
  const role = g.ownerRole === undefined ? t('reviewRoleNotGiven') : ctx.dataText(g.ownerRole).text;
  return {
    id: `review-${index}`,
    caption: g.ownerUnit
      ? t('reviewCaptionUnit', { role, unit: ctx.name(g.ownerUnit) })
      : t('reviewCaption', { role }),
    columns: [
      { label: t('headerService') },
      { label: t('headerLastReviewed') },
      { label: t('headerDue') },
      { label: t('headerReviewState') },
    ],
    rows: g.items.map((i) => ({
      cells: [
        { value: ctx.dataText(ctx.model.services[i.service]?.name ?? i.service).text, header: true },
        { value: i.lastReviewed ?? t('notGiven') },
        { value: i.due ?? t('notGiven') },
        {
          value:
            i.due === undefined ? t('reviewNever') : i.overdue ? t('reviewOverdue') : t('reviewDueThisTerm'),
          ...(i.overdue || i.due === undefined ? { className: 'warning' } : {}),
        },
      ],
    })),
  };
}

/** Uppföljning and Granskning: the charts with their tables, then the review status per owner role. */
export function renderFollowUp(
  ctx: AnalysisContext,
  charts: ChartModel[],
  r: ReviewModel,
  models: TableModels,
): TemplateResult {
  const { t } = ctx;
  return html`<section aria-labelledby="follow-up-heading" part="follow-up">
      <h3 id="follow-up-heading">${t('followUpHeading')}</h3>
      <p>${t('followUpIntro')}</p>
      ${charts.length ? charts.map((g, i) => renderChart(ctx, g, models[`followUp-${i}`]!)) : html`<p>${t('followUpNone')}</p>`}
    </section>
    <section aria-labelledby="review-heading" part="review">
      <h3 id="review-heading">${t('reviewHeading')}</h3>
      <p>${t('reviewIntro', { start: r.termStart, end: r.termEnd })}</p>
      ${
        r.groups.length
          ? r.groups.map((_, i) => {
              const model = models[`review-${i}`]!;
              return html`${renderTable(model, ctx)} ${renderExport(model, ctx)}`;
            })
          : html`<p>${t('reviewNone', { count: r.considered })}</p>`
      }
    </section>`;
}
