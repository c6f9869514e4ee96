/** One HSDS object as a flat row (the tabular serialisation); nested arrays are absent. */
export type HsdsRow = Record<string, unknown>;

/** The HSDS tables Samordningskartan reads and writes, with the tabular serialisation's file names. */
export const HSDS_TABLES = {
  organization: {
    path: 'organizations.csv',
    fields: [
      'id',
      'name',
      'alternate_name',
      'description',
      'email',
      'website',
      'tax_status',
      'tax_id',
      'year_incorporated',
      'legal_status',
      'logo',
      'uri',
      'parent_organization_id',
    ],
  },
  organization_identifier: {
    path: 'organization_identifiers.csv',
    fields: ['id', 'organization_id', 'identifier_scheme', 'identifier_type', 'identifier'],
  },
  program: {
    path: 'programs.csv',
    fields: ['id', 'organization_id', 'name', 'alternate_name', 'description'],
  },
  service: {
    path: 'services.csv',
    fields: [
      'id',
      'organization_id',
      'program_id',
      'name',
      'alternate_name',
      'description',
      'url',
      'email',
      'status',
      'interpretation_services',
      'application_process',
      'fees_description',
      'wait_time',
      'fees',
      'accreditations',
      'eligibility_description',
      'minimum_age',
      'maximum_age',
      'assured_date',
      'assurer_email',
      'licenses',
      'alert',
      'last_modified',
    ],
  },
  location: {
    path: 'locations.csv',
    fields: [
      'id',
      'location_type',
      'url',
      'organization_id',
      'name',
      'alternate_name',
      'description',
      'transportation',
      'latitude',
      'longitude',
      'external_identifier',
      'external_identifier_type',
    ],
  },
  address: {
    path: 'addresses.csv',
    fields: [
      'id',
      'location_id',
      'attention',
      'address_1',
      'address_2',
      'city',
      'region',
      'state_province',
      'postal_code',
      'country',
      'address_type',
    ],
  },
  service_at_location: {
    path: 'service_at_location.csv',
    fields: ['id', 'service_id', 'location_id', 'description'],
  },
  service_area: {
    path: 'service_areas.csv',
    fields: ['id', 'service_id', 'name', 'description', 'extent', 'extent_type', 'uri'],
  },
  contact: {
    path: 'contacts.csv',
    fields: [
      'id',
      'organization_id',
      'service_id',
      'service_at_location_id',
      'location_id',
      'name',
      'title',
      'department',
      'email',
    ],
  },
  phone: {
    path: 'phones.csv',
    fields: [
      'id',
      'location_id',
      'service_id',
      'organization_id',
      'contact_id',
      'service_at_location_id',
      'number',
      'extension',
      'type',
      'description',
    ],
  },
  language: {
    path: 'languages.csv',
    fields: ['id', 'service_id', 'location_id', 'phone_id', 'name', 'code', 'note'],
  },
  funding: { path: 'funding.csv', fields: ['id', 'organization_id', 'service_id', 'source'] },
  taxonomy: { path: 'taxonomies.csv', fields: ['id', 'name', 'description', 'uri', 'version'] },
  taxonomy_term: {
    path: 'taxonomy_terms.csv',
    fields: [
      'id',
      'code',
      'name',
      'description',
      'parent_id',
      'taxonomy',
      'language',
      'taxonomy_id',
      'term_uri',
    ],
  },
  attribute: {
    path: 'attributes.csv',
    fields: ['id', 'link_id', 'taxonomy_term_id', 'link_type', 'link_entity', 'value'],
  },
} as const;
export type HsdsTableName = keyof typeof HSDS_TABLES;

/** HSDS data as flat tables: the common ground of the nested JSON and the tabular package. */
export type HsdsTables = Record<HsdsTableName, HsdsRow[]>;

/** Fields that hold numbers (everything else is text). */
export const HSDS_NUMBER_FIELDS = new Set([
  'year_incorporated',
  'minimum_age',
  'maximum_age',
  'latitude',
  'longitude',
  'extension',
]);

export function emptyHsdsTables(): HsdsTables {
  return Object.fromEntries(Object.keys(HSDS_TABLES).map((k) => [k, []])) as unknown as HsdsTables;
}

/**
 * Samordningskartan's own HSDS taxonomies (their `name`). Terms of the format's vocabularies carry our
 * term ids as `code`; kommuner carry their SCB code.
 */
export const TAXONOMIES = {
  targetGroup: { name: 'samordningskartan:malgrupp', sv: 'Målgrupper (Samordningskartan)' },
  method: { name: 'samordningskartan:metod', sv: 'Metoder (Samordningskartan)' },
  serviceType: { name: 'samordningskartan:insatstyp', sv: 'Typ av insats (Samordningskartan)' },
  serviceKind: { name: 'samordningskartan:insatsform', sv: 'Individinsats eller strukturinsats' },
  financing: { name: 'samordningskartan:finansiering', sv: 'Hur insatsen finansieras' },
  access: { name: 'samordningskartan:tillgang', sv: 'Hur man kommer till insatsen (remiss, egen anmälan)' },
  organisationKind: {
    name: 'samordningskartan:organisationstyp',
    sv: 'Slags organisation (FINSAM-medlem m.m.)',
  },
  municipality: { name: 'scb:kommunkod', sv: 'Sveriges kommuner med SCB:s kommunkod' },
  recordId: {
    name: 'samordningskartan:id',
    sv: 'Postens id i Samordningskartan (värdet i attributets value)',
  },
  postalTown: {
    name: 'samordningskartan:postort',
    sv: 'Organisationens postort (värdet i attributets value)',
  },
  field: {
    name: 'samordningskartan:falt',
    sv: 'Fält utan motsvarighet i HSDS: termens code är fältet, attributets value dess JSON-värde',
  },
} as const;

/** Fields of ours HSDS has no place for, carried as `field` attributes (code = path, value = JSON). */
export const FIELD_ATTRIBUTES = {
  organization: ['priorityTargetGroups'],
  service: ['audience', 'participation', 'review', 'errorReport', 'access.url'],
} as const;
export type TaxonomyKey = keyof typeof TAXONOMIES;

/** `organization_identifier.identifier_scheme` values. */
export const ID_SCHEME_ORGNR = 'SE-BLV';
export const ID_SCHEME_OURS = 'samordningskartan';
