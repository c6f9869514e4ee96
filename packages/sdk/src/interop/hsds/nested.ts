import { type Problem, problem } from '../../problems/problem.js';
import { emptyHsdsTables, type HsdsRow, type HsdsTableName, type HsdsTables } from './model.js';
import { setOrigin } from './origin.js';

/** The HSDS API's `Page` wrapper around a list of objects (HSDS has no other multi-record file shape). */
export interface HsdsPage<T = HsdsRow> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

const group = (rows: HsdsRow[], key: string) => {
  const map = new Map<unknown, HsdsRow[]>();
  for (const r of rows) {
    if (r[key] === undefined) continue;
    const list = map.get(r[key]) ?? [];
    list.push(r);
    map.set(r[key], list);
  }
  return (id: unknown) => map.get(id) ?? [];
};
const omit = (row: HsdsRow, ...keys: string[]) =>
  Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k)));
const nonEmpty = <T>(list: T[]) => (list.length ? list : undefined);
const clean = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/**
 * HSDS tables as nested JSON: a `Page` of services, each with its organization (and that organization's
 * locations, contacts, identifiers and attributes), service areas, locations, contacts, languages,
 * funding, program and attributes with their taxonomy terms.
 */
export function nestHsds(t: HsdsTables): HsdsPage {
  const byId = (name: HsdsTableName) => new Map(t[name].map((r) => [r.id, r]));
  const taxonomies = byId('taxonomy');
  const terms = byId('taxonomy_term');
  const locations = byId('location');
  const orgs = byId('organization');
  const programs = byId('program');
  const attributesOf = group(t.attribute, 'link_id');
  const phonesOfContact = group(t.phone, 'contact_id');
  const contactsOfOrg = group(t.contact, 'organization_id');
  const contactsOfService = group(t.contact, 'service_id');
  const addressesOf = group(t.address, 'location_id');
  const locationsOfOrg = group(t.location, 'organization_id');
  const identifiersOf = group(t.organization_identifier, 'organization_id');
  const areasOf = group(t.service_area, 'service_id');
  const salOf = group(t.service_at_location, 'service_id');
  const languagesOf = group(t.language, 'service_id');
  const fundingOf = group(t.funding, 'service_id');

  const attributes = (id: unknown) =>
    nonEmpty(
      attributesOf(id).map((a) => {
        const term = terms.get(a.taxonomy_term_id);
        const detail = term ? taxonomies.get(term.taxonomy_id) : undefined;
        return clean({
          ...omit(a, 'link_id'),
          taxonomy_term: term && clean({ ...term, taxonomy_detail: detail }),
        });
      }),
    );
  const contacts = (list: HsdsRow[]) =>
    nonEmpty(
      list.map((c) =>
        clean({
          ...omit(c, 'organization_id', 'service_id'),
          phones: nonEmpty(phonesOfContact(c.id).map((p) => omit(p, 'contact_id'))),
        }),
      ),
    );
  const location = (l: HsdsRow) =>
    clean({
      ...l,
      addresses: nonEmpty(addressesOf(l.id).map((a) => omit(a, 'location_id'))),
      attributes: attributes(l.id),
    });
  const organization = (o: HsdsRow) =>
    clean({
      ...o,
      locations: nonEmpty(locationsOfOrg(o.id).map((l) => omit(location(l), 'organization_id'))),
      contacts: contacts(contactsOfOrg(o.id)),
      organization_identifiers: nonEmpty(identifiersOf(o.id).map((i) => omit(i, 'organization_id'))),
      attributes: attributes(o.id),
    });

  const contents = t.service.map((s) => {
    const org = orgs.get(s.organization_id);
    const program = s.program_id !== undefined ? programs.get(s.program_id) : undefined;
    return clean({
      ...s,
      organization: org && organization(org),
      program: program && clean({ ...program, attributes: attributes(program.id) }),
      service_areas: nonEmpty(
        areasOf(s.id).map((a) => clean({ ...omit(a, 'service_id'), attributes: attributes(a.id) })),
      ),
      service_at_locations: nonEmpty(
        salOf(s.id).map((sal) => {
          const l = locations.get(sal.location_id);
          return clean({ ...omit(sal, 'service_id'), location: l && location(l) });
        }),
      ),
      contacts: contacts(contactsOfService(s.id)),
      languages: nonEmpty(languagesOf(s.id).map((l) => omit(l, 'service_id'))),
      funding: nonEmpty(
        fundingOf(s.id).map((f) => clean({ ...omit(f, 'service_id'), attributes: attributes(f.id) })),
      ),
      attributes: attributes(s.id),
    });
  });
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}

