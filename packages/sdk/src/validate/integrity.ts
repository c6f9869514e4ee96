import { editDistance } from '../municipalities/index.js';
import { type Problem, problem } from '../problems/problem.js';
import { filterSteps, type Steps } from '../query/steps.js';
import type { DatasetData } from '../schema/dataset.js';
import type { TaxonomyScheme } from '../schema/vocabulary.js';
import { DEFAULT_TAXONOMY } from '../taxonomy/default-vocabulary.js';
import { FOLLOW_UP_INDICATOR_IDS } from '../taxonomy/indicator-ids.js';
import { recordPath } from './record-path.js';

type Report = (p: Problem) => void;

/**
 * Records dropped while validating, by id, with the problem that says so. References to them are
 * not reported one by one: they are counted into that problem ("3 relationer pekar på posten …").
 */
export type DroppedRecords = Map<string, { problem: Problem; relations: number; references: number }>;

/**
 * Checks references across the dataset and repairs what would break consumers (a graph library throws
 * on a dangling edge): duplicate records are dropped, dangling references removed, cycles broken.
 * Every repair is reported as an error.
 */
export function* checkIntegrity(
  data: DatasetData,
  report: Report,
  dropped: DroppedRecords = new Map(),
): Steps<void> {
  let n = 0;
  const step = () => (++n & 1023) === 0;
  const fold = (id: string, kind: 'relations' | 'references'): boolean => {
    const d = dropped.get(id);
    if (d) d[kind]++;
    return d !== undefined;
  };
  const missing = (path: string, what: string, id: string, candidates?: Iterable<string>) => {
    if (fold(id, 'references')) return;
    const near = candidates && closest(id, candidates);
    report(
      problem(
        'error',
        path,
        'missing-reference',
        `hänvisar till ${what} "${id}" som inte finns${near ? ` (menade du "${near}"?)` : ''}`,
        `refers to ${whatEn[what] ?? what} "${id}" which does not exist${near ? ` (did you mean "${near}"?)` : ''}`,
      ),
    );
  };

  // Unique ids. Organisations and insatser share one namespace since relations may join any two.
  const records = new Map<string, object>();
  data.organisations = yield* filterSteps(data.organisations, (o) => claim(records, o.id, o, report));
  data.services = yield* filterSteps(data.services, (s) => claim(records, s.id, s, report));
  const sourceIds = new Map<string, object>();
  data.sources = data.sources.filter((s) => claim(sourceIds, s.id, s, report));
  const termIds = new Map<string, object>();
  data.taxonomy = data.taxonomy.filter((t) => claim(termIds, t.id, t, report));

  // Terms of the default vocabulary and the dataset, by scheme.
  const terms = new Map<string, TaxonomyScheme>();
  for (const t of DEFAULT_TAXONOMY) terms.set(t.id, t.scheme);
  for (const id of FOLLOW_UP_INDICATOR_IDS) terms.set(id, 'indicator');
  for (const t of data.taxonomy) terms.set(t.id, t.scheme);
  const termsOf = (scheme: TaxonomyScheme) => [...terms].filter(([, s]) => s === scheme).map(([id]) => id);
  for (const t of data.taxonomy) {
    if (t.parent !== undefined && terms.get(t.parent) !== t.scheme) {
      missing(`${recordPath(t)}.parent`, 'termen', t.parent, termsOf(t.scheme));
      delete t.parent;
    }
  }
  const checkTerms = (owner: object, list: string[] | undefined, field: string, scheme: TaxonomyScheme) =>
    list?.filter((id, i) => {
      if (terms.get(id) === scheme) return true;
      missing(`${recordPath(owner)}.${field}[${i}]`, SCHEME_SV[scheme], id, termsOf(scheme));
      return false;
    });

  const orgIds = new Set(data.organisations.map((o) => o.id));
  const serviceIds = new Set(data.services.map((s) => s.id));
  const checkOrg = (owner: object, field: string, id: string): boolean => {
    if (orgIds.has(id)) return true;
    if (serviceIds.has(id)) {
      report(
        problem(
          'error',
          `${recordPath(owner)}.${field}`,
          'wrong-reference-kind',
          `"${id}" är en insats, inte en organisation`,
          `"${id}" is an insats, not an organisation`,
        ),
      );
    } else {
      missing(`${recordPath(owner)}.${field}`, 'organisationen', id, orgIds);
    }
    return false;
  };

  for (const o of data.organisations) {
    if (step()) yield;
    if (o.parent !== undefined && !checkOrg(o, 'parent', o.parent)) delete o.parent;
    o.priorityTargetGroups = checkTerms(o, o.priorityTargetGroups, 'priorityTargetGroups', 'targetGroup');
    if (o.parent === o.id) {
      report(
        problem(
          'error',
          `${recordPath(o)}.parent`,
          'parent-cycle',
          'en organisation kan inte vara sin egen överordnade',
          'an organisation cannot be its own parent',
        ),
      );
      delete o.parent;
    }
    checkSources(o, sourceIds, report);
  }
  yield* breakCycles(
    data.organisations,
    (o) => o.parent,
    (o) => {
      delete o.parent;
    },
    report,
  );

  for (const s of data.services) {
    if (step()) yield;
    const at = recordPath(s);
    s.providers = s.providers.filter((id, i) => checkOrg(s, `providers[${i}]`, id));
    if (s.funding) s.funding = s.funding.filter((f, i) => checkOrg(s, `funding[${i}].funder`, f.funder));
    if (s.access?.referrers)
      s.access.referrers = s.access.referrers.filter((id, i) => checkOrg(s, `access.referrers[${i}]`, id));
    if (s.partOf !== undefined && (!serviceIds.has(s.partOf) || s.partOf === s.id)) {
      missing(`${at}.partOf`, 'insatsen', s.partOf, serviceIds);
      delete s.partOf;
    }
    if (s.review?.ownerUnit !== undefined && !checkOrg(s, 'review.ownerUnit', s.review.ownerUnit))
      delete s.review.ownerUnit;
    s.targetGroups = checkTerms(s, s.targetGroups, 'targetGroups', 'targetGroup');
    s.methods = checkTerms(s, s.methods, 'methods', 'method');
    s.serviceTypes = checkTerms(s, s.serviceTypes, 'serviceTypes', 'serviceType');
    if (s.ageRange?.min !== undefined && s.ageRange.max !== undefined && s.ageRange.min > s.ageRange.max) {
      report(
        problem(
          'error',
          `${at}.ageRange`,
          'invalid-range',
          `lägsta ålder ${s.ageRange.min} är högre än högsta ${s.ageRange.max}`,
          `minimum age ${s.ageRange.min} is above maximum ${s.ageRange.max}`,
        ),
      );
      delete s.ageRange;
    }
    if (s.period?.start && s.period.end && s.period.start > s.period.end) {
      report(
        problem(
          'error',
          `${at}.period`,
          'invalid-range',
          `perioden slutar (${s.period.end}) före start (${s.period.start})`,
          `the period ends (${s.period.end}) before it starts (${s.period.start})`,
        ),
      );
      delete s.period;
    }
    checkSources(s, sourceIds, report);
  }
  yield* breakCycles(
    data.services,
    (s) => s.partOf,
    (s) => {
      delete s.partOf;
    },
    report,
  );

  const relationIds = new Map<string, object>();
  data.relations = yield* filterSteps(data.relations, (r) => {
    const at = recordPath(r);
    r.id ??= `${r.kind}:${r.from}:${r.to}`;
    let ok = claim(relationIds, r.id, r, report);
    let folded = false;
    for (const end of ['from', 'to'] as const) {
      if (!records.has(r[end])) {
        if (!folded && dropped.has(r[end])) folded = fold(r[end], 'relations');
        else if (!dropped.has(r[end])) missing(`${at}.${end}`, 'posten', r[end], records.keys());
        ok = false;
      }
    }
    if (ok && r.from === r.to) {
      report(
        problem(
          'error',
          at,
          'self-relation',
          `relationen går från "${r.from}" till sig själv`,
          `the relation goes from "${r.from}" to itself`,
        ),
      );
      ok = false;
    }
    if (ok) checkSources(r, sourceIds, report);
    return ok;
  });

  const statisticIds = new Map<string, object>();
  data.statistics = yield* filterSteps(data.statistics, (st) => {
    if (st.id !== undefined && !claim(statisticIds, st.id, st, report)) return false;
    if (!orgIds.has(st.subject) && !serviceIds.has(st.subject) && st.subject !== data.meta.id) {
      missing(`${recordPath(st)}.subject`, 'posten', st.subject, records.keys());
      return false;
    }
    if (st.counterpart !== undefined && !orgIds.has(st.counterpart)) {
      missing(`${recordPath(st)}.counterpart`, 'organisationen', st.counterpart);
      delete st.counterpart;
    }
    const group = st.breakdown?.targetGroup;
    if (group !== undefined && terms.get(group) !== 'targetGroup') {
      missing(`${recordPath(st)}.breakdown.targetGroup`, 'målgruppen', group);
      delete st.breakdown!.targetGroup;
    }
    if (terms.get(st.indicator) !== 'indicator') {
      report(
        problem(
          'warning',
          `${recordPath(st)}.indicator`,
          'missing-reference',
          `okänd indikator "${st.indicator}"; lägg till den i taxonomy`,
          `unknown indicator "${st.indicator}"; add it to taxonomy`,
        ),
      );
    }
    checkSources(st, sourceIds, report);
    return true;
  });

  for (const [view, positions] of Object.entries(data.layouts)) {
    for (const id of Object.keys(positions)) {
      if (!orgIds.has(id) && !serviceIds.has(id)) {
        report(
          problem(
            'warning',
            `layouts.${view}["${id}"]`,
            'missing-reference',
            `position för okänd post "${id}" ignoreras`,
            `position for unknown record "${id}" is ignored`,
          ),
        );
        delete positions[id];
      }
    }
  }
}

