import type { DatasetData, Meta, Source } from '../schema/dataset.js';
import type { Organisation } from '../schema/organisation.js';
import type { Relation } from '../schema/relation.js';
import type { Service } from '../schema/service.js';
import type { Statistic } from '../schema/statistic.js';
import type { Term } from '../schema/taxonomy.js';
import type { FinancingKind, OrganisationKind, RelationKind, TaxonomyScheme } from '../schema/vocabulary.js';
import { DEFAULT_TAXONOMY } from '../taxonomy/default-vocabulary.js';
import { type Lang, localize } from '../text/localized.js';
import { finish, type Steps } from './steps.js';

/** A relation as the query API returns it; `derived` ones come from insatser's providers and funding. */
export type GraphRelation = Relation & { id: string; derived?: boolean };

export interface RelationQuery {
  kind?: RelationKind | readonly RelationKind[];
  /** `out`: the record is `from`; `in`: the record is `to`; default both. */
  direction?: 'out' | 'in' | 'both';
  /** Include relations derived from providers and funding (default true). */
  derived?: boolean;
}

export type DatasetRecord = Organisation | Service;

/**
 * Read-only, indexed view of a validated dataset with typed queries. Build it from the data a loader
 * returned (`loadDataset` does it for you).
 */
export class Dataset {
  readonly data: DatasetData;
  /** Default vocabulary merged with the dataset's own terms (the dataset's label wins). */
  readonly taxonomy: readonly Term[];

  private readonly orgById = new Map<string, Organisation>();
  private readonly serviceById = new Map<string, Service>();
  private readonly termById = new Map<string, Term>();
  private readonly childrenById = new Map<string, Organisation[]>();
  private readonly relationsById = new Map<string, GraphRelation[]>();
  private allRelations: GraphRelation[] = [];
  private readonly servicesByOrg = new Map<string, Set<Service>>();

  constructor(data: DatasetData) {
    this.data = data;
    for (const t of DEFAULT_TAXONOMY) this.termById.set(t.id, t);
    for (const t of data.taxonomy) this.termById.set(t.id, t);
    this.taxonomy = [...this.termById.values()];
    if (!stepwise) finish(this.buildIndexes());
  }

  /**
   * `new Dataset(data)` in steps (see `inSlices`), for a page's main thread: indexing 50 000 insatser
   * and their derived relations takes a few hundred milliseconds.
   */
  static *steps(data: DatasetData): Steps<Dataset> {
    stepwise = true;
    let ds: Dataset;
    try {
      ds = new Dataset(data);
    } finally {
      stepwise = false;
    }
    yield* ds.buildIndexes();
    return ds;
  }

  /** Builds the indexes the queries read, a step every thousand records. */
  private *buildIndexes(): Steps<void> {
    const data = this.data;
    let n = 0;
    for (const o of data.organisations) {
      this.orgById.set(o.id, o);
      if ((++n & 1023) === 0) yield;
    }
    for (const s of data.services) {
      this.serviceById.set(s.id, s);
      if ((++n & 1023) === 0) yield;
    }
    for (const o of data.organisations) {
      if (o.parent === undefined) continue;
      const list = this.childrenById.get(o.parent) ?? [];
      list.push(o);
      this.childrenById.set(o.parent, list);
    }
    yield;
    this.allRelations = [...data.relations, ...(yield* this.deriveRelations())];
    for (const r of this.allRelations) {
      if ((++n & 1023) === 0) yield;
      for (const end of [r.from, r.to]) {
        const list = this.relationsById.get(end) ?? [];
        list.push(r);
        this.relationsById.set(end, list);
      }
      // An organisation delivering or funding an insats, or sitting in its steering group, "has" it.
      if (this.serviceById.has(r.to) && this.orgById.has(r.from) && ORG_SERVICE_KINDS.has(r.kind)) {
        const set = this.servicesByOrg.get(r.from) ?? new Set();
        set.add(this.serviceById.get(r.to)!);
        this.servicesByOrg.set(r.from, set);
      }
    }
  }

  get meta(): Meta {
    return this.data.meta;
  }
  get organisations(): readonly Organisation[] {
    return this.data.organisations;
  }
  get services(): readonly Service[] {
    return this.data.services;
  }
  get relations(): readonly GraphRelation[] {
    return this.data.relations;
  }
  get statistics(): readonly Statistic[] {
    return this.data.statistics;
  }
  get sources(): readonly Source[] {
    return this.data.sources;
  }