/**
 * Nested HSDS JSON (a service, an organization, a list of either, or an API `Page` of them) as flat
 * tables, with the foreign keys the nesting implied. Objects met twice are kept once.
 */
export function flattenHsds(input: unknown): HsdsTables {
  return readHsdsJson(input).tables;
}

/** What one HSDS JSON file holds. */
export type HsdsFileKind =
  | 'service'
  | 'organization'
  | 'location'
  | 'service_at_location'
  | 'taxonomy'
  | 'taxonomy_term'
  | 'metadata'
  | 'page'
  | 'hsds-2'
  | 'unknown';

/** The kind of one HSDS object, by the fields only that kind has (HSDS 3.0 schemas). */
export function hsdsObjectKind(o: Record<string, unknown>): HsdsFileKind {
  const has = (...keys: string[]) => keys.some((k) => k in o);
  if (Array.isArray(o.contents)) return 'page';
  // HSDS 2.x: fields and objects 3.0 renamed or removed.
  if (
    has(
      'physical_addresses',
      'postal_addresses',
      'regular_schedules',
      'holiday_schedules',
      'service_taxonomy',
      'eligibility',
    )
  )
    return 'hsds-2';
  if (has('resource_id', 'resource_type', 'last_action_type', 'last_action_date')) return 'metadata';
  if (
    has(
      'status',
      'service_areas',
      'service_at_locations',
      'organization',
      'eligibility_description',
      'program',
    )
  )
    return 'service';
  if (has('service_id') && has('location_id', 'location')) return 'service_at_location';
  if ('service' in o && 'location' in o) return 'service_at_location';
  if (has('location_type', 'latitude', 'longitude', 'addresses', 'transportation', 'accessibility'))
    return 'location';
  if (has('code', 'taxonomy_id', 'term_uri', 'taxonomy', 'taxonomy_detail')) return 'taxonomy_term';
  if (has('version') || ('uri' in o && !has('website', 'email', 'legal_status'))) return 'taxonomy';
  if (
    has(
      'website',
      'email',
      'legal_status',
      'year_incorporated',
      'tax_status',
      'organization_identifiers',
      'locations',
      'services',
      'logo',
      'funding',
      'programs',
      'contacts',
      'phones',
      'description',
    )
  )
    return 'organization';
  return 'unknown';
}

const KIND_SV: Record<HsdsFileKind, [string, string]> = {
  service: ['en tjänst (service)', 'a service'],
  organization: ['en organisation (organization)', 'an organization'],
  location: ['en plats (location)', 'a location'],
  service_at_location: ['en tjänst på en plats (service_at_location)', 'a service_at_location'],
  taxonomy: ['en taxonomi (taxonomy)', 'a taxonomy'],
  taxonomy_term: ['en taxonomiterm (taxonomy_term)', 'a taxonomy_term'],
  metadata: ['ändringshistorik (metadata)', 'change history (metadata)'],
  page: ['en sida med resultat (Page)', 'a page of results (Page)'],
  'hsds-2': ['HSDS 2.x', 'HSDS 2.x'],
  unknown: ['okänt innehåll', 'unknown content'],
};

export interface HsdsJsonRead {
  tables: HsdsTables;
  /** Nested HSDS objects not read, e.g. `service.schedules` → how many objects had them. */
  unread: Map<string, number>;
  /** What the file (or each item of a list or page) was recognised as. */
  kinds: HsdsFileKind[];
  problems: Problem[];
}

/**
 * Reads an HSDS JSON file for what it is: a service, an organization, a location, a
 * service_at_location, a taxonomy or taxonomy_term, metadata, a list or a `Page` of any of these.
 * Locations are kept as locations (an organisation is never made from one); what cannot become part of
 * a dataset (metadata, a bare taxonomy) is named and skipped; HSDS 2.x is recognised and named.
 * Duplicate ids are reported. Every problem names the file and the JSON path.
 */
