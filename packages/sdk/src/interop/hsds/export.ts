import { municipalityByCode } from '../../municipalities/index.js';
import type { ContactPoint } from '../../schema/common.js';
import type { DatasetData } from '../../schema/dataset.js';
import type { Organisation } from '../../schema/organisation.js';
import type { Service } from '../../schema/service.js';
import type { Term } from '../../schema/taxonomy.js';
import type { ServiceStatus, TaxonomyScheme } from '../../schema/vocabulary.js';
import { DEFAULT_TAXONOMY } from '../../taxonomy/default-vocabulary.js';
import { localize } from '../../text/localized.js';
import { isWebUrl } from '../../text/url.js';
import { getPath } from '../paths.js';
import { SV_VALUES } from '../sheets.js';
import { hsdsId } from './ids.js';
import {
  emptyHsdsTables,
  FIELD_ATTRIBUTES,
  type HsdsRow,
  type HsdsTables,
  ID_SCHEME_ORGNR,
  ID_SCHEME_OURS,
  TAXONOMIES,
  type TaxonomyKey,
} from './model.js';

/** Our status → HSDS `service.status` (a one-to-one mapping, so it reads back unchanged). */
export const STATUS_TO_HSDS: Record<ServiceStatus, string> = {
  planned: 'inactive',
  active: 'active',
  paused: 'temporarily closed',
  ended: 'defunct',
};

const SCHEME_TAXONOMY: Record<Exclude<TaxonomyScheme, 'indicator'>, TaxonomyKey> = {
  targetGroup: 'targetGroup',
  method: 'method',
  serviceType: 'serviceType',
};

function lastModified(s: Service): string | undefined {
  const kept = s.externalIds?.find((x) => x.scheme === 'hsds')?.modified;
  if (kept && (!s.updated || kept.startsWith(s.updated))) return kept;
  return s.updated && `${s.updated}T00:00:00Z`;
}

/** The HSDS id of an organisation: by organisation number when known, so it is the same in every förbund's export. */
export function organizationUuid(
  o: Pick<Organisation, 'id' | 'organisationNumber'> & { externalIds?: Organisation['externalIds'] },
): string {
  // An organisation imported from HSDS keeps its HSDS id, so the source system can match it.
  const kept = o.externalIds?.find((x) => x.scheme === 'hsds')?.id;
  if (kept) return kept;
  return o.organisationNumber
    ? hsdsId('organisationsnummer', o.organisationNumber)
    : hsdsId('organisation', o.id);
}

/**
 * A dataset as HSDS 3.0 tables (every id a UUID v5 of ours). Insatser become services, organisations
 * organizations with one location each, kommuner service areas, vocabulary terms and our enums taxonomy
 * terms linked through attributes, `lastVerified` `assured_date`. See docs/hsds.md for what cannot travel.
 */