  /** An organisation or insats by id. */
  get(id: string): DatasetRecord | undefined {
    return this.orgById.get(id) ?? this.serviceById.get(id);
  }
  organisation(id: string): Organisation | undefined {
    return this.orgById.get(id);
  }
  service(id: string): Service | undefined {
    return this.serviceById.get(id);
  }
  term(id: string): Term | undefined {
    return this.termById.get(id);
  }
  source(id: string): Source | undefined {
    return this.data.sources.find((s) => s.id === id);
  }
  isOrganisation(record: DatasetRecord | undefined): record is Organisation {
    return record !== undefined && this.orgById.get(record.id) === record;
  }
  isService(record: DatasetRecord | undefined): record is Service {
    return record !== undefined && this.serviceById.get(record.id) === record;
  }

  /** The display name of a record or term in `lang` (its id when unknown). */
  label(id: string, lang: Lang = 'sv'): string {
    const r = this.get(id);
    if (r) return localize(r.name, lang);
    const t = this.termById.get(id);
    return t ? localize(t.label, lang) : id;
  }

  /** Terms of one vocabulary, e.g. all target groups. */
  terms(scheme: TaxonomyScheme): Term[] {
    return this.taxonomy.filter((t) => t.scheme === scheme);
  }

  /** Organisations without a parent: the top of the hierarchy. */
  roots(): Organisation[] {
    return this.data.organisations.filter((o) => o.parent === undefined);
  }
  /** Direct units of an organisation. */
  children(id: string): Organisation[] {
    return this.childrenById.get(id) ?? [];
  }
  /** All units below an organisation, depth first. */
  descendants(id: string): Organisation[] {
    return this.children(id).flatMap((c) => [c, ...this.descendants(c.id)]);
  }
  /** Parent, grandparent, … of an organisation, nearest first. */
  ancestors(id: string): Organisation[] {
    const out: Organisation[] = [];
    let cur = this.orgById.get(id);
    while (cur?.parent !== undefined) {
      cur = this.orgById.get(cur.parent);
      if (!cur || out.includes(cur)) break;
      out.push(cur);
    }
    return out;
  }

  /** Organisations of one or more kinds. */
  organisationsOfKind(...kinds: OrganisationKind[]): Organisation[] {
    return this.data.organisations.filter((o) => kinds.includes(o.kind));
  }
  /** The samordningsförbund in the dataset. */
  associations(): Organisation[] {
    return this.organisationsOfKind('coordinationAssociation');
  }

  /** Relations of a record, filtered by kind and direction. */
  relationsOf(id: string, query: RelationQuery = {}): GraphRelation[] {
    const kinds =
      query.kind === undefined
        ? undefined
        : new Set(typeof query.kind === 'string' ? [query.kind] : query.kind);
    const dir = query.direction ?? 'both';
    return (this.relationsById.get(id) ?? []).filter(
      (r) =>
        (query.derived !== false || !r.derived) &&
        (!kinds || kinds.has(r.kind)) &&
        (dir === 'both' || (dir === 'out' ? r.from === id : r.to === id)),
    );
  }
  /** Every relation, explicit and (unless `derived: false`) derived. */
  allRelationsList(options: { derived?: boolean } = {}): GraphRelation[] {
    return options.derived === false ? [...this.data.relations] : [...this.allRelations];
  }
  /** The records at the other end of a record's relations. */
  related(id: string, query: RelationQuery = {}): DatasetRecord[] {
    const out = new Map<string, DatasetRecord>();
    for (const r of this.relationsOf(id, query)) {
      const other = this.get(r.from === id ? r.to : r.from);
      if (other) out.set(other.id, other);
    }
    return [...out.values()];
  }

  /** Members of a förbund (organisations with a `memberOf` relation to it). */
  membersOf(associationId: string): Organisation[] {
    return this.related(associationId, { kind: 'memberOf', direction: 'in' }).filter((r) =>
      this.isOrganisation(r),
    );
  }
  /** The förbund an organisation (or one of its parents) is a member of. */
  associationsOf(orgId: string): Organisation[] {
    const ids = [orgId, ...this.ancestors(orgId).map((a) => a.id)];
    const out = new Map<string, Organisation>();
    for (const id of ids) {
      for (const r of this.related(id, { kind: 'memberOf', direction: 'out' })) {
        if (this.isOrganisation(r) && r.kind === 'coordinationAssociation') out.set(r.id, r);
      }
    }
    return [...out.values()];
  }

