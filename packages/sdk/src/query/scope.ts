import type { DatasetData } from '../schema/dataset.js';
import type { Organisation } from '../schema/organisation.js';
import type { Relation } from '../schema/relation.js';
import type { Service } from '../schema/service.js';
import type { RelationKind } from '../schema/vocabulary.js';
import { Dataset, type GraphRelation } from './dataset.js';
import { weakMemo } from './weak-memo.js';

/**
 * Where an answer is given: one förbund (`{ association }`), one kommun (`{ municipality }`), or a
 * chosen set of förbund and kommuner (`{ associations, municipalities }`). All fields together name
 * one area (their union). An empty scope holds nothing; to look at the whole dataset, pass no scope.
 */
export interface Scope {
  /** One samordningsförbund (id). */
  association?: string;
  /** One kommun (SCB code). */
  municipality?: string;
  /** Several förbund (ids). */
  associations?: readonly string[];
  /** Several kommuner (SCB codes). */
  municipalities?: readonly string[];
}

/** A scope worked out against a dataset: the area, and the records and relations in it. */
export interface ScopedRecords {
  scope: Scope;
  /** The förbund named by the scope. */
  associations: string[];
  /** Förbund whose area holds a kommun of a kommun scope (their members work there too). */
  coveringAssociations: string[];
  /** The kommuner of the area: those named, plus the named förbund's kommuner. */
  municipalities: string[];
  /** Organisations in scope, in dataset order. */
  organisations: Organisation[];
  /** Insatser in scope, in dataset order. */
  services: Service[];
  /** Explicit relations that apply in the scope (both ends in it, `appliesIn` matching). */
  relations: Array<Relation & { id: string }>;
  /** True when an organisation or insats id is in scope. */
  has(id: string): boolean;
}

/** Kinds through which an organisation takes part in an insats. */
const PARTICIPATION: readonly RelationKind[] = ['delivers', 'funds', 'steeringGroupOf'];

/**
 * Answers that depend only on the dataset, not on the scope asked about: asking for many scopes of
 * one dataset (the national map counts every förbund's) works each out once.
 */
const perDataset = weakMemo<Dataset, readonly string[]>();

/**
 * The kommuner of a förbund: its own `municipalities`, else the union of its member kommuner's (a
 * förbund record often leaves them out).
 */
export function associationMunicipalities(ds: Dataset, associationId: string): string[] {
  return [
    ...perDataset.get(ds, `associationMunicipalities:${associationId}`, () =>
      ownMunicipalities(ds, associationId),
    ),
  ];
}

function ownMunicipalities(ds: Dataset, associationId: string): string[] {
  const own = ds.organisation(associationId);
  if (!own) return [];
  const direct = ds.municipalitiesOf(own);
  if (direct.length) return [...direct];
  const codes = new Set<string>();
  for (const m of ds.membersOf(associationId)) {
    // National members (Försäkringskassan) have none; regions may list the whole län, which is
    // wider than the förbund, so only kommuner count here.
    if (m.kind === 'municipality') for (const c of ds.municipalitiesOf(m)) codes.add(c);
  }
  return [...codes];
}

/**
 * The kommuner an insats serves, for scoping: its own `municipalities`; else the areas of the förbund
 * that fund, provide or steer it; else its providers' kommuner. (A region provider lists the whole
 * län, so without the förbund's area a Västerås insats would serve every kommun of Västmanland.)
 */
export function serviceArea(ds: Dataset, service: Service): string[] {
  return [...areaOf(ds, service)];
}

/** `serviceArea` without a copy, for the loops over every insats (worked out once per dataset). */
function areaOf(ds: Dataset, service: Service): readonly string[] {
  if (service.municipalities?.length) return service.municipalities;
  return perDataset.get(ds, `serviceArea:${service.id}`, () => derivedArea(ds, service));
}

function derivedArea(ds: Dataset, service: Service): string[] {
  const forbund = new Set(
    ds
      .relationsOf(service.id, { kind: PARTICIPATION, direction: 'in' })
      .map((r) => r.from)
      .filter((id) => ds.organisation(id)?.kind === 'coordinationAssociation'),
  );
  if (forbund.size) return [...new Set([...forbund].flatMap((id) => associationMunicipalities(ds, id)))];
  return ds.municipalitiesOf(service);
}

/** The organisations that fund, provide or steer an insats (once per dataset: many scopes ask). */
function participants(ds: Dataset, serviceId: string): readonly string[] {
  return perDataset.get(ds, `participants:${serviceId}`, () =>
    ds
      .relationsOf(serviceId, { kind: PARTICIPATION, direction: 'in' })
      .map((r) => r.from)
      .filter((id) => ds.organisation(id) !== undefined),
  );
}

/** The förbund and kommuner a scope names, without looking at records. */
function namedArea(scope: Scope): { associations: string[]; municipalities: string[] } {
  const associations = new Set(scope.associations ?? []);
  if (scope.association !== undefined) associations.add(scope.association);
  const municipalities = new Set(scope.municipalities ?? []);
  if (scope.municipality !== undefined) municipalities.add(scope.municipality);
  return { associations: [...associations], municipalities: [...municipalities] };
}

/** True when the scope names a single förbund, kommun or set — i.e. is not empty. */
export function isEmptyScope(scope: Scope): boolean {
  const area = namedArea(scope);
  return area.associations.length === 0 && area.municipalities.length === 0;
}

