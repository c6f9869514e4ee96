import {
  FOLLOW_UP_INDICATOR_TERMS,
  followUpSeries,
  indicatorYears,
  isAvailable,
  type KeyFigures,
  keyFigures,
  mapSteps,
  reviewStatusSteps,
  type Service,
  type Steps,
  scopeRecords,
  type YearFigures,
} from '@samordningskartan/sdk';
import type { Names } from './analysis-model.js';
import type { ChartModel, KeyFiguresModel, OverviewRow, ReviewModel, YearModel } from './analysis-types.js';

function yearModel(n: Names, y: YearFigures): YearModel {
  return {
    year: y.year,
    unit: y.unit,
    sources: y.sources.map((s) => n.source(s)),
    ...(y.stated !== undefined && { stated: y.stated }),
    ...(y.statedLabel !== undefined && { statedLabel: y.statedLabel }),
    lines: y.lines.map((l) => ({ label: l.label, value: l.value })),
    linesSum: y.linesSum,
    total: y.total,
    difference: y.difference,
    balanced: y.balanced,
  };
}

const active = (k: KeyFigures) => k.services.filter((s) => isAvailable(s.service)).length;

/** One förbund's key figures: the summary, budget, funding of insatser and other indicators. */
export function keyFiguresModel(n: Names, association: string): KeyFiguresModel {
  const k = keyFigures(n.ds, association);
  return {
    services: k.services.length,
    active: active(k),
    participants: k.participantsByUnit.flatMap((p) => {
      const latest = p.years.filter((y) => y.year !== undefined).at(-1);
      return latest ? [{ unit: p.unit, year: latest.year, total: latest.total }] : [];
    }),
    capacity: k.capacity.map((c) => ({ unit: c.unit, total: c.total })),
    budget: indicatorYears(k, 'budget').map((y) => yearModel(n, y)),
    funding: k.services.flatMap((sf) =>
      sf.funding.map((f) => ({ service: n.name(sf.service.id), year: f.year, amount: f.amount })),
    ),
    fundingByYear: k.fundingByYear,
    fundingTotal: k.fundingTotal,
    other: k.indicators
      .filter((i) => i.indicator !== 'budget')
      .map((i) => ({ indicator: n.name(i.indicator), years: i.years.map((y) => yearModel(n, y)) })),
  };
}

/**
 * Per förbund: its latest budget in kronor, its funding and its active insatser; a step per förbund
 * (every förbund of a national dataset takes a second at 50 000 insatser).
 */
export function* overviewSteps(n: Names, associations: readonly string[]): Steps<OverviewRow[]> {
  const rows: OverviewRow[] = [];
  for (const id of associations) {
    const k = keyFigures(n.ds, id);
    const budget = indicatorYears(k, 'budget')
      .filter((y) => y.year !== undefined && y.unit === 'SEK')
      .at(-1);
    rows.push({
      id: n.name(id),
      budgetYear: budget?.year,
      budget: budget?.total,
      funding: k.fundingTotal,
      active: active(k),
    });
    yield;
  }
  return rows;
}

export interface FollowUpScope {
  association: string | undefined;
  municipality: string | undefined;
  /** YYYY-MM-DD; undefined means today. */
  today: string | undefined;
}

/**
 * The subjects whose figures belong to the view: the förbund and its insatser, or the insatser of a
 * kommun and the förbund covering it; everything when neither is analysed. Figures about the dataset
 * itself with a wider area (a region, the country) are comparisons and belong to every view.
 */
function scopeOf(n: Names, scope: FollowUpScope): { subjects?: Set<string>; services: readonly Service[] } {
  const ds = n.ds;
  if (scope.association) {
    const services = ds.servicesByAssociation(scope.association);
    return { subjects: new Set([scope.association, ...services.map((s) => s.id)]), services };
  }
  if (scope.municipality) {
    const services = ds.servicesByMunicipality(scope.municipality);
    const covering = scopeRecords(ds, { municipality: scope.municipality }).coveringAssociations;
    return { subjects: new Set([...covering, ...services.map((s) => s.id)]), services };
  }
  return { services: ds.services };
}

/**
 * Uppföljning: the follow-up figures in scope as charts, and the catalogue's review status; in steps
 * (the review status of a national dataset reads every insats).
 */
export function* followUpSteps(
  n: Names,
  scope: FollowUpScope,
): Steps<{ charts: ChartModel[]; review: ReviewModel }> {
  const ds = n.ds;
  const { subjects, services } = scopeOf(n, scope);
  const statistics = ds.statistics.filter(
    (s) => !subjects || subjects.has(s.subject) || (s.subject === ds.meta.id && s.area !== undefined),
  );
  const groups = new Map<string, ChartModel>();
  for (const series of followUpSeries(statistics)) {
    // One chart never mixes units: 110 årsplatser and 60 persons are not on one scale.
    const key = `${series.subject}\u0000${series.indicator}\u0000${series.unit}`;
    let group = groups.get(key);
    if (!group) {
      const comparison = series.subject === ds.meta.id;
      if (!comparison) n.name(series.subject);
      group = {
        subject: series.subject,
        indicator: n.name(series.indicator),
        indicatorLabel: FOLLOW_UP_INDICATOR_TERMS.find((t) => t.id === series.indicator)?.label,
        unit: series.unit,
        comparison,
        series: [],
      };
      groups.set(key, group);
    }
    if (series.breakdown?.targetGroup) n.name(series.breakdown.targetGroup);
    group.series.push({
      ...(series.definition !== undefined && { definition: series.definition }),
      ...(series.breakdown && { breakdown: series.breakdown }),
      ...(series.area && { area: series.area }),
      ...(series.category !== undefined && { category: series.category }),
      national: series.national,
      points: series.points.map((p) => ({
        period: p.period,
        value: p.value,
        ...(p.target !== undefined && { target: p.target }),
        sources: p.sources.map((s) => n.source(s)),
      })),
      sources: series.sources.map((s) => n.source(s)),
    });
  }
  // The förbund first, then its insatser, comparisons (about the dataset itself) last.
  const rank = (g: ChartModel) => (g.subject === scope.association ? 0 : g.comparison ? 2 : 1);
  const charts = [...groups.values()].sort((a, b) => rank(a) - rank(b));
  yield;
  const r = yield* reviewStatusSteps(services, scope.today ? { today: scope.today } : {});
  const owners: ReviewModel['groups'] = [];
  for (const g of r.groups) {
    const items = yield* mapSteps(g.items, (i) => ({
      service: n.service(i.service),
      ...(i.lastReviewed !== undefined && { lastReviewed: i.lastReviewed }),
      ...(i.due !== undefined && { due: i.due }),
      overdue: i.overdue,
    }));
    owners.push({
      ...(g.ownerRole !== undefined && { ownerRole: g.ownerRole }),
      ...(g.ownerUnit !== undefined && { ownerUnit: n.name(g.ownerUnit) }),
      items,
    });
  }
  const review: ReviewModel = {
    termStart: r.termStart,
    termEnd: r.termEnd,
    considered: r.considered,
    groups: owners,
  };
  return { charts, review };
}