export function readHsdsJson(input: unknown, source?: string): HsdsJsonRead {
  const problems: Problem[] = [];
  const note = (severity: 'error' | 'warning', path: string, code: Problem['code'], sv: string, en: string) =>
    problems.push(problem(severity, path, code, sv, en, source ? { source } : {}));
  const t = emptyHsdsTables();
  const seen = new Set<string>();
  let here = '';
  // Nested objects the tables do not hold (schedules, cost options, …): counted for the one warning.
  const unread = new Map<string, number>();
  const FLATTENED = new Set([
    'organization',
    'program',
    'service_areas',
    'service_at_locations',
    'location',
    'languages',
    'funding',
    'contacts',
    'phones',
    'attributes',
    'addresses',
    'organization_identifiers',
    'locations',
    'taxonomy_term',
    'taxonomy_detail',
    'contents',
    'service',
    'metadata',
  ]);
  const add = (
    table: HsdsTableName,
    row: HsdsRow,
    parent: Record<string, unknown> = {},
  ): HsdsRow | undefined => {
    const scalar: HsdsRow = { ...parent };
    for (const [k, v] of Object.entries(row)) {
      if (v === null || typeof v !== 'object') scalar[k] = v;
      else if (!FLATTENED.has(k) && (!Array.isArray(v) || v.length))
        unread.set(`${table}.${k}`, (unread.get(`${table}.${k}`) ?? 0) + 1);
    }
    setOrigin(scalar, `${source ? `${source}: ` : ''}${here}`);
    const key = `${table}:${String(scalar.id)}`;
    if (scalar.id !== undefined && seen.has(key)) {
      // Fill in foreign keys the first occurrence lacked (an object nested in two places).
      const first = t[table].find((r) => r.id === scalar.id);
      if (first) for (const [k, v] of Object.entries(parent)) first[k] ??= v;
      return undefined;
    }
    seen.add(key);
    t[table].push(scalar);
    return scalar;
  };
  const list = (v: unknown): Array<Record<string, unknown>> =>
    Array.isArray(v) ? v.filter((x) => x && typeof x === 'object') : [];
  const obj = (v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

  const attributes = (owner: Record<string, unknown>, entity: string) => {
    for (const a of list(owner.attributes)) {
      const term = obj(a.taxonomy_term);
      if (term) {
        const detail = obj(term.taxonomy_detail);
        if (detail) add('taxonomy', detail);
        add(
          'taxonomy_term',
          term,
          detail?.id !== undefined && term.taxonomy_id === undefined ? { taxonomy_id: detail.id } : {},
        );
      }
      add('attribute', a, {
        link_id: owner.id,
        link_entity: a.link_entity ?? entity,
        ...(term && { taxonomy_term_id: term.id }),
      });
    }
  };
  const contacts = (owner: Record<string, unknown>, key: string) => {
    for (const c of list(owner.contacts)) {
      add('contact', c, { [key]: owner.id });
      for (const p of list(c.phones)) add('phone', p, { contact_id: c.id });
    }
  };
  const location = (l: Record<string, unknown>, orgId?: unknown) => {
    add('location', l, orgId !== undefined ? { organization_id: orgId } : {});
    for (const a of list(l.addresses)) add('address', a, { location_id: l.id });
    attributes(l, 'location');
  };
  const organization = (o: Record<string, unknown>) => {
    add('organization', o);
    for (const p of list(o.phones)) add('phone', p, { organization_id: o.id });
    for (const l of list(o.locations)) location(l, o.id);
    for (const i of list(o.organization_identifiers))
      add('organization_identifier', i, { organization_id: o.id });
    for (const p of list(o.programs)) add('program', p, { organization_id: o.id });
    for (const f of list(o.funding)) add('funding', f, { organization_id: o.id });
    contacts(o, 'organization_id');
    attributes(o, 'organization');
  };
  const service = (s: Record<string, unknown>) => {
    for (const p of list(s.phones)) {
      // Phones directly on a service (HSDS 3.0): one contact per phone, so they travel as contact points.
      add('phone', p, { service_id: s.id });
    }
    const org = obj(s.organization);
    const program = obj(s.program);
    add('service', s, {
      ...(org && s.organization_id === undefined && { organization_id: org.id }),
      ...(program && s.program_id === undefined && { program_id: program.id }),
    });
    if (org) organization(org);
    if (program) {
      add('program', program);
      attributes(program, 'program');
    }
    for (const a of list(s.service_areas)) {
      add('service_area', a, { service_id: s.id });
      attributes(a, 'service_area');
    }
    for (const sal of list(s.service_at_locations)) {
      const l = obj(sal.location);
      add('service_at_location', sal, {
        service_id: s.id,
        ...(l && sal.location_id === undefined && { location_id: l.id }),
      });
      if (l) location(l);
    }
    for (const l of list(s.languages)) add('language', l, { service_id: s.id });
    for (const f of list(s.funding)) {
      add('funding', f, { service_id: s.id });
      attributes(f, 'funding');
    }
    contacts(s, 'service_id');
    attributes(s, 'service');
  };

  const page = obj(input);
  const isPage = page !== undefined && Array.isArray(page.contents);
  const items: Array<[string, Record<string, unknown>]> = Array.isArray(input)
    ? input
        .map((x, i) => [`[${i}]`, x] as [string, Record<string, unknown>])
        .filter(([, x]) => x && typeof x === 'object')
    : isPage
      ? (page.contents as unknown[])
          .map((x, i) => [`contents[${i}]`, x] as [string, Record<string, unknown>])
          .filter(([, x]) => x && typeof x === 'object')
      : page
        ? [['', page]]
        : [];
  const kinds: HsdsFileKind[] = isPage ? ['page'] : [];
  const topIds = new Map<string, string>();
  for (const [at, item] of items) {
    here = at;
    const kind = hsdsObjectKind(item);
    kinds.push(kind);
    const [sv, en] = KIND_SV[kind];
    const id = item.id !== undefined ? String(item.id) : undefined;
    if (id !== undefined && (kind === 'service' || kind === 'organization' || kind === 'location')) {
      const first = topIds.get(`${kind}:${id}`);
      if (first !== undefined) {
        note(
          'error',
          at,
          'duplicate-id',
          `id "${id}" finns redan (${first || 'filens första objekt'}); det här objektet hoppas över`,
          `id "${id}" is already used (${first || 'the first object of the file'}); this object is skipped`,
        );
        continue;
      }
      topIds.set(`${kind}:${id}`, at);
    }
    switch (kind) {
      case 'service':
        service(item);
        break;
      case 'organization':
        organization(item);
        break;
      case 'location':
        location(item);
        break;
      case 'service_at_location': {
        const l = obj(item.location);
        const s = obj(item.service);
        if (s) service(s);
        add('service_at_location', item, {
          ...(l && item.location_id === undefined && { location_id: l.id }),
          ...(s && item.service_id === undefined && { service_id: s.id }),
        });
        if (l) location(l);
        break;
      }
      case 'taxonomy_term': {
        const detail = obj(item.taxonomy_detail);
        if (detail) add('taxonomy', detail);
        add(
          'taxonomy_term',
          item,
          detail?.id !== undefined && item.taxonomy_id === undefined ? { taxonomy_id: detail.id } : {},
        );
        break;
      }
      case 'taxonomy':
        add('taxonomy', item);
        break;
      case 'metadata':
      case 'hsds-2':
      case 'unknown':
      case 'page':
        note(
          kind === 'metadata' ? 'warning' : 'error',
          at,
          kind === 'hsds-2' ? 'unsupported-format-version' : 'invalid-record',
          kind === 'hsds-2'
            ? `det här är HSDS 2.x; bara HSDS 3.x läses. Exportera som HSDS 3.0 från källsystemet.`
            : kind === 'metadata'
              ? `${sv}: hör inte till en datamängd och hoppas över`
              : `${sv}: känns inte igen som ett HSDS 3-objekt och hoppas över`,
          kind === 'hsds-2'
            ? `this is HSDS 2.x; only HSDS 3.x is read. Export HSDS 3.0 from the source system.`
            : kind === 'metadata'
              ? `${en}: not part of a dataset, skipped`
              : `${en}: not recognised as an HSDS 3 object, skipped`,
        );
        break;
    }
  }
  return { tables: t, kinds, problems, unread };
}
