import type { Dataset } from '../query/dataset.js';
import type { LocalizedText } from '../schema/common.js';
import type { CapacityUnit, Service, ServiceStatus } from '../schema/service.js';
import type { Statistic, StatisticUnit } from '../schema/statistic.js';
import { isAvailable, yearOfPeriod } from './period.js';

/** One statistic as a line of a year's figure. */
export interface FigureLine {
  label: LocalizedText | undefined;
  value: number;
  statistic: Statistic;
}

/** One indicator's figures for one year (and unit). */
export interface YearFigures {
  /** Undefined when the statistics give no period year. */
  year: number | undefined;
  unit: StatisticUnit;
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
  /** Participants per year, summed over the insatser's `participants` figures. */
  participantsByYear: YearTotal[];
  /** Stated capacity of the available insatser, summed by unit. */
  capacity: CapacityTotal[];
}

export interface KeyFiguresOptions {
  /** Insatser counted in `capacity` (default: active). */
  statuses?: readonly ServiceStatus[];
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

/** Groups statistics of one indicator by year and unit into `YearFigures`, oldest year first. */
export function yearFigures(statistics: readonly Statistic[]): YearFigures[] {
  const groups = new Map<string, Statistic[]>();
  for (const s of statistics) {
    const key = `${yearOfPeriod(s.period) ?? ''}|${s.unit}`;
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
      ...(stated !== undefined && { stated }),
      ...(statedLabel !== undefined && { statedLabel }),
      lines,
      linesSum,
      total: stated ?? fromLines,
      difference,
      balanced: !money || Math.abs(difference) <= 1,
    });
  }
  return out.sort((a, b) => compareYears(a.year, b.year) || a.unit.localeCompare(b.unit));
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
export function keyFigures(ds: Dataset, subjectId: string, options: KeyFiguresOptions = {}): KeyFigures {
  const own = ds.statisticsOf(subjectId);
  const indicatorIds = [...new Set(own.map((s) => s.indicator))];
  const indicators = indicatorIds.map((indicator) => ({
    indicator,
    years: yearFigures(own.filter((s) => s.indicator === indicator)),
  }));

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
      budget: yearFigures(ds.statisticsOf(service.id, 'budget')),
      participants: yearFigures(ds.statisticsOf(service.id, 'participants')),
    };
  });

  const fundingEntries = serviceFigures.flatMap((sf) =>
    sf.funding.flatMap((f) => (f.amount === undefined ? [] : [{ year: f.year, value: f.amount }])),
  );
  const capacityByUnit = new Map<CapacityUnit, CapacityTotal>();
  for (const s of services) {
    if (!s.capacity || !isAvailable(s, options.statuses ? { statuses: options.statuses } : {})) continue;
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
    participantsByYear: sumByYear(
      serviceFigures.flatMap((sf) => sf.participants.map((y) => ({ year: y.year, value: y.total }))),
    ),
    capacity: [...capacityByUnit.values()],
  };
}

/** The figures of one indicator of a `KeyFigures`, e.g. the budgets per year. */
export function indicatorYears(figures: KeyFigures, indicator: string): YearFigures[] {
  return figures.indicators.find((i) => i.indicator === indicator)?.years ?? [];
}
