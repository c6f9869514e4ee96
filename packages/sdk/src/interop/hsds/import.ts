import { findMunicipality, isMunicipalityCode } from '../../municipalities/index.js';
import { type Problem, problem } from '../../problems/problem.js';
import type { ContactPoint, ExternalId } from '../../schema/common.js';
import { type DatasetFile, FORMAT_VERSION, type Meta } from '../../schema/dataset.js';
import type { Organisation } from '../../schema/organisation.js';
import type { Service } from '../../schema/service.js';
import type { Term } from '../../schema/taxonomy.js';
import {
  FINANCING_KINDS,
  ORGANISATION_KINDS,
  type OrganisationKind,
  SERVICE_KINDS,
  type ServiceStatus,
  type TaxonomyScheme,
} from '../../schema/vocabulary.js';
import { DEFAULT_TAXONOMY } from '../../taxonomy/default-vocabulary.js';
import { foldText } from '../../text/fold.js';
import { isWebUrl } from '../../text/url.js';
import { setPath } from '../paths.js';
import { slugify, uniqueId } from '../slug.js';
import { STATUS_TO_HSDS } from './export.js';
import {
  FIELD_ATTRIBUTES,
  type HsdsRow,
  type HsdsTables,
  ID_SCHEME_ORGNR,
  ID_SCHEME_OURS,
  TAXONOMIES,
} from './model.js';
import { originOf } from './origin.js';
import { normalisePhone } from './phone.js';

export interface HsdsImportOptions {
  /** Dataset metadata HSDS does not carry (nested JSON has none; a tabular package's descriptor may). */
  meta?: Partial<Meta>;
  /** The file the tables came from, named in problems. */
  source?: string;
  /** Nested objects the reader skipped (from `readHsdsJson`), listed in the one "not carried" warning. */
  unread?: ReadonlyMap<string, number>;
}

export interface HsdsImportResult {
  file: DatasetFile;
  /** What could not be carried over, as warnings (the file itself is validated separately). */
  problems: Problem[];
}

const STATUS_FROM_HSDS = Object.fromEntries(
  Object.entries(STATUS_TO_HSDS).map(([ours, theirs]) => [theirs, ours]),
) as Record<string, ServiceStatus>;
const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const num = (v: unknown) =>
  typeof v === 'number'
    ? v
    : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))
      ? Number(v)
      : undefined;
const date = (v: unknown) => {
  const s = str(v)?.slice(0, 10);
  return s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined;
};

/**
 * HSDS tables (from nested JSON or a tabular package, ours or anyone's) as a Samordningskartan dataset.
 * Our own exports come back with their ids, kinds and vocabulary; others' data gets ids made from
 * names, organisation kinds guessed from names, and their taxonomy terms as kinds of insats.
 */