  /**
   * Insatser an organisation provides, funds or steers (directly, or through its units unless
   * `includeUnits` is false).
   */
  servicesByOrganisation(orgId: string, options: { includeUnits?: boolean } = {}): Service[] {
    const ids =
      options.includeUnits === false ? [orgId] : [orgId, ...this.descendants(orgId).map((d) => d.id)];
    const out = new Set<Service>();
    for (const id of ids) for (const s of this.servicesByOrg.get(id) ?? []) out.add(s);
    return [...out];
  }
  /** Insatser of a förbund: those it (or its units) provides, funds or steers. */
  servicesByAssociation(associationId: string): Service[] {
    return this.servicesByOrganisation(associationId);
  }
  /** Insatser available in a kommun (SCB code): their own municipalities, else their providers'. */
  servicesByMunicipality(code: string): Service[] {
    return this.data.services.filter((s) => this.municipalitiesOf(s).includes(code));
  }
  /** Insatser for a target group, including its narrower terms. */
  servicesByTargetGroup(termId: string): Service[] {
    const ids = new Set([termId, ...this.narrowerTerms(termId).map((t) => t.id)]);
    return this.data.services.filter((s) => s.targetGroups?.some((t) => ids.has(t)));
  }
  /** Insatser that are part of a larger one (e.g. the tracks of a project). */
  partsOf(serviceId: string): Service[] {
    return this.data.services.filter((s) => s.partOf === serviceId);
  }

  /** Terms below a term, at any depth. */
  narrowerTerms(termId: string): Term[] {
    const direct = this.taxonomy.filter((t) => t.parent === termId);
    return direct.flatMap((t) => [t, ...this.narrowerTerms(t.id)]);
  }

  /** The kommuner an insats serves: its own list, else the union of its providers' (and their parents'). */
  municipalitiesOf(record: DatasetRecord): string[] {
    if (record.municipalities?.length) return record.municipalities;
    if (this.isService(record)) {
      const codes = new Set<string>();
      for (const p of record.providers) for (const c of this.orgMunicipalities(p)) codes.add(c);
      return [...codes];
    }
    return this.orgMunicipalities(record.id);
  }
  private orgMunicipalities(orgId: string): string[] {
    for (const o of [this.orgById.get(orgId), ...this.ancestors(orgId)]) {
      if (o?.municipalities?.length) return o.municipalities;
    }
    return [];
  }

  /**
   * How an insats is financed: its `financing`; else "association" when every funder named in the
   * data is a förbund; else undefined — not given. Never a guessed default ("ordinary").
   */
  financingOf(service: Service): FinancingKind | undefined {
    if (service.financing) return service.financing;
    const funders = this.relationsOf(service.id, { kind: 'funds', direction: 'in' }).map((r) =>
      this.orgById.get(r.from),
    );
    return funders.length > 0 && funders.every((o) => o?.kind === 'coordinationAssociation')
      ? 'association'
      : undefined;
  }

  /** Statistics about a record, optionally of one indicator. */
  statisticsOf(subjectId: string, indicator?: string): Statistic[] {
    return this.data.statistics.filter(
      (s) => s.subject === subjectId && (indicator === undefined || s.indicator === indicator),
    );
  }

  private *deriveRelations(): Steps<GraphRelation[]> {
    const explicit = new Set(this.data.relations.map((r) => `${r.kind}:${r.from}:${r.to}`));
    const out: GraphRelation[] = [];
    const add = (kind: RelationKind, from: string, to: string) => {
      const id = `${kind}:${from}:${to}`;
      if (explicit.has(id)) return;
      explicit.add(id);
      out.push({ id, kind, from, to, derived: true });
    };
    let n = 0;
    for (const s of this.data.services) {
      if ((++n & 1023) === 0) yield;
      for (const p of s.providers) add('delivers', p, s.id);
      for (const f of s.funding ?? []) add('funds', f.funder, s.id);
    }
    return out;
  }
}

/** Set while `Dataset.steps` constructs a dataset whose indexes it then builds step by step. */
let stepwise = false;

const ORG_SERVICE_KINDS: ReadonlySet<RelationKind> = new Set(['delivers', 'funds', 'steeringGroupOf']);
