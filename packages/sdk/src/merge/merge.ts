import { type Problem, problem } from '../problems/problem.js';
import type { DatasetData } from '../schema/dataset.js';
import type { Organisation } from '../schema/organisation.js';
import { foldText } from '../text/fold.js';
import { localize } from '../text/localized.js';
import { emptyDataset } from '../validate/validate.js';
import { deepEqual } from './deep-equal.js';
import { rewriteReferences } from './rewrite.js';

export interface MergePart {
  data: DatasetData;
  /** Source label (URL or file name) for problems. */
  label?: string;
}

export interface MergeResult {
  data: DatasetData;
  problems: Problem[];
}

/**
 * Merges validated datasets into one (several förbund, or a national view).
 *
 * - The same organisation in several files is one organisation: matched on organisation number, or on
 *   the same id and the same name. Later files fill in fields the first lacks; differing values are
 *   reported and the first kept. A later id that names an already known organisation number becomes an
 *   alias of the first id, and the later file's references follow it.
 * - The same id for different records is reported as an error and the later record is renamed
 *   `<dataset id>/<id>` (with its file's references), never overwritten.
 * - Records equal in every field are kept once.
 * - The same relation stated by two files for different areas (`appliesIn`) is one relation that
 *   applies in both.
 */
export function mergeDatasets(parts: readonly MergePart[]): MergeResult {
  const problems: Problem[] = [];
  if (parts.length === 1 && parts[0]) return { data: parts[0].data, problems };
  const out = emptyDataset();
  if (parts.length === 0) return { data: out, problems };

  out.formatVersion = parts[0]!.data.formatVersion;
  out.meta = combinedMeta(parts.map((p) => p.data));

  const orgs = new Map<string, Organisation>();
  const orgByNumber = new Map<string, Organisation>();
  const services = new Map<string, DatasetData['services'][number]>();
  const relations = new Map<string, DatasetData['relations'][number]>();
  const terms = new Map<string, DatasetData['taxonomy'][number]>();
  const sources = new Map<string, DatasetData['sources'][number]>();
  const statistics = new Map<string, DatasetData['statistics'][number]>();

  parts.forEach((part, partIndex) => {
    const report = (p: Problem) => problems.push(part.label ? { ...p, source: part.label } : p);
    const data = part.data;
    const prefix = data.meta.id || `del${partIndex + 1}`;
    const recordIds = new Map<string, string>();
    const sourceIds = new Map<string, string>();
    const renamed = (id: string) => `${prefix}/${id}`;

    // Organisations: the same one is unified (an id naming a known organisation number becomes an
    // alias); a different one under a taken id is renamed.
    for (const o of data.organisations) {
      const byNumber = o.organisationNumber ? orgByNumber.get(o.organisationNumber) : undefined;
      const sameId = orgs.get(o.id);
      if (byNumber && byNumber.id !== o.id) {
        recordIds.set(o.id, byNumber.id);
        report(
          problem(
            'info',
            `organisations["${o.id}"]`,
            'merged-organisation',
            `samma organisationsnummer som "${byNumber.id}"; slås ihop`,
            `same organisation number as "${byNumber.id}"; merged`,
          ),
        );
      } else if ((sameId && !byNumber && !isSameOrganisation(sameId, o)) || services.has(o.id)) {
        recordIds.set(o.id, renamed(o.id));
        report(conflict('organisations', o.id, renamed(o.id)));
      }
    }
    for (const s of data.services) {
      const existing = services.get(s.id);
      // Equal but for the error-report address stamped on below: the same record.
      if (existing && deepEqual({ ...existing, errorReport: undefined }, { ...s, errorReport: undefined }))
        continue;
      if (existing || orgs.has(s.id)) {
        recordIds.set(s.id, renamed(s.id));
        report(conflict('services', s.id, renamed(s.id)));
      }
    }
    for (const s of data.sources) {
      const existing = sources.get(s.id);
      if (existing && !deepEqual(existing, s)) {
        sourceIds.set(s.id, renamed(s.id));
        report(conflict('sources', s.id, renamed(s.id)));
      }
    }

    const part2 = rewriteReferences(data, recordIds, sourceIds);
    for (const o of part2.organisations) {
      const existing = orgs.get(o.id);
      if (existing) fillIn(existing, o, report);
      else {
        const copy = { ...o };
        orgs.set(o.id, copy);
        if (copy.organisationNumber) orgByNumber.set(copy.organisationNumber, copy);
      }
    }
    // The merged meta cannot hold every file's error-report address, so each insats carries its own.
    const report2 = data.meta.errorReport;
    for (const s of part2.services) {
      if (!services.has(s.id))
        services.set(s.id, s.errorReport || !report2 ? s : { ...s, errorReport: report2 });
    }
    for (const s of part2.sources) if (!sources.has(s.id)) sources.set(s.id, s);
    for (const r of part2.relations) {
      const existing = relations.get(r.id);
      if (!existing) relations.set(r.id, r);
      else if (sameButArea(existing, r)) relations.set(r.id, withJoinedArea(existing, r));
      else if (!deepEqual(existing, r)) {
        report(conflict('relations', r.id, renamed(r.id)));
        relations.set(renamed(r.id), { ...r, id: renamed(r.id) });
      }
    }
    for (const t of part2.taxonomy) {
      const existing = terms.get(t.id);
      if (!existing) terms.set(t.id, t);
      else if (!deepEqual(existing, t)) {
        report(
          problem(
            'warning',
            `taxonomy["${t.id}"]`,
            'conflicting-value',
            `termen "${t.id}" skiljer sig från en tidigare fil; den första behålls`,
            `term "${t.id}" differs from an earlier file; the first is kept`,
          ),
        );
      }
    }
    part2.statistics.forEach((st, i) => {
      const key = st.id ?? `${prefix}#${i}`;
      const existing = statistics.get(key);
      if (!existing) statistics.set(key, st);
      else if (!deepEqual(existing, st)) {
        report(conflict('statistics', key, renamed(key)));
        statistics.set(renamed(key), { ...st, id: renamed(key) });
      }
    });
    out.synonyms.push(...part2.synonyms);
    for (const [view, positions] of Object.entries(part2.layouts)) {
      out.layouts[view] = { ...positions, ...out.layouts[view] };
    }
  });

  out.organisations = [...orgs.values()];
  out.services = [...services.values()];
  out.relations = [...relations.values()];
  out.taxonomy = [...terms.values()];
  out.sources = [...sources.values()];
  out.statistics = [...statistics.values()];
  return { data: out, problems };
}

