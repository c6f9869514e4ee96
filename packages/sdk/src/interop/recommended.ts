import type { DatasetData } from '../schema/dataset.js';
import type { Organisation } from '../schema/organisation.js';
import type { Service } from '../schema/service.js';

/** A field the format does not require but a good catalogue has, with its Swedish name. */
export interface RecommendedField<R> {
  field: string;
  sv: string;
  en: string;
  applies?: (record: R) => boolean;
  present: (record: R) => boolean;
}

const has = (v: unknown) => v !== undefined && (!Array.isArray(v) || v.length > 0);
const field = <R>(
  name: keyof R & string,
  sv: string,
  en: string,
  applies?: (r: R) => boolean,
): RecommendedField<R> => ({
  field: name,
  sv,
  en,
  present: (r) => has(r[name]),
  ...(applies && { applies }),
});

/** What an insats should have so people can find it and know how to get there. */
export const RECOMMENDED_SERVICE_FIELDS: readonly RecommendedField<Service>[] = [
  field('summary', 'sammanfattning', 'summary'),
  field('description', 'beskrivning', 'description'),
  field('serviceTypes', 'insatstyper', 'kinds of insats'),
  field('targetGroups', 'målgrupper', 'target groups', (s) => s.kind === 'individual'),
  field('municipalities', 'kommuner', 'municipalities'),
  field('period', 'period (start)', 'period (start)'),
  field(
    'access',
    'så söker man (remiss/egen anmälan)',
    'access (referral/self-referral)',
    (s) => s.kind === 'individual',
  ),
  field('contactPoints', 'kontaktvägar', 'contact points', (s) => s.status !== 'ended'),
  field('lastVerified', 'senast kontrollerad', 'last verified'),
];

const PUBLIC_BODIES = new Set([
  'socialInsuranceAgency',
  'employmentService',
  'region',
  'municipality',
  'coordinationAssociation',
]);

/** What an organisation should have. */
export const RECOMMENDED_ORGANISATION_FIELDS: readonly RecommendedField<Organisation>[] = [
  field('website', 'webbplats', 'website', (o) => o.parent === undefined),
  field(
    'organisationNumber',
    'organisationsnummer',
    'organisation number',
    (o) => o.parent === undefined && PUBLIC_BODIES.has(o.kind),
  ),
  field(
    'municipalities',
    'kommuner',
    'municipalities',
    (o) => o.kind === 'municipality' || o.kind === 'region' || o.kind === 'coordinationAssociation',
  ),
];

export interface MissingFieldCount {
  collection: 'organisations' | 'services';
  field: string;
  label: { sv: string; en: string };
  /** Ids of the records that lack it. */
  ids: string[];
}

/** Per recommended field, the records that lack it (fields every record has are left out). */
export function missingRecommended(data: DatasetData): MissingFieldCount[] {
  const out: MissingFieldCount[] = [];
  const check = <R extends { id: string }>(
    collection: MissingFieldCount['collection'],
    records: readonly R[],
    fields: readonly RecommendedField<R>[],
  ) => {
    for (const f of fields) {
      const ids = records.filter((r) => (f.applies?.(r) ?? true) && !f.present(r)).map((r) => r.id);
      if (ids.length) out.push({ collection, field: f.field, label: { sv: f.sv, en: f.en }, ids });
    }
  };
  check('services', data.services, RECOMMENDED_SERVICE_FIELDS);
  check('organisations', data.organisations, RECOMMENDED_ORGANISATION_FIELDS);
  return out;
}

export interface StaleRecord {
  id: string;
  /** The date it was last verified (or updated), if any. */
  date?: string;
}

export interface StaleReport {
  /** The cut-off date: records last verified before it are stale. */
  before: string;
  /** Insatser (not ended) last verified before the cut-off. */
  stale: StaleRecord[];
  /** Insatser (not ended) with neither a verified nor an updated date. */
  undated: string[];
}

/**
 * Insatser not verified for `months` months (`lastVerified`, else `updated`). Ended insatser are left out:
 * nobody needs to check them.
 */
export function staleServices(data: DatasetData, months: number, today: Date = new Date()): StaleReport {
  const cut = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()));
  const before = cut.toISOString().slice(0, 10);
  const stale: StaleRecord[] = [];
  const undated: string[] = [];
  for (const s of data.services) {
    if (s.status === 'ended') continue;
    const date = s.lastVerified ?? s.updated;
    if (date === undefined) undated.push(s.id);
    else if (date < before) stale.push({ id: s.id, date });
  }
  return { before, stale, undated };
}

/** Parses `6m` (months), `1y` / `1å` (years) or a bare number of months. */
export function parseMonths(text: string): number | undefined {
  const m = /^\s*(\d+)\s*(m|mån|månader|months?|y|år|å|years?)?\s*$/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2] && /^(y|år|å|year)/i.test(m[2]) ? n * 12 : n;
}
