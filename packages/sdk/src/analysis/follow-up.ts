import type { LocalizedText } from '../schema/common.js';
import type { Breakdown, Statistic, StatisticArea } from '../schema/statistic.js';
import type { StatisticUnit } from '../schema/vocabulary.js';
import { FOLLOW_UP_INDICATOR_IDS } from '../taxonomy/indicator-ids.js';

/** The indicators a follow-up view shows by default: SUS and NNS, participants and årsplatser. */
export const FOLLOW_UP_VIEW_INDICATORS: readonly string[] = [
  ...FOLLOW_UP_INDICATOR_IDS,
  'participants',
  'annualPlaces',
];

/** One figure of a follow-up series: its period, outcome, target (when stated) and sources. */
export interface FollowUpPoint {
  /** "2022", "2022-01–2022-09", or "" when the data gives no period. */
  period: string;
  value: number;
  target?: number;
  sources: string[];
  statistic: Statistic;
}

/**
 * Figures that may be compared over time: the same subject, indicator, unit, definition, breakdown,
 * area and sub-line (category). A figure measured another way (another definition) or about another part of the people
 * starts its own series — never one line through both.
 */
export interface FollowUpSeries {
  key: string;
  subject: string;
  indicator: string;
  unit: StatisticUnit;
  definition?: LocalizedText;
  breakdown?: Breakdown;
  area?: StatisticArea;
  /** The sub-line the figures count, e.g. "Inskrivna per år". */
  category?: LocalizedText;
  /** The figure is the national one (rikssnittet), to compare with. */
  national: boolean;
  /** Oldest first; figures without a period last. */
  points: FollowUpPoint[];
  sources: string[];
}

export interface FollowUpOptions {
  /** Indicator ids to include (default `FOLLOW_UP_VIEW_INDICATORS`). */
  indicators?: readonly string[];
}

const text = (v: LocalizedText | undefined): string =>
  v === undefined ? '' : typeof v === 'string' ? v : `${v.sv}\u0000${v.en ?? ''}`;
const sourceIds = (s: Statistic): string[] =>
  s.source === undefined ? [] : Array.isArray(s.source) ? [...s.source] : [s.source as string];
const periodText = (s: Statistic): string => {
  const { start = '', end = '' } = s.period ?? {};
  return start === end ? start : `${start}–${end}`;
};
const breakdownKey = (b: Breakdown | undefined): string =>
  b ? `${b.gender ?? ''}|${b.ageRange?.min ?? ''}-${b.ageRange?.max ?? ''}|${b.targetGroup ?? ''}` : '';
const areaKey = (a: StatisticArea | undefined): string =>
  a ? `${a.national ? 'national' : ''}|${text(a.name)}|${(a.municipalities ?? []).join(',')}` : '';

/** The follow-up figures of `statistics` as series that each join only comparable figures. */
export function followUpSeries(
  statistics: readonly Statistic[],
  options: FollowUpOptions = {},
): FollowUpSeries[] {
  const wanted = new Set(options.indicators ?? FOLLOW_UP_VIEW_INDICATORS);
  const groups = new Map<string, Statistic[]>();
  for (const s of statistics) {
    if (!wanted.has(s.indicator)) continue;
    const key = [
      s.subject,
      s.indicator,
      s.unit,
      text(s.definition),
      breakdownKey(s.breakdown),
      areaKey(s.area),
      // A sub-line ("Inskrivna per år", "Under förbundets finansiering") counts something else.
      text(s.category),
    ].join('\u0001');
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups].map(([key, list]) => {
    const first = list[0]!;
    const points = list
      .map((s) => ({
        period: periodText(s),
        value: s.value,
        ...(s.target !== undefined && { target: s.target }),
        sources: sourceIds(s),
        statistic: s,
      }))
      .sort((a, b) => (a.period === '' ? 1 : b.period === '' ? -1 : a.period.localeCompare(b.period)));
    return {
      key,
      subject: first.subject,
      indicator: first.indicator,
      unit: first.unit,
      ...(first.definition !== undefined && { definition: first.definition }),
      ...(first.breakdown !== undefined && { breakdown: first.breakdown }),
      ...(first.area !== undefined && { area: first.area }),
      ...(first.category !== undefined && { category: first.category }),
      national: first.area?.national === true,
      points,
      sources: [...new Set(points.flatMap((p) => p.sources))].sort(),
    };
  });
}