function conflict(collection: string, id: string, newId: string): Problem {
  return problem(
    'error',
    `${collection}["${id}"]`,
    'conflicting-id',
    `id "${id}" används redan för en annan post i en tidigare fil; den här posten får id "${newId}"`,
    `id "${id}" is already used by a different record in an earlier file; this record gets id "${newId}"`,
  );
}

function isSameOrganisation(a: Organisation, b: Organisation): boolean {
  if (a.organisationNumber && b.organisationNumber) return a.organisationNumber === b.organisationNumber;
  return a.kind === b.kind && foldText(localize(a.name)) === foldText(localize(b.name));
}

const UNION_FIELDS = new Set(['municipalities', 'contactPoints', 'source']);

/** Copies into `target` the fields it lacks; unions list fields; reports differing values. */
function fillIn(target: Organisation, other: Organisation, report: (p: Problem) => void) {
  const t = target as Record<string, unknown>;
  for (const [key, value] of Object.entries(other)) {
    if (key === 'id') continue;
    if (t[key] === undefined) t[key] = value;
    else if (UNION_FIELDS.has(key)) t[key] = union(t[key], value);
    else if (!deepEqual(t[key], value)) {
      report(
        problem(
          'warning',
          `organisations["${other.id}"].${key}`,
          'conflicting-value',
          `värdet skiljer sig från "${target.id}" i en tidigare fil; det första behålls`,
          `the value differs from "${target.id}" in an earlier file; the first is kept`,
        ),
      );
    }
  }
}

function union(a: unknown, b: unknown): unknown[] {
  const list = [...(Array.isArray(a) ? a : [a]), ...(Array.isArray(b) ? b : [b])];
  return list.filter((v, i) => list.findIndex((w) => deepEqual(v, w)) === i);
}

function combinedMeta(datasets: DatasetData[]): DatasetData['meta'] {
  const first = datasets[0]!.meta;
  if (datasets.length === 1) return first;
  const updated = datasets
    .map((d) => d.meta.updated)
    .sort()
    .at(-1)!;
  const licenses = new Set(datasets.map((d) => d.meta.license));
  return {
    id: datasets.map((d) => d.meta.id).join('_'),
    name: {
      sv: datasets.map((d) => localize(d.meta.name, 'sv')).join(', '),
      en: datasets.map((d) => localize(d.meta.name, 'en')).join(', '),
    },
    publisher: {
      sv: [...new Set(datasets.map((d) => localize(d.meta.publisher, 'sv')))].join(', '),
      en: [...new Set(datasets.map((d) => localize(d.meta.publisher, 'en')))].join(', '),
    },
    updated,
    language: first.language ?? 'sv',
    license: licenses.size === 1 ? first.license : [...licenses].join(' AND '),
    ...(datasets.every((d) => d.meta.errorReport === first.errorReport) &&
      first.errorReport && { errorReport: first.errorReport }),
  };
}

type MergedRelation = DatasetData['relations'][number];

/** The same relation stated by two files for different areas (each with `appliesIn`). */
function sameButArea(a: MergedRelation, b: MergedRelation): boolean {
  if (!a.appliesIn || !b.appliesIn) return false;
  const { appliesIn: _a, ...restA } = a;
  const { appliesIn: _b, ...restB } = b;
  return deepEqual(restA, restB);
}

/** One relation that applies in both files' areas. */
function withJoinedArea(a: MergedRelation, b: MergedRelation): MergedRelation {
  const join = (x: readonly string[] | undefined, y: readonly string[] | undefined) => {
    const all = [...new Set([...(x ?? []), ...(y ?? [])])];
    return all.length ? all : undefined;
  };
  const associations = join(a.appliesIn?.associations, b.appliesIn?.associations);
  const municipalities = join(a.appliesIn?.municipalities, b.appliesIn?.municipalities);
  return {
    ...a,
    appliesIn: { ...(associations && { associations }), ...(municipalities && { municipalities }) },
  };
}
