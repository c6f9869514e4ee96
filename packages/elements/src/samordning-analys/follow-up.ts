import {
  type Dataset,
  type FollowUpSeries,
  followUpSeries,
  type ReviewStatus,
  reviewStatus,
  type Service,
  scopeRecords,
} from '@samordningskartan/sdk';

/** The figures of one subject and indicator: the series one chart and its table show. */
export interface ChartGroup {
  subject: string;
  indicator: string;
  unit: FollowUpSeries['unit'];
  series: FollowUpSeries[];
}

/** Uppföljning: the follow-up figures in scope as chart groups, and the catalogue's review status. */
export interface FollowUpView {
  charts: ChartGroup[];
  review: ReviewStatus;
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
function scopeOf(
  ds: Dataset,
  scope: FollowUpScope,
): { subjects?: Set<string>; services: readonly Service[] } {
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

const cache = new WeakMap<Dataset, Map<string, FollowUpView>>();

/** Computes the view once per dataset and scope (a render must not redo it). */
export function followUpView(ds: Dataset, scope: FollowUpScope): FollowUpView {
  const key = JSON.stringify([scope.association, scope.municipality, scope.today]);
  const known = cache.get(ds)?.get(key);
  if (known) return known;
  const { subjects, services } = scopeOf(ds, scope);
  const statistics = ds.statistics.filter(
    (s) => !subjects || subjects.has(s.subject) || (s.subject === ds.meta.id && s.area !== undefined),
  );
  const groups = new Map<string, ChartGroup>();
  for (const series of followUpSeries(statistics)) {
    // One chart never mixes units: 110 årsplatser and 60 persons are not on one scale.
    const key = `${series.subject}\u0000${series.indicator}\u0000${series.unit}`;
    const group = groups.get(key) ?? {
      subject: series.subject,
      indicator: series.indicator,
      unit: series.unit,
      series: [],
    };
    group.series.push(series);
    groups.set(key, group);
  }
  // The förbund first, then its insatser, comparisons (about the dataset itself) last.
  const rank = (g: ChartGroup) => (g.subject === scope.association ? 0 : g.subject === ds.meta.id ? 2 : 1);
  const charts = [...groups.values()].sort((a, b) => rank(a) - rank(b));
  const view = {
    charts,
    review: reviewStatus(services, scope.today ? { today: scope.today } : {}),
  };
  const map = cache.get(ds) ?? new Map<string, FollowUpView>();
  map.set(key, view);
  cache.set(ds, map);
  return view;
}
