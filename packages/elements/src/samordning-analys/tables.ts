import {
  type CollaborationMatrix,
  type CoverageMatrix,
  type CsvTable,
  compareSv,
  type Dataset,
  indicatorYears,
  isAvailable,
  type KeyFigures,
  keyFigures,
  type Lang,
  localize,
  type YearFigures,
} from '@samordningskartan/sdk';

/** The tables `<samordning-analys>` shows and exports. */
export type AnalysTable = 'coverage' | 'collaboration' | 'budget' | 'funding' | 'other' | 'overview';

/** Text lookups the table builders need (the element's translated strings). */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Short display name of an organisation, insats or term. */
export function nameOf(ds: Dataset, id: string, lang: Lang): string {
  const org = ds.organisation(id);
  if (org?.shortName) return localize(org.shortName, lang);
  return ds.label(id, lang);
}

/** Display name of a collaboration axis item: an organisation, or a kind of organisation. */
export function itemLabel(
  ds: Dataset,
  matrix: CollaborationMatrix,
  id: string,
  lang: Lang,
  t: Translate,
): string {
  return matrix.axis === 'kind' ? t(`kind_${id}`) : nameOf(ds, id, lang);
}

export function coverageCsv(matrix: CoverageMatrix, lang: Lang, t: Translate): CsvTable {
  const rowHeader = matrix.rows[0]?.kind === 'ageBand' ? t('headerAgeBand') : t('headerTargetGroup');
  return {
    headers: [rowHeader, ...matrix.columns.map((c) => localize(c.label, lang)), t('headerTotal')],
    rows: matrix.rows.map((row, r) => [
      localize(row.label, lang),
      ...matrix.cells[r]!.map((cell) => cell.count),
      matrix.rowTotals[r],
    ]),
  };
}

export function collaborationCsv(
  ds: Dataset,
  matrix: CollaborationMatrix,
  lang: Lang,
  t: Translate,
): CsvTable {
  const label = (id: string) => itemLabel(ds, matrix, id, lang, t);
  const strength = (a: string, b: string) =>
    matrix.pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))?.strength;
  return {
    headers: [matrix.axis === 'kind' ? t('headerKind') : t('headerOrganisation'), ...matrix.items.map(label)],
    rows: matrix.items.map((a) => [label(a), ...matrix.items.map((b) => strength(a, b))]),
  };
}

export function yearLabel(year: number | undefined, t: Translate): string {
  return year === undefined ? t('noYear') : String(year);
}

/** Budget rows: each post, then the sum of the posts and the stated total. */
export function budgetRows(years: readonly YearFigures[], lang: Lang, t: Translate) {
  return years.flatMap((y) => [
    ...y.lines.map((l) => ({ year: y.year, label: localize(l.label, lang), value: l.value, total: false })),
    ...(y.lines.length ? [{ year: y.year, label: t('linesSum'), value: y.linesSum, total: true }] : []),
    ...(y.stated !== undefined
      ? [{ year: y.year, label: t('statedTotal'), value: y.stated, total: true }]
      : []),
  ]);
}

export function budgetCsv(figures: KeyFigures, lang: Lang, t: Translate): CsvTable {
  return {
    headers: [t('headerYear'), t('headerPost'), t('headerAmount')],
    rows: budgetRows(indicatorYears(figures, 'budget'), lang, t).map((r) => [
      yearLabel(r.year, t),
      r.label,
      r.value,
    ]),
  };
}

/** Funding rows: one per funding entry, ordered by year then insats. */
export function fundingRows(ds: Dataset, figures: KeyFigures, lang: Lang) {
  return figures.services
    .flatMap((sf) =>
      sf.funding.map((f) => ({ service: sf.service, name: nameOf(ds, sf.service.id, lang), ...f })),
    )
    .sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || compareSv(a.name, b.name));
}

export function fundingCsv(ds: Dataset, figures: KeyFigures, lang: Lang, t: Translate): CsvTable {
  return {
    headers: [t('headerService'), t('headerYear'), t('headerAmount')],
    rows: [
      ...fundingRows(ds, figures, lang).map((f) => [f.name, yearLabel(f.year, t), f.amount]),
      ...figures.fundingByYear.map((y) => [
        t('yearTotal', { year: yearLabel(y.year, t) }),
        yearLabel(y.year, t),
        y.total,
      ]),
      [t('grandTotal'), '', figures.fundingTotal],
    ],
  };
}

/** The subject's other indicators (all but budget): the year's figure and its lines. */
export function otherRows(ds: Dataset, figures: KeyFigures, lang: Lang, t: Translate) {
  return figures.indicators
    .filter((i) => i.indicator !== 'budget')
    .flatMap((i) =>
      i.years.flatMap((y) => [
        // A single line is its own total; the sum row is only for several lines or a stated total.
        ...(y.stated !== undefined || y.lines.length !== 1
          ? [
              {
                indicator: ds.label(i.indicator, lang),
                year: y.year,
                label: y.statedLabel ? localize(y.statedLabel, lang) : y.lines.length ? t('linesSum') : '',
                value: y.total,
                unit: t(`unit_${y.unit}`),
                total: true,
              },
            ]
          : []),
        ...y.lines.map((l) => ({
          indicator: ds.label(i.indicator, lang),
          year: y.year,
          label: localize(l.label, lang),
          value: l.value,
          unit: t(`unit_${y.unit}`),
          total: false,
        })),
      ]),
    );
}

export function otherCsv(ds: Dataset, figures: KeyFigures, lang: Lang, t: Translate): CsvTable {
  return {
    headers: [t('headerIndicator'), t('headerYear'), t('headerPost'), t('headerValue'), t('headerUnit')],
    rows: otherRows(ds, figures, lang, t).map((r) => [
      r.indicator,
      yearLabel(r.year, t),
      r.label,
      r.value,
      r.unit,
    ]),
  };
}

export interface OverviewRow {
  id: string;
  name: string;
  budgetYear: number | undefined;
  budget: number | undefined;
  funding: number;
  active: number;
}

/** One row per förbund: latest budget, stated funding of its insatser, number of active insatser. */
export function overviewRows(ds: Dataset, lang: Lang): OverviewRow[] {
  return ds
    .associations()
    .map((a) => {
      const k = keyFigures(ds, a.id);
      const budget = indicatorYears(k, 'budget')
        .filter((y) => y.year !== undefined && y.unit === 'SEK')
        .at(-1);
      return {
        id: a.id,
        name: nameOf(ds, a.id, lang),
        budgetYear: budget?.year,
        budget: budget?.total,
        funding: k.fundingTotal,
        active: k.services.filter((s) => isAvailable(s.service)).length,
      };
    })
    .sort((a, b) => compareSv(a.name, b.name));
}

export function overviewCsv(ds: Dataset, lang: Lang, t: Translate): CsvTable {
  return {
    headers: [
      t('headerAssociation'),
      t('headerBudgetYear'),
      t('headerBudget'),
      t('headerFunding'),
      t('headerActive'),
    ],
    rows: overviewRows(ds, lang).map((r) => [r.name, r.budgetYear, r.budget, r.funding, r.active]),
  };
}
