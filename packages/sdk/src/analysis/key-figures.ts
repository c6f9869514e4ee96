import type { Dataset } from '../query/dataset.js';
import type { Scope } from '../query/scope.js';
import type { TodayOption } from '../query/status.js';
import type { LocalizedText, SourceRef } from '../schema/common.js';
import type { Service } from '../schema/service.js';
import type { Statistic } from '../schema/statistic.js';
import type { CapacityUnit, ServiceStatus, StatisticUnit } from '../schema/vocabulary.js';
import { localize } from '../text/localized.js';
import { scopedDataset } from './collaboration.js';
import { isAvailable, yearOfPeriod } from './period.js';

/** One statistic as a line of a year's figure. */
export interface FigureLine {
  label: LocalizedText | undefined;
  value: number;
  statistic: Statistic;
}

/** One indicator's figures for one year, unit and source definition. */
export interface YearFigures {
  /** Undefined when the statistics give no period year. */
  year: number | undefined;
  unit: StatisticUnit;
  /** Who defines the figures (see `sourceDefinitionOf`); "" when no source is given. */
  definition: string;
  /** The source ids the figures come from (sorted; empty when none is given). */
  sources: string[];
  /** The stated total: a line without category, or whose category starts with "Totalt"/"Total"/"Summa". */
  stated?: number;
  statedLabel?: LocalizedText;
  /** The other lines (budget posts, members' shares …). */
  lines: FigureLine[];
  linesSum: number;
  /**
   * The figure for the year: the stated total, else the lines' sum for money (posts add up), else the
   * largest line (counts of people in different lines are often the same people).
   */
  total: number;
  /** `stated − linesSum` when both exist (0 otherwise). */
  difference: number;
  /** True unless a stated money total disagrees with its lines by more than 1 krona. */
  balanced: boolean;
}

export interface IndicatorFigures {
  indicator: string;
  /** Every year of the indicator, oldest first; one entry per year, unit and source definition. */
  years: YearFigures[];
  /** The same figures as series: values join only with the same indicator, unit and sources. */
  series: StatisticSeries[];
}

/**
 * Values of one indicator that may be read as one series over time: the same indicator, unit and
 * source definition (`sourceDefinitionOf`). Figures from different sources are separate series, each
 * with its sources, never one line.
 */
export interface StatisticSeries {
  /** `indicator|unit|definition`, stable for keys in views. */
  key: string;
  indicator: string;
  unit: StatisticUnit;
  definition: string;
  sources: string[];
  years: YearFigures[];
}

export interface FundingEntry {
  funder: string;
  year: number | undefined;
  /** Undefined when the amount is not stated. */
  amount: number | undefined;
  currency: string;
  note?: LocalizedText;
}

/** Figures of one insats, as seen from the subject. */
export interface ServiceFigures {
  service: Service;
  /** Funding entries from the subject (and its units); for an insats subject all its funding. */
  funding: FundingEntry[];
  /** Sum of the stated amounts in `funding`. */
  fundingTotal: number;
  budget: YearFigures[];
  participants: YearFigures[];
}

export interface YearTotal {
  year: number | undefined;
  total: number;
}

export interface CapacityTotal {
  unit: CapacityUnit;
  total: number;
  services: Service[];
}

/** Participants per year in one unit (persons, places …): different units are never added. */
export interface ParticipantsByUnit {
  unit: StatisticUnit;
  years: YearTotal[];
}

export interface KeyFigures {
  subject: string;
  /** The subject's own statistics, by indicator and year. */
  indicators: IndicatorFigures[];
  /** The subject's insatser (for an organisation: provided, funded or steered, units included). */
  services: ServiceFigures[];
  /** Stated funding amounts per year, summed over `services` (they add up to `fundingTotal`). */
  fundingByYear: YearTotal[];
  fundingTotal: number;
  /** Insatser with a funding entry from the subject that states no amount. */
  fundingWithoutAmount: Service[];
  /** Participants (unit "persons") per year, summed over the insatser's `participants` figures. */
  participantsByYear: YearTotal[];
  /** Participants per year for every unit the figures use, each unit apart. */
  participantsByUnit: ParticipantsByUnit[];
  /**
   * Stated capacity of the available insatser, one entry per unit: "110 årsplatser" and
   * "800 deltagartillfällen" stay two figures, never one sum.
   */
  capacity: CapacityTotal[];
}

