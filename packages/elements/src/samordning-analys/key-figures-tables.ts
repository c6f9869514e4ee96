import {
  compareSv,
  type Dataset,
  indicatorYears,
  isAvailable,
  type KeyFigures,
  keyFigures,
  localize,
} from '@samordningskartan/sdk';
import type { AnalysisContext } from './context.js';
import { nameOf, yearLabel } from './labels.js';
import type { TableModel, TableRow } from './table-model.js';

/** Budget per year: each post, then the sum of the posts and the stated total. */
export function budgetModel(ctx: AnalysisContext, name: string, k: KeyFigures): TableModel {
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
    rows: indicatorYears(k, 'budget').flatMap((y) => [
      ...y.lines.map((l) => row(y.year, localize(l.label, lang), l.value, false)),
      ...(y.lines.length ? [row(y.year, t('linesSum'), y.linesSum, true)] : []),
      ...(y.stated !== undefined ? [row(y.year, t('statedTotal'), y.stated, true)] : []),
    ]),
  };
}

/** The förbund's funding of insatser: one row per entry by year then insats; sums per year and in all. */
export function fundingModel(ctx: AnalysisContext, name: string, k: KeyFigures): TableModel {
  const { t, ds, lang } = ctx;
  const entries = k.services
    .flatMap((sf) => sf.funding.map((f) => ({ name: nameOf(ds, sf.service.id, lang), ...f })))
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

/** The förbund's other indicators (all but budget): each year's figure and its lines, unit by unit. */
export function otherModel(ctx: AnalysisContext, name: string, k: KeyFigures): TableModel {
  const { t, ds, lang } = ctx;
  const row = (
    indicator: string,
    year: number | undefined,
    label: string,
    value: number,
    unit: string,
    total: boolean,
  ): TableRow => ({
    total,
    cells: [
      { value: ds.label(indicator, lang), header: true },
      { value: yearLabel(year, t) },
      { value: label },
      { value, numeric: true },
      { value: t(`unit_${unit}`) },
    ],
  });
  return {
    id: 'other',
    caption: t('otherCaption', { name }),
    columns: [
      { label: t('headerIndicator') },
      { label: t('headerYear') },
      { label: t('headerPost') },
      { label: t('headerValue'), numeric: true },
      { label: t('headerUnit') },
    ],
    rows: k.indicators
      .filter((i) => i.indicator !== 'budget')
      .flatMap((i) =>
        i.years.flatMap((y) => [
          // A single line is its own total; the sum row is only for several lines or a stated total.
          ...(y.stated !== undefined || y.lines.length !== 1
            ? [
                row(
                  i.indicator,
                  y.year,
                  y.statedLabel ? localize(y.statedLabel, lang) : y.lines.length ? t('linesSum') : '',
                  y.total,
                  y.unit,
                  true,
                ),
              ]
            : []),
          ...y.lines.map((l) => row(i.indicator, y.year, localize(l.label, lang), l.value, y.unit, false)),
        ]),
      ),
  };
}

/** Without a förbund: one row per förbund with its latest budget, its funding and its active insatser. */
export function overviewModel(ctx: AnalysisContext, ds: Dataset): TableModel {
  const { t, lang } = ctx;
  const rows = ds
    .associations()
    .map((a) => {
      const k = keyFigures(ds, a.id);
      const budget = indicatorYears(k, 'budget')
        .filter((y) => y.year !== undefined && y.unit === 'SEK')
        .at(-1);
      return {
        name: nameOf(ds, a.id, lang),
        budgetYear: budget?.year,
        budget: budget?.total,
        funding: k.fundingTotal,
        active: k.services.filter((s) => isAvailable(s.service)).length,
      };
    })
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