export function datasetToHsdsTables(data: DatasetData): HsdsTables {
  const t = emptyHsdsTables();
  const seen = new Set<string>();
  const push = (table: keyof HsdsTables, row: HsdsRow) => {
    const key = `${table}:${row.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    t[table].push(prune(row));
  };
  const termsById = new Map<string, Term>();
  for (const term of [...DEFAULT_TAXONOMY, ...data.taxonomy])
    termsById.set(`${term.scheme}:${term.id}`, term);

  const taxonomy = (key: TaxonomyKey) => {
    const id = hsdsId('taxonomy', TAXONOMIES[key].name);
    push('taxonomy', { id, name: TAXONOMIES[key].name, description: TAXONOMIES[key].sv, version: '1' });
    return id;
  };
  const term = (
    key: TaxonomyKey,
    code: string,
    name: string,
    description?: string,
    parentCode?: string,
  ): string => {
    const taxonomyId = taxonomy(key);
    const id = hsdsId('term', TAXONOMIES[key].name, code);
    push('taxonomy_term', {
      id,
      code,
      name,
      description: description || name,
      taxonomy: TAXONOMIES[key].name,
      taxonomy_id: taxonomyId,
      language: 'sv',
      parent_id: parentCode !== undefined ? hsdsId('term', TAXONOMIES[key].name, parentCode) : undefined,
    });
    return id;
  };
  const vocabularyTerm = (scheme: Exclude<TaxonomyScheme, 'indicator'>, id: string): string => {
    const found = termsById.get(`${scheme}:${id}`);
    if (found?.parent) vocabularyTerm(scheme, found.parent);
    return term(
      SCHEME_TAXONOMY[scheme],
      id,
      found ? localize(found.label) : id,
      found && localize(found.description),
      found?.parent,
    );
  };
  const kommunTerm = (code: string) => term('municipality', code, municipalityByCode(code)?.name ?? code);
  const attribute = (entity: string, linkId: string, termId: string, linkType: string, value?: string) =>
    push('attribute', {
      id: hsdsId('attribute', linkId, termId),
      link_id: linkId,
      link_entity: entity,
      link_type: linkType,
      taxonomy_term_id: termId,
      value,
    });
  const fieldAttributes = (entity: keyof typeof FIELD_ATTRIBUTES, linkId: string, record: object) => {
    for (const path of FIELD_ATTRIBUTES[entity]) {
      const value = getPath(record, path);
      if (value !== undefined)
        attribute(entity, linkId, term('field', path, path), 'field', JSON.stringify(value));
    }
  };
  const idAttribute = (entity: string, linkId: string, ourId: string) =>
    attribute(entity, linkId, term('recordId', 'id', 'Id i Samordningskartan'), 'identifier', ourId);
  const contacts = (
    owner: { organization_id?: string; service_id?: string },
    list: readonly ContactPoint[] | undefined,
    ownerId: string,
  ) =>
    list?.forEach((c, i) => {
      const id = hsdsId('contact', ownerId, String(i));
      // Our contact points are functions, not people: the name goes in `department`, never in `name`.
      push('contact', { id, ...owner, department: localize(c.name), email: c.email });
      if (c.phone) push('phone', { id: hsdsId('phone', id), contact_id: id, number: c.phone, type: 'voice' });
    });

  // Every dataset term (except statistics indicators, which HSDS has no use for), used or not, so our own vocabulary survives.
  for (const own of data.taxonomy) if (own.scheme !== 'indicator') vocabularyTerm(own.scheme, own.id);

  const orgUuid = new Map<string, string>();
  for (const o of data.organisations) orgUuid.set(o.id, organizationUuid(o));
  const locationOf = (o: Organisation) => hsdsId('location', orgUuid.get(o.id)!);

  for (const o of data.organisations) {
    const id = orgUuid.get(o.id)!;
    push('organization', {
      id,
      name: localize(o.name),
      alternate_name: o.shortName && localize(o.shortName),
      // Required, and an empty cell reads back as missing in the tabular form: the name stands in.
      description: localize(o.description) || localize(o.name),
      website: o.website,
      parent_organization_id: o.parent !== undefined ? orgUuid.get(o.parent) : undefined,
    });
    push('organization_identifier', {
      id: hsdsId('identifier', id, ID_SCHEME_OURS),
      organization_id: id,
      identifier_scheme: ID_SCHEME_OURS,
      identifier_type: 'id',
      identifier: o.id,
    });
    if (o.organisationNumber) {
      push('organization_identifier', {
        id: hsdsId('identifier', id, ID_SCHEME_ORGNR),
        organization_id: id,
        identifier_scheme: ID_SCHEME_ORGNR,
        identifier_type: 'organisationsnummer',
        identifier: o.organisationNumber,
      });
    }
    attribute(
      'organization',
      id,
      term('organisationKind', o.kind, SV_VALUES.organisationKind[o.kind]),
      'organization_type',
    );
    for (const code of o.municipalities ?? []) attribute('organization', id, kommunTerm(code), 'area');
    const location = locationOf(o);
    push('location', {
      id: location,
      organization_id: id,
      location_type: o.postalTown ? 'physical' : 'virtual',
      name: localize(o.name),
      url: o.website,
    });
    // The location stands for the organisation where a service nests only the location (later providers).
    idAttribute('location', location, o.id);
    attribute(
      'location',
      location,
      term('organisationKind', o.kind, SV_VALUES.organisationKind[o.kind]),
      'organization_type',
    );
    // Only the town is known, too little for an HSDS address (street and postcode are required).
    if (o.postalTown)
      attribute('location', location, term('postalTown', 'postort', 'Postort'), 'postal_town', o.postalTown);
    contacts({ organization_id: id }, o.contactPoints, id);
    fieldAttributes('organization', id, o);
  }

  const serviceUuid = new Map<string, string>();
  for (const s of data.services)
    serviceUuid.set(
      s.id,
      s.externalIds?.find((x) => x.scheme === 'hsds')?.id ?? hsdsId(data.meta.id, 'insats', s.id),
    );
  const byId = new Map(data.services.map((s) => [s.id, s]));
  const orgById = new Map(data.organisations.map((o) => [o.id, o]));

  for (const s of data.services) {
    const id = serviceUuid.get(s.id)!;
    const web = s.links?.find((l) => isWebUrl(l.url));
    let programId: string | undefined;
    const parent = s.partOf !== undefined ? byId.get(s.partOf) : undefined;
    if (parent) {
      programId = hsdsId('program', serviceUuid.get(parent.id)!);
      push('program', {
        id: programId,
        organization_id: orgUuid.get(parent.providers[0]!),
        name: localize(parent.name),
        description: localize(parent.description ?? parent.summary) || localize(parent.name),
      });
      idAttribute('program', programId, parent.id);
    }
    push('service', {
      id,
      organization_id: orgUuid.get(s.providers[0]!),
      program_id: programId,
      name: localize(s.name),
      description: s.description && localize(s.description),
      url: web?.url,
      status: STATUS_TO_HSDS[s.status],
      application_process: s.access?.description && localize(s.access.description),
      minimum_age: s.ageRange?.min,
      maximum_age: s.ageRange?.max,
      assured_date: s.lastVerified,
      // The source's own time when the insats came from HSDS and was not edited since, else our date.
      last_modified: lastModified(s),
    });
    idAttribute('service', id, s.id);
    attribute('service', id, term('serviceKind', s.kind, SV_VALUES.serviceKind[s.kind]), 'service_kind');
    if (s.financing)
      attribute('service', id, term('financing', s.financing, SV_VALUES.financing[s.financing]), 'financing');
    if (s.access?.referral) attribute('service', id, term('access', 'referral', 'Remiss'), 'access');
    if (s.access?.selfReferral)
      attribute('service', id, term('access', 'selfReferral', 'Egen anmälan'), 'access');
    for (const g of s.targetGroups ?? [])
      attribute('service', id, vocabularyTerm('targetGroup', g), 'target_group');
    for (const m of s.methods ?? []) attribute('service', id, vocabularyTerm('method', m), 'method');
    for (const k of s.serviceTypes ?? [])
      attribute('service', id, vocabularyTerm('serviceType', k), 'service_type');
    for (const code of s.municipalities ?? []) {
      const area = hsdsId('service_area', id, code);
      push('service_area', {
        id: area,
        service_id: id,
        name: municipalityByCode(code)?.name ?? code,
        description: `${municipalityByCode(code)?.name ?? code} kommun (kommunkod ${code})`,
      });
      attribute('service_area', area, kommunTerm(code), 'area');
    }
    // Each provider is linked through its location, so providers after the first survive too.
    for (const p of s.providers) {
      const org = orgById.get(p);
      if (org)
        push('service_at_location', {
          id: hsdsId('service_at_location', id, locationOf(org)),
          service_id: id,
          location_id: locationOf(org),
        });
    }
    contacts({ service_id: id }, s.contactPoints, id);
    fieldAttributes('service', id, s);
    for (const code of s.languages ?? [])
      push('language', {
        id: hsdsId('language', id, code),
        service_id: id,
        code,
        name: LANGUAGE_NAMES[code],
      });
    s.funding?.forEach((f, i) => {
      const funder = orgById.get(f.funder);
      const fundingId = hsdsId('funding', id, String(i));
      push('funding', { id: fundingId, service_id: id, source: funder ? localize(funder.name) : f.funder });
      idAttribute('funding', fundingId, f.funder);
    });
  }
  return t;
}

const LANGUAGE_NAMES: Record<string, string> = {
  sv: 'svenska',
  en: 'engelska',
  ar: 'arabiska',
  fi: 'finska',
  so: 'somaliska',
  ti: 'tigrinja',
  fa: 'persiska',
  uk: 'ukrainska',
  pl: 'polska',
  es: 'spanska',
  de: 'tyska',
  fr: 'franska',
  se: 'nordsamiska',
};

/** Drops undefined and empty-string optional fields (required ones are set even when empty). */
function prune(row: HsdsRow): HsdsRow {
  const out: HsdsRow = {};
  for (const [k, v] of Object.entries(row)) {
    if (v === undefined) continue;
    if (v === '' && !REQUIRED_EMPTY_OK.has(k)) continue;
    out[k] = v;
  }
  return out;
}
const REQUIRED_EMPTY_OK = new Set(['description']);