export interface KeyFiguresOptions extends TodayOption {
  /** Insatser counted in `capacity`, by effective status on `today` (default: active). */
  statuses?: readonly ServiceStatus[];
  /**
   * Only insatser and statistics in this scope (default: the förbund's own scope when the subject is
   * a förbund, else the whole dataset).
   */
  scope?: Scope;
}

const TOTAL_LABEL = /^(totalt?|totala|total|summa|sum)\b/i;

function isTotalLine(s: Statistic): boolean {
  if (s.category === undefined) return true;
  const texts = typeof s.category === 'string' ? [s.category] : [s.category.sv, s.category.en ?? ''];
  return texts.some((t) => TOTAL_LABEL.test(t.trim()));
}

function compareYears(a: number | undefined, b: number | undefined): number {
  return (a ?? Number.POSITIVE_INFINITY) - (b ?? Number.POSITIVE_INFINITY);
}

/** The source ids of a statistic, sorted. */
function sourceIds(ref: SourceRef | undefined): string[] {
  if (ref === undefined) return [];
  return (typeof ref === 'string' ? [ref] : [...ref]).sort();
}

/** Tells what defines a figure (who measured it): values join in a series only with the same. */
export type DefinitionOf = (statistic: Statistic) => string;

/** Without a dataset the definition is the statistic's source ids. */
const bySourceIds: DefinitionOf = (s) => sourceIds(s.source).join(',');

/**
 * The source definition of statistics in a dataset: the publishers of their sources (a yearly plan
 * of the same förbund is one definition), else the source ids; "" when no source is given.
 */
export function sourceDefinitionOf(ds: Dataset): DefinitionOf {
  return (s) =>
    sourceIds(s.source)
      .map((id) => {
        const publisher = ds.source(id)?.publisher;
        return publisher === undefined ? `#${id}` : localize(publisher, 'sv');
      })
      .sort()
      .join(',');
}

/**
 * Groups statistics of one indicator by year, unit and source definition into `YearFigures`, oldest
 * year first: two figures of one year from different definitions are never added up nor one taken
 * for the other.
 */
export function yearFigures(
  statistics: readonly Statistic[],
  definitionOf: DefinitionOf = bySourceIds,
): YearFigures[] {
  const groups = new Map<string, Statistic[]>();
  for (const s of statistics) {
    const key = `${yearOfPeriod(s.period) ?? ''}|${s.unit}|${definitionOf(s)}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const out: YearFigures[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    const totals = list.filter(isTotalLine);
    const lines = list
      .filter((s) => !isTotalLine(s))
      .map((s) => ({ label: s.category, value: s.value, statistic: s }));
    const linesSum = lines.reduce((sum, l) => sum + l.value, 0);
    const stated = totals.length ? totals.reduce((sum, s) => sum + s.value, 0) : undefined;
    const money = first.unit === 'SEK';
    const fromLines = money ? linesSum : Math.max(0, ...lines.map((l) => l.value));
    const difference = stated !== undefined && lines.length ? stated - linesSum : 0;
    const statedLabel = totals.length === 1 ? totals[0]!.category : undefined;
    out.push({
      year: yearOfPeriod(first.period),
      unit: first.unit,
      definition: definitionOf(first),
      sources: [...new Set(list.flatMap((s) => sourceIds(s.source)))].sort(),
      ...(stated !== undefined && { stated }),
      ...(statedLabel !== undefined && { statedLabel }),
      lines,
      linesSum,
      total: stated ?? fromLines,
      difference,
      balanced: !money || Math.abs(difference) <= 1,
    });
  }
  return out.sort(
    (a, b) =>
      compareYears(a.year, b.year) ||
      a.unit.localeCompare(b.unit) ||
      a.definition.localeCompare(b.definition),
  );
}

/**
 * Statistics as series: one per indicator, unit and source definition, each with its years (see
 * `yearFigures`). A view shows each series as its own row, with its sources.
 */
export function statisticSeries(
  statistics: readonly Statistic[],
  definitionOf: DefinitionOf = bySourceIds,
): StatisticSeries[] {
  const groups = new Map<string, Statistic[]>();
  for (const s of statistics) {
    const key = `${s.indicator}|${s.unit}|${definitionOf(s)}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups].map(([key, list]) => {
    const years = yearFigures(list, definitionOf);
    return {
      key,
      indicator: list[0]!.indicator,
      unit: list[0]!.unit,
      definition: definitionOf(list[0]!),
      sources: [...new Set(years.flatMap((y) => y.sources))].sort(),
      years,
    };
  });
}