export function hsdsTablesToDataset(input: HsdsTables, options: HsdsImportOptions = {}): HsdsImportResult {
  let t = input;
  const problems: Problem[] = [];
  // A path is `<file>: <JSON path or row>` when the row's origin is known: the file becomes the source.
  const warn = (
    path: string,
    sv: string,
    en: string,
    severity: 'warning' | 'error' = 'warning',
    code: Problem['code'] = 'invalid-value',
  ) => {
    const m = /^(.+?): (.*)$/.exec(path);
    const source = m ? m[1] : options.source;
    // A tabular row names its column: `rad 3, kolumn "name"`.
    const where = (m ? m[2]! : path).replace(/^(rad \d+)\.(\w+)$/, '$1, kolumn "$2"');
    problems.push(problem(severity, where, code, sv, en, source ? { source } : {}));
  };
  const at = (row: HsdsRow | undefined, table: string) =>
    originOf(row, `${table}[${String(row?.id ?? '?')}]`);
  // Nested JSON holds only a service's first provider as an organization; our own export gives later
  // providers as the organization_id of a location carrying our record id, so those (and only those)
  // are rebuilt. Any other location pointing at an unknown organization is a location, not an
  // organisation: the link is reported and left out.
  const knownOrgs = new Set(t.organization.map((o) => o.id));
  const organizationRows = [...t.organization];
  const recordIdTerms = new Set(
    t.taxonomy_term
      .filter(
        (term) =>
          str(term.taxonomy) === TAXONOMIES.recordId.name ||
          t.taxonomy.some((x) => x.id === term.taxonomy_id && str(x.name) === TAXONOMIES.recordId.name),
      )
      .map((term) => term.id),
  );
  const carriesOurId = (linkId: unknown) =>
    t.attribute.some((a) => a.link_id === linkId && recordIdTerms.has(a.taxonomy_term_id) && str(a.value));
  for (const l of t.location) {
    if (l.organization_id === undefined || knownOrgs.has(l.organization_id)) continue;
    if (str(l.name) && carriesOurId(l.id)) {
      knownOrgs.add(l.organization_id);
      organizationRows.push({ id: l.organization_id, name: l.name, location_id: l.id });
    } else {
      warn(
        at(l, 'location'),
        `platsen "${String(l.name ?? l.id)}" hänvisar till organisationen "${String(l.organization_id)}" som inte finns i filen; ingen organisation skapas av en plats`,
        `the location "${String(l.name ?? l.id)}" refers to the organization "${String(l.organization_id)}" which is not in the file; no organisation is made from a location`,
      );
    }
  }
  t = { ...t, organization: organizationRows };
  const terms = new Map(t.taxonomy_term.map((r) => [r.id, r]));
  const taxonomyNames = new Map(t.taxonomy.map((r) => [r.id, str(r.name)]));
  const taxonomyOf = (term: HsdsRow) => str(term.taxonomy) ?? taxonomyNames.get(term.taxonomy_id);
  const attributesOf = new Map<unknown, Array<{ attr: HsdsRow; term?: HsdsRow; taxonomy?: string }>>();
  for (const a of t.attribute) {
    const term = terms.get(a.taxonomy_term_id);
    const list = attributesOf.get(a.link_id) ?? [];
    list.push({ attr: a, ...(term && { term, taxonomy: taxonomyOf(term) }) });
    attributesOf.set(a.link_id, list);
  }
  const codes = (linkId: unknown, key: keyof typeof TAXONOMIES) =>
    (attributesOf.get(linkId) ?? [])
      .filter((a) => a.taxonomy === TAXONOMIES[key].name)
      .map((a) => str(a.term?.code) ?? '');
  const ourId = (linkId: unknown) =>
    (attributesOf.get(linkId) ?? []).find((a) => a.taxonomy === TAXONOMIES.recordId.name && str(a.attr.value))
      ?.attr.value as string | undefined;

  // Our fields without an HSDS place; validation checks the values like any other.
  const setFields = (entity: keyof typeof FIELD_ATTRIBUTES, linkId: unknown, record: object) => {
    for (const a of attributesOf.get(linkId) ?? []) {
      const path = str(a.term?.code);
      if (a.taxonomy !== TAXONOMIES.field.name || !path) continue;
      if (!(FIELD_ATTRIBUTES[entity] as readonly string[]).includes(path)) continue;
      try {
        setPath(record as Record<string, unknown>, path, JSON.parse(String(a.attr.value)));
      } catch {
        warn(
          `${entity}[${String(linkId)}].attributes`,
          `värdet för ${path} är ingen giltig JSON och tas inte med`,
          `the value of ${path} is not valid JSON and is left out`,
        );
      }
    }
  };

  // Ids: ours where the export carried them, else made from names.
  const taken = new Set<string>();
  const identifiers = new Map<unknown, HsdsRow[]>();
  for (const i of t.organization_identifier)
    identifiers.set(i.organization_id, [...(identifiers.get(i.organization_id) ?? []), i]);
  const ownOrgId = (o: HsdsRow) =>
    str(identifiers.get(o.id)?.find((i) => i.identifier_scheme === ID_SCHEME_OURS)?.identifier) ??
    (o.location_id !== undefined ? ourId(o.location_id) : undefined);
  for (const o of t.organization) {
    const id = ownOrgId(o);
    if (id) taken.add(id);
  }
  for (const s of t.service) {
    const id = ourId(s.id);
    if (id) taken.add(id);
  }
  const orgIds = new Map<unknown, string>();
  for (const o of t.organization)
    orgIds.set(o.id, ownOrgId(o) ?? uniqueId(slugify(str(o.name) ?? 'organisation'), taken));
  const serviceIds = new Map<unknown, string>();
  for (const s of t.service)
    serviceIds.set(s.id, ourId(s.id) ?? uniqueId(slugify(str(s.name) ?? 'insats'), taken));

  /** A phone as our format keeps it; the text is never dropped silently and never drops the record. */
  const phoneInto = (cp: ContactPoint, p: HsdsRow | undefined, table: string) => {
    const raw = str(p?.number);
    if (!raw) return;
    const n = normalisePhone(raw);
    if (n.note) warn(`${at(p, table)}.number`, n.note.sv, n.note.en);
    if (n.phone) cp.phone = n.phone;
    const extra = [n.extension && `anknytning ${n.extension}`, str(p?.description)].filter(Boolean);
    if (extra.length) cp.description = extra.join('; ');
  };
  const contactsOf = (key: 'organization_id' | 'service_id', id: unknown): ContactPoint[] | undefined => {
    const list = t.contact
      .filter((c) => c[key] === id)
      .map((c) => {
        // Only functions travel: a person's name or title is never imported.
        const cp: ContactPoint = { name: str(c.department) ?? 'Kontakt' };
        const email = str(c.email);
        if (email) cp.email = email;
        phoneInto(
          cp,
          t.phone.find((p) => p.contact_id === c.id),
          'phone',
        );
        return cp;
      });
    // Phones on the service or organization itself (not on a contact): one contact point each.
    for (const p of t.phone.filter((x) => x[key] === id && x.contact_id === undefined)) {
      const cp: ContactPoint = { name: 'Telefon' };
      phoneInto(cp, p, 'phone');
      if (cp.phone) list.push(cp);
    }
    if (t.contact.some((c) => c[key] === id && str(c.name))) {
      warn(
        `${key === 'service_id' ? 'service' : 'organization'}[${String(id)}].contacts`,
        'personnamn i kontakter importeras inte (bara funktioner)',
        "people's names in contacts are not imported (only functions)",
      );
    }
    return list.length ? list : undefined;
  };
  const municipalitiesOf = (linkId: unknown) => {
    const list = codes(linkId, 'municipality').filter(isMunicipalityCode);
    return list.length ? [...new Set(list)] : undefined;
  };

  const organisations: Organisation[] = t.organization.map((o) => {
    const id = orgIds.get(o.id)!;
    const name = str(o.name) ?? id;
    const kindCode =
      codes(o.id, 'organisationKind')[0] ??
      (o.location_id !== undefined ? codes(o.location_id, 'organisationKind')[0] : undefined);
    const org: Organisation = {
      id,
      kind: (ORGANISATION_KINDS as readonly string[]).includes(kindCode ?? '')
        ? (kindCode as OrganisationKind)
        : guessKind(name),
      name,
    };
    const shortName = str(o.alternate_name);
    if (shortName) org.shortName = shortName;
    const parent = o.parent_organization_id !== undefined ? orgIds.get(o.parent_organization_id) : undefined;
    if (parent) org.parent = parent;
    const orgnr = identifiers
      .get(o.id)
      ?.map((i) =>
        i.identifier_scheme === ID_SCHEME_ORGNR ||
        /organisationsnummer/i.test(String(i.identifier_type ?? ''))
          ? str(i.identifier)
          : undefined,
      )
      .find((n) => n && /^\d{6}-\d{4}$/.test(n));
    if (orgnr) org.organisationNumber = orgnr;
    const municipalities = municipalitiesOf(o.id);
    if (municipalities) org.municipalities = municipalities;
    const locations = t.location.filter((l) => l.organization_id === o.id).map((l) => l.id);
    const town =
      locations
        .flatMap((l) => attributesOf.get(l) ?? [])
        .find((a) => a.taxonomy === TAXONOMIES.postalTown.name && str(a.attr.value))?.attr.value ??
      t.address.find((a) => locations.includes(a.location_id) && str(a.city))?.city;
    if (typeof town === 'string') org.postalTown = town.trim();
    const description = str(o.description);
    if (description && description !== name) org.description = description;
    const website = str(o.website);
    if (website && isWebUrl(website)) org.website = website;
    const contactPoints = contactsOf('organization_id', o.id);
    if (contactPoints) org.contactPoints = contactPoints;
    setFields('organization', o.id, org);
    const external = ownOrgId(o) ? undefined : externalIdOf(o.id, o.last_modified);
    if (external) org.externalIds = [external];
    return org;
  });
  const orgByName = new Map(organisations.map((o) => [foldText(String(o.name)), o.id]));
  const knownIds = new Set(organisations.map((o) => o.id));

  // Terms: ours by code, others' as kinds of insats.
  const defaults = new Map(DEFAULT_TAXONOMY.map((d) => [`${d.scheme}:${d.id}`, d]));
  const ownTerms = new Map<string, Term>();
  const SCHEMES: Array<[keyof typeof TAXONOMIES, TaxonomyScheme]> = [
    ['targetGroup', 'targetGroup'],
    ['method', 'method'],
    ['serviceType', 'serviceType'],
  ];
  const termIdOf = (term: HsdsRow): [TaxonomyScheme, string] | undefined => {
    const taxonomy = taxonomyOf(term);
    const ours = SCHEMES.find(([key]) => TAXONOMIES[key].name === taxonomy);
    if (ours) return [ours[1], str(term.code) ?? slugify(str(term.name) ?? 'term')];
    if (Object.values(TAXONOMIES).some((x) => x.name === taxonomy)) return undefined;
    return ['serviceType', slugify(str(term.code) ?? str(term.name) ?? 'term')];
  };
  for (const term of t.taxonomy_term) {
    const ref = termIdOf(term);
    if (!ref) continue;
    const [scheme, id] = ref;
    const label = str(term.name) ?? id;
    const description = str(term.description);
    const parentRow = term.parent_id !== undefined ? terms.get(term.parent_id) : undefined;
    const parent = parentRow ? termIdOf(parentRow)?.[1] : undefined;
    const known = defaults.get(`${scheme}:${id}`);
    const sameAsDefault =
      known && typeof known.label !== 'object'
        ? known.label === label
        : known && typeof known.label === 'object' && known.label.sv === label;
    if (sameAsDefault) continue;
    const own: Term = { id, scheme, label };
    if (description && description !== label) own.description = description;
    if (parent) own.parent = parent;
    ownTerms.set(`${scheme}:${id}`, own);
  }

  const services: Service[] = [];
  for (const s of t.service) {
    if (!str(s.name)) {
      warn(
        `${at(s, 'service')}.name`,
        'tjänsten saknar namn (name) och hoppas över; name krävs i HSDS',
        'the service has no name and is skipped; name is required in HSDS',
        'error',
        'required',
      );
      continue;
    }
    const id = serviceIds.get(s.id)!;
    const providers = [
      s.organization_id,
      ...t.service_at_location
        .filter((x) => x.service_id === s.id)
        .map((x) => t.location.find((l) => l.id === x.location_id)?.organization_id),
    ]
      .map((o) => (o !== undefined ? orgIds.get(o) : undefined))
      .filter((o, i, all): o is string => o !== undefined && all.indexOf(o) === i);
    const kindCode = codes(s.id, 'serviceKind')[0];
    const status = STATUS_FROM_HSDS[String(s.status ?? '').toLowerCase()];
    if (!status)
      warn(
        `${at(s, 'service')}.status`,
        `okänd status "${String(s.status)}" läses som pågående`,
        `unknown status "${String(s.status)}" read as active`,
      );
    const service: Service = {
      id,
      name: str(s.name) ?? id,
      kind: (SERVICE_KINDS as readonly string[]).includes(kindCode ?? '')
        ? (kindCode as Service['kind'])
        : 'individual',
      status: status ?? 'active',
      providers,
    };
    const description = str(s.description);
    if (description) service.description = description;
    const vocab = { targetGroup: [] as string[], method: [] as string[], serviceType: [] as string[] };
    for (const a of attributesOf.get(s.id) ?? []) {
      if (!a.term) continue;
      const ref = termIdOf(a.term);
      if (ref && ref[0] !== 'indicator') vocab[ref[0]].push(ref[1]);
    }
    if (vocab.serviceType.length) service.serviceTypes = vocab.serviceType;
    const financing = codes(s.id, 'financing')[0];
    if (financing && (FINANCING_KINDS as readonly string[]).includes(financing))
      service.financing = financing as Service['financing'];
    if (vocab.targetGroup.length) service.targetGroups = vocab.targetGroup;
    const min = num(s.minimum_age);
    const max = num(s.maximum_age);
    if (min !== undefined || max !== undefined)
      service.ageRange = { ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
    const municipalities: string[] = [];
    for (const area of t.service_area.filter((a) => a.service_id === s.id)) {
      const code = municipalitiesOf(area.id)?.[0] ?? findMunicipality(str(area.name) ?? '')?.code;
      if (code) municipalities.push(code);
      else
        warn(
          `service[${String(s.id)}].service_areas`,
          `serviceområdet "${String(area.name ?? area.id)}" är ingen svensk kommun och tas inte med`,
          `service area "${String(area.name ?? area.id)}" is not a Swedish municipality and is left out`,
        );
    }
    if (municipalities.length) service.municipalities = [...new Set(municipalities)];
    if (vocab.method.length) service.methods = vocab.method;
    const access = codes(s.id, 'access');
    const applicationProcess = str(s.application_process);
    if (access.length || applicationProcess) {
      service.access = {
        ...(access.includes('referral') && { referral: true }),
        ...(access.includes('selfReferral') && { selfReferral: true }),
        ...(applicationProcess && { description: applicationProcess }),
      };
    }
    const contactPoints = contactsOf('service_id', s.id);
    if (contactPoints) service.contactPoints = contactPoints;
    const url = str(s.url);
    if (url && isWebUrl(url)) service.links = [{ url }];
    const languages = t.language
      .filter((l) => l.service_id === s.id)
      .map((l) => str(l.code)?.toLowerCase())
      .filter((c): c is string => c !== undefined && /^[a-z]{2,3}$/.test(c));
    if (languages.length) service.languages = languages;
    const program = s.program_id !== undefined ? t.program.find((p) => p.id === s.program_id) : undefined;
    if (program) {
      const parentService =
        ourId(program.id) ??
        t.service
          .filter((x) => x !== s && str(x.name) === str(program.name))
          .map((x) => serviceIds.get(x.id))[0];
      if (parentService && parentService !== id) service.partOf = parentService;
      else
        warn(
          `service[${String(s.id)}].program`,
          `programmet "${String(program.name)}" finns inte som insats; kopplingen tas inte med`,
          `program "${String(program.name)}" is not an insats; the link is left out`,
        );
    }
    const funding = t.funding
      .filter((f) => f.service_id === s.id)
      .map((f) => {
        const funder = [ourId(f.id), orgByName.get(foldText(str(f.source) ?? ''))].find(
          (x) => x !== undefined && knownIds.has(x),
        );
        if (!funder)
          warn(
            `service[${String(s.id)}].funding`,
            `finansiären "${String(f.source ?? f.id)}" finns inte bland organisationerna och tas inte med`,
            `funder "${String(f.source ?? f.id)}" is not among the organisations and is left out`,
          );
        return funder;
      })
      .filter((f): f is string => f !== undefined);
    if (funding.length) service.funding = funding.map((funder) => ({ funder }));
    const updated = date(s.last_modified);
    if (updated) service.updated = updated;
    // Our own export's records carry our ids and get the same HSDS ids again; others' keep theirs.
    const external = ourId(s.id) ? undefined : externalIdOf(s.id, s.last_modified);
    if (external) service.externalIds = [external];
    const verified = date(s.assured_date);
    if (verified) service.lastVerified = verified;
    setFields('service', s.id, service);
    services.push(service);
  }

  const dropped = notCarried(t, options.unread);
  if (dropped.length)
    warn(
      '',
      `HSDS-fält som inte följer med: ${dropped.join(', ')}`,
      `HSDS fields not carried over: ${dropped.join(', ')}`,
    );

  const today = new Date().toISOString().slice(0, 10);
  const meta: Meta = {
    id: 'hsds-import',
    name: 'Importerad från HSDS',
    publisher: 'okänd',
    updated: today,
    license: 'NOASSERTION',
    ...options.meta,
  };
  const file: DatasetFile = { formatVersion: FORMAT_VERSION, meta, organisations, services };
  if (ownTerms.size) file.taxonomy = [...ownTerms.values()];
  return { file, problems };
}

/** The HSDS id (and `last_modified` with its time), so an export writes the same id back. */
function externalIdOf(id: unknown, lastModified: unknown): ExternalId | undefined {
  const value = str(id);
  if (!value) return undefined;
  const modified = str(lastModified);
  return { scheme: 'hsds', id: value, ...(modified && { modified }) };
}

/** HSDS fields the import reads (table.field); every other field with a value is listed as not carried. */
const CARRIED = new Set([
  'service.id',
  'service.organization_id',
  'service.program_id',
  'service.name',
  'service.description',
  'service.url',
  'service.status',
  'service.application_process',
  'service.minimum_age',
  'service.maximum_age',
  'service.assured_date',
  'service.last_modified',
  'organization.id',
  'organization.name',
  'organization.alternate_name',
  'organization.description',
  'organization.website',
  'organization.parent_organization_id',
  'organization.location_id',
  'phone.id',
  'phone.number',
  'phone.extension',
  'phone.description',
  'phone.contact_id',
  'phone.service_id',
  'phone.organization_id',
  'phone.type',
  'contact.id',
  'contact.department',
  'contact.email',
  'contact.service_id',
  'contact.organization_id',
  'address.id',
  'address.city',
  'address.location_id',
  'location.id',
  'location.organization_id',
  'service_area.id',
  'service_area.name',
  'service_area.service_id',
  'service_at_location.id',
  'service_at_location.service_id',
  'service_at_location.location_id',
  'language.id',
  'language.code',
  'language.name',
  'language.service_id',
  'funding.id',
  'funding.source',
  'funding.service_id',
  'program.id',
  'program.name',
  'organization_identifier.id',
  'organization_identifier.organization_id',
  'organization_identifier.identifier_scheme',
  'organization_identifier.identifier_type',
  'organization_identifier.identifier',
]);

function notCarried(t: HsdsTables, unread?: ReadonlyMap<string, number>): string[] {
  const counts = new Map<string, number>(unread);
  for (const [table, rows] of Object.entries(t)) {
    if (['attribute', 'taxonomy', 'taxonomy_term'].includes(table)) continue;
    for (const row of rows as HsdsRow[]) {
      for (const [k, v] of Object.entries(row)) {
        if (v === undefined || v === null || v === '' || CARRIED.has(`${table}.${k}`)) continue;
        counts.set(`${table}.${k}`, (counts.get(`${table}.${k}`) ?? 0) + 1);
      }
    }
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `${k} (${n})`);
}

/** A best guess at an organisation's kind from its name, for HSDS from systems that do not say. */
export function guessKind(name: string): OrganisationKind {
  const n = foldText(name);
  if (n.includes('forsakringskassan')) return 'socialInsuranceAgency';
  if (n.includes('arbetsformedlingen')) return 'employmentService';
  if (n.includes('samordningsforbund')) return 'coordinationAssociation';
  if (/^region\b|regionen\b/.test(n)) return 'region';
  if (/\b(kommun|stad)$/.test(n)) return 'municipality';
  return 'other';
}