const SCHEME_SV: Record<TaxonomyScheme, string> = {
  targetGroup: 'målgruppen',
  method: 'metoden',
  serviceType: 'insatstypen',
  indicator: 'indikatorn',
};
const whatEn: Record<string, string> = {
  målgruppen: 'target group',
  metoden: 'method',
  insatstypen: 'kind of insats',
  indikatorn: 'indicator',
  organisationen: 'organisation',
  insatsen: 'insats',
  posten: 'record',
  termen: 'term',
  källan: 'source',
};

/** The candidate closest to `id` when close enough to be a likely typo. */
function closest(id: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  const lower = id.toLowerCase();
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best !== undefined && bestD > 0 && bestD <= Math.max(2, Math.floor(id.length / 4))
    ? best
    : undefined;
}

/** Marks `id` as taken; reports (naming where the first one is) and returns false when it already was. */
function claim(seen: Map<string, object>, id: string, record: object, report: Report): boolean {
  const first = seen.get(id);
  if (first) {
    const where = recordPath(first);
    report(
      problem(
        'error',
        `${recordPath(record)}.id`,
        'duplicate-id',
        `id "${id}" finns redan i ${where}; den här posten hoppas över`,
        `id "${id}" is already used by ${where}; this record is skipped`,
      ),
    );
    return false;
  }
  seen.set(id, record);
  return true;
}