/** Adds up values per year, oldest first. */
function sumByYear(entries: ReadonlyArray<{ year: number | undefined; value: number }>): YearTotal[] {
  const map = new Map<number | undefined, number>();
  for (const e of entries) map.set(e.year, (map.get(e.year) ?? 0) + e.value);
  return [...map].map(([year, total]) => ({ year, total })).sort((a, b) => compareYears(a.year, b.year));
}

/**
 * Key figures of an organisation, förbund or insats: its own statistics by indicator and year (budget
 * posts with their stated total and whether they add up), and over its insatser the funding it gives
 * per insats and year, participants and capacity.
 */
export function keyFigures(whole: Dataset, subjectId: string, options: KeyFiguresOptions = {}): KeyFigures {
  const isAssociation = whole.organisation(subjectId)?.kind === 'coordinationAssociation';
  const ds = scopedDataset(whole, {
    ...(options.scope && { scope: options.scope }),
    ...(isAssociation && { association: subjectId }),
  });
  const definitionOf = sourceDefinitionOf(ds);
  const own = ds.statisticsOf(subjectId);
  const indicatorIds = [...new Set(own.map((s) => s.indicator))];
  const indicators = indicatorIds.map((indicator) => {
    const list = own.filter((s) => s.indicator === indicator);
    return { indicator, years: yearFigures(list, definitionOf), series: statisticSeries(list, definitionOf) };
  });

  const asService = ds.service(subjectId);
  const side = new Set(asService ? [] : [subjectId, ...ds.descendants(subjectId).map((d) => d.id)]);
  const services = asService ? [asService] : ds.servicesByOrganisation(subjectId);
  const serviceFigures: ServiceFigures[] = services.map((service) => {
    const funding: FundingEntry[] = (service.funding ?? [])
      .filter((f) => asService || side.has(f.funder))
      .map((f) => ({
        funder: f.funder,
        year: f.year ?? yearOfPeriod(f.period),
        amount: f.amount,
        currency: f.currency ?? 'SEK',
        ...(f.note !== undefined && { note: f.note }),
      }));
    return {
      service,
      funding,
      fundingTotal: funding.reduce((sum, f) => sum + (f.amount ?? 0), 0),
      budget: yearFigures(ds.statisticsOf(service.id, 'budget'), definitionOf),
      participants: yearFigures(ds.statisticsOf(service.id, 'participants'), definitionOf),
    };
  });

  const fundingEntries = serviceFigures.flatMap((sf) =>
    sf.funding.flatMap((f) => (f.amount === undefined ? [] : [{ year: f.year, value: f.amount }])),
  );
  const participantUnits = [
    ...new Set(serviceFigures.flatMap((sf) => sf.participants.map((y) => y.unit))),
  ].sort();
  const participantsByUnit = participantUnits.map((unit) => ({
    unit,
    years: sumByYear(
      serviceFigures.flatMap((sf) =>
        sf.participants.filter((y) => y.unit === unit).map((y) => ({ year: y.year, value: y.total })),
      ),
    ),
  }));
  const capacityByUnit = new Map<CapacityUnit, CapacityTotal>();
  for (const s of services) {
    const available = isAvailable(s, {
      ...(options.statuses && { statuses: options.statuses }),
      ...(options.today !== undefined && { today: options.today }),
    });
    if (!s.capacity || !available) continue;
    const entry = capacityByUnit.get(s.capacity.unit) ?? { unit: s.capacity.unit, total: 0, services: [] };
    entry.total += s.capacity.value;
    entry.services.push(s);
    capacityByUnit.set(s.capacity.unit, entry);
  }
  return {
    subject: subjectId,
    indicators,
    services: serviceFigures,
    fundingByYear: sumByYear(fundingEntries),
    fundingTotal: fundingEntries.reduce((sum, e) => sum + e.value, 0),
    fundingWithoutAmount: serviceFigures
      .filter((sf) => sf.funding.some((f) => f.amount === undefined))
      .map((sf) => sf.service),
    participantsByYear: participantsByUnit.find((p) => p.unit === 'persons')?.years ?? [],
    participantsByUnit,
    capacity: [...capacityByUnit.values()],
  };
}

/** The figures of one indicator of a `KeyFigures`, e.g. the budgets per year. */
export function indicatorYears(figures: KeyFigures, indicator: string): YearFigures[] {
  return figures.indicators.find((i) => i.indicator === indicator)?.years ?? [];
}
