import { compareSv, localize } from '@samordningskartan/sdk';
import type { KeyFiguresModel, OverviewRow } from './analysis-types.js';
import type { AnalysisContext } from './context.js';
import { yearLabel } from './labels.js';
import type { TableModel, TableRow } from './table-model.js';

/** Budget per year: each post, then the sum of the posts and the stated total. */
export function budgetModel(ctx: AnalysisContext, name: string, k: KeyFiguresModel): TableModel {
  const { t, lang } = ctx;
  const row = (year: number | undefined, label: string, value: number, total: boolean): TableRow => ({
    total,
    cells: [{ value: yearLabel(year, t) }, { value: label, header: true }, { value, numeric: true }],
  });
  return {
    id: 'budget',
    caption: t('budgetCaption', { name }),
    columns: [
      { label: t('headerYear') },
      { label: t('headerPost') },
      { label: t('headerAmount'), numeric: true },
    ],
    rows: k.budget.flatMap((y) => [
      ...y.lines.map((l) => row(y.year, localize(l.label, lang), l.value, false)),
      ...(y.lines.length ? [row(y.year, t('linesSum'), y.linesSum, true)] : []),
      ...(y.stated !== undefined ? [row(y.year, t('statedTotal'), y.stated, true)] : []),
    ]),
  };
}

/** The förbund's funding of insatser: one row per entry by year then insats; sums per year and in all. */
export function fundingModel(ctx: AnalysisContext, name: string, k: KeyFiguresModel): TableModel {
  const { t } = ctx;
  const entries = k.funding
    .map((f) => ({ name: ctx.name(f.service), ...f }))
    .sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || compareSv(a.name, b.name));
  return {
    id: 'funding',
    caption: t('fundingCaption', { name }),
    columns: [
      { label: t('headerService') },
      { label: t('headerYear') },
      { label: t('headerAmount'), numeric: true },
    ],
    rows: entries.map((f) => ({
      cells: [
        { value: f.name, header: true },
        { value: yearLabel(f.year, t) },
        { value: f.amount, numeric: true, ...(f.amount === undefined && { view: t('amountMissing') }) },
      ],
    })),
    footer: [
      ...k.fundingByYear.map((y) => ({
        total: true,
        cells: [
          { value: t('yearTotal', { year: yearLabel(y.year, t) }), header: true },
          { value: yearLabel(y.year, t) },
          { value: y.total, numeric: true },
        ],
      })),
      {
        total: true,
        cells: [
          { value: t('grandTotal'), header: true },
          { value: '' },
          { value: k.fundingTotal, numeric: true },
        ],
      },
    ],
  };
}

/** The names of the sources a figure comes from ("" when none is given). */
function sourceNames(ctx: AnalysisContext, ids: readonly string[]): string {
  return ids.map((id) => localize(ctx.model.sources[id]?.title, ctx.lang) || id).join('; ');
}

/**
 * The förbund's other indicators (all but budget): each year's figure and its lines. Figures of
 * another unit or source definition are rows of their own, each naming its source, never one series.
 */
export function otherModel(ctx: AnalysisContext, name: string, k: KeyFiguresModel): TableModel {
  const { t, lang } = ctx;
  const rows: TableRow[] = [];
  for (const i of k.other) {
    for (const y of i.years) {
      const row = (label: string, value: number, total: boolean): TableRow => ({
        total,
        cells: [
          { value: ctx.name(i.indicator), header: true },
          { value: yearLabel(y.year, t) },
          { value: label },
          { value, numeric: true },
          { value: t(`unit_${y.unit}`) },
          { value: sourceNames(ctx, y.sources) },
        ],
      });
      // A single line is its own total; the sum row is only for several lines or a stated total.
      if (y.stated !== undefined || y.lines.length !== 1) {
        const label = y.statedLabel ? localize(y.statedLabel, lang) : y.lines.length ? t('linesSum') : '';
        rows.push(row(label, y.total, true));
      }
      for (const l of y.lines) rows.push(row(localize(l.label, lang), l.value, false));
    }
  }
  return {
    id: 'other',
    caption: t('otherCaption', { name }),
    columns: [
      { label: t('headerIndicator') },
      { label: t('headerYear') },
      { label: t('headerPost') },
      { label: t('headerValue'), numeric: true },
      { label: t('headerUnit') },
      { label: t('headerSource') },
    ],
    rows,
  };
}

/** Without a förbund: one row per förbund with its latest budget, its funding and its active insatser. */
export function overviewModel(ctx: AnalysisContext, overview: readonly OverviewRow[]): TableModel {
  const { t } = ctx;
  const rows = overview
    .map((r) => ({ ...r, name: ctx.name(r.id) }))
    .sort((a, b) => compareSv(a.name, b.name));
  return {
    id: 'overview',
    caption: t('keyFiguresOverviewCaption'),
    columns: [
      { label: t('headerAssociation') },
      { label: t('headerBudgetYear'), numeric: true },
      { label: t('headerBudget'), numeric: true },
      { label: t('headerFunding'), numeric: true },
      { label: t('headerActive'), numeric: true },
    ],
    rows: rows.map((r) => ({
      cells: [
        { value: r.name, header: true },
        // A year is no quantity: written as is, never with a thousands separator.
        { value: r.budgetYear, numeric: true, view: r.budgetYear === undefined ? '–' : String(r.budgetYear) },
        { value: r.budget, numeric: true, ...(r.budget === undefined && { view: '–' }) },
        { value: r.funding, numeric: true },
        { value: r.active, numeric: true },
      ],
    })),
  };
}