/** Adds the folded follow-on counts to the problems of dropped records. */
export function foldFollowOns(dropped: DroppedRecords): void {
  for (const d of dropped.values()) {
    const sv: string[] = [];
    const en: string[] = [];
    if (d.relations) {
      sv.push(
        d.relations === 1
          ? '1 relation pekar på posten och hoppas också över'
          : `${d.relations} relationer pekar på posten och hoppas också över`,
      );
      en.push(
        d.relations === 1
          ? '1 relation points to the record and is skipped too'
          : `${d.relations} relations point to the record and are skipped too`,
      );
    }
    if (d.references) {
      sv.push(
        d.references === 1
          ? '1 hänvisning till posten tas bort'
          : `${d.references} hänvisningar till posten tas bort`,
      );
      en.push(
        d.references === 1
          ? '1 reference to the record is removed'
          : `${d.references} references to the record are removed`,
      );
    }
    if (!sv.length) continue;
    d.problem.message = {
      sv: `${d.problem.message.sv}; ${sv.join('; ')}`,
      en: `${d.problem.message.en}; ${en.join('; ')}`,
    };
  }
}

function checkSources(
  record: { source?: string | string[] },
  sourceIds: ReadonlyMap<string, object>,
  report: Report,
) {
  if (record.source === undefined) return;
  const list = Array.isArray(record.source) ? record.source : [record.source];
  list.forEach((id, i) => {
    if (!sourceIds.has(id)) {
      const path = `${recordPath(record)}.source${Array.isArray(record.source) ? `[${i}]` : ''}`;
      report(
        problem(
          'warning',
          path,
          'missing-reference',
          `källan "${id}" finns inte i sources`,
          `source "${id}" is not in sources`,
        ),
      );
    }
  });
}

/** Follows `next` links; where a chain returns to itself, cuts the link of the record that closes it. */
function* breakCycles<T extends { id: string }>(
  items: T[],
  next: (item: T) => string | undefined,
  cut: (item: T) => void,
  report: Report,
): Steps<void> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const done = new Set<string>();
  for (const [i, start] of items.entries()) {
    if ((i & 1023) === 1023) yield;
    const onPath = new Set<string>();
    let cur: T | undefined = start;
    while (cur && !done.has(cur.id)) {
      if (onPath.has(cur.id)) {
        report(
          problem(
            'error',
            recordPath(cur),
            'parent-cycle',
            `"${cur.id}" ingår i en cirkulär hierarki; länken bryts`,
            `"${cur.id}" is part of a circular hierarchy; the link is cut`,
          ),
        );
        cut(cur);
        break;
      }
      onPath.add(cur.id);
      const n = next(cur);
      cur = n === undefined ? undefined : byId.get(n);
    }
    for (const id of onPath) done.add(id);
  }
}