/**
 * True when a relation applies in an area: it has no `appliesIn` (then it applies wherever both ends
 * are), or its `appliesIn` names one of the area's förbund (or a förbund covering a kommun of the
 * area) or one of its kommuner.
 */
export function relationAppliesIn(
  relation: Pick<Relation, 'appliesIn'>,
  area: { associations: readonly string[]; municipalities: readonly string[] },
): boolean {
  const where = relation.appliesIn;
  if (where === undefined) return true;
  if (where.associations?.some((a) => area.associations.includes(a))) return true;
  return where.municipalities?.some((c) => area.municipalities.includes(c)) ?? false;
}

/**
 * Works out what a scope holds. The rules (docs/data-format.md, "What counts as collaboration in a
 * förbund"):
 * - insatser: those a förbund of the scope (or a unit of it) funds, provides or steers; those whose
 *   kommuner (`serviceArea`) meet the area's; for a kommun scope also those of a förbund
 *   covering the kommun that name no kommun of their own (they serve the förbund's whole area);
 * - organisations: the förbund (and covering förbund) and their units; their members, and every
 *   organisation that lists a kommun of the area — except that an organisation (or unit) tied to
 *   other kommuner only is left out; the organisations that fund, provide or steer an insats in scope;
 *   the ends of relations whose `appliesIn` names the area; and the parents of all of these;
 * - relations: explicit ones with both ends in scope whose `appliesIn` is absent or names the area.
 */
export function scopeRecords(ds: Dataset, scope: Scope): ScopedRecords {
  const named = namedArea(scope);
  const associations = named.associations.filter((id) => ds.organisation(id));
  const codes = new Set(named.municipalities);
  for (const a of associations) for (const c of associationMunicipalities(ds, a)) codes.add(c);
  const covering = ds
    .associations()
    .map((a) => a.id)
    .filter(
      (id) =>
        !associations.includes(id) &&
        named.municipalities.some((c) => associationMunicipalities(ds, id).includes(c)),
    );
  const area = { associations: [...associations, ...covering], municipalities: [...codes] };
  const meetsArea = (list: readonly string[]) => codes.size > 0 && list.some((c) => codes.has(c));

  // Insatser.
  const serviceIds = new Set<string>();
  for (const a of associations) for (const s of ds.servicesByAssociation(a)) serviceIds.add(s.id);
  for (const s of ds.services) if (meetsArea(areaOf(ds, s))) serviceIds.add(s.id);
  for (const a of covering) {
    for (const s of ds.servicesByAssociation(a)) if (!s.municipalities?.length) serviceIds.add(s.id);
  }

  // Organisations.
  const orgIds = new Set<string>();
  // An organisation tied to kommuner (its own or its parent's) belongs only where one of them is.
  const local = (o: Organisation) => {
    const list = ds.municipalitiesOf(o);
    return list.length === 0 || meetsArea(list);
  };
  const addWithUnits = (id: string) => {
    const o = ds.organisation(id);
    if (!o || !local(o)) return;
    orgIds.add(id);
    for (const d of ds.descendants(id)) if (local(d)) orgIds.add(d.id);
  };
  for (const a of area.associations) {
    addWithUnits(a);
    for (const m of ds.membersOf(a)) addWithUnits(m.id);
  }
  for (const o of ds.organisations) {
    if (o.municipalities?.length && meetsArea(o.municipalities)) orgIds.add(o.id);
  }
  for (const id of serviceIds) for (const o of participants(ds, id)) orgIds.add(o);
  for (const r of ds.data.relations) {
    if (r.appliesIn === undefined || !relationAppliesIn(r, area)) continue;
    for (const end of [r.from, r.to]) if (ds.organisation(end)) orgIds.add(end);
  }
  for (const id of [...orgIds]) for (const a of ds.ancestors(id)) orgIds.add(a.id);

  const has = (id: string) => orgIds.has(id) || serviceIds.has(id);
  let relations: Array<Relation & { id: string }> | undefined;
  return {
    scope,
    associations,
    coveringAssociations: covering,
    municipalities: [...codes],
    organisations: ds.organisations.filter((o) => orgIds.has(o.id)),
    services: ds.services.filter((s) => serviceIds.has(s.id)),
    // Worked out when asked: counting many scopes (the national map) needs only the records.
    get relations() {
      relations ??= ds.data.relations.filter((r) => has(r.from) && has(r.to) && relationAppliesIn(r, area));
      return relations;
    },
    has,
  };
}

/**
 * A dataset restricted to a scope: only the organisations, insatser and relations in it (see
 * `scopeRecords`), the statistics about them, and all taxonomy and sources. Every analysis, the map
 * and the details then answer within the scope. Relations derived from an insats's providers and
 * funding are derived again from the kept insatser, so they stay within the scope too.
 */
export function restrictDataset(ds: Dataset, scope: Scope): Dataset {
  const records = scopeRecords(ds, scope);
  const isRecord = (id: string) => ds.get(id) !== undefined;
  const data: DatasetData = {
    ...ds.data,
    organisations: records.organisations,
    services: records.services,
    relations: records.relations,
    statistics: ds.data.statistics.filter(
      (st) =>
        (records.has(st.subject) || !isRecord(st.subject)) &&
        (st.counterpart === undefined || records.has(st.counterpart)),
    ),
  };
  return new Dataset(data);
}

export type { GraphRelation };
