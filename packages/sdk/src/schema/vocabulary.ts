// The format's closed vocabularies as plain values, apart from the zod schemas that use them: code that
// only needs a list (the map, the analysis, the page) then never pulls in the validation.

/**
 * Kinds of organisation. The first four are the members of a samordningsförbund under FINSAM.
 * See docs/glossary.md for the Swedish words.
 */
export const ORGANISATION_KINDS = [
  'socialInsuranceAgency',
  'employmentService',
  'region',
  'municipality',
  'coordinationAssociation',
  'civilSociety',
  'employer',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** The member kinds of a samordningsförbund (FINSAM). */
export const MEMBER_KINDS: readonly OrganisationKind[] = [
  'socialInsuranceAgency',
  'employmentService',
  'region',
  'municipality',
];

/**
 * Typed links between two records (organisations or insatser). Read `from kind to`:
 * "A memberOf B", "A funds B", "A delivers B", "A collaboratesWith B", "A steeringGroupOf B"
 * (A sits in B's steering group), "A refersTo B", "A agreementWith B".
 */
export const RELATION_KINDS = [
  'memberOf',
  'funds',
  'delivers',
  'collaboratesWith',
  'steeringGroupOf',
  'refersTo',
  'agreementWith',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** Kinds that read the same both ways. */
export const SYMMETRIC_RELATION_KINDS: ReadonlySet<RelationKind> = new Set([
  'collaboratesWith',
  'agreementWith',
]);

/** Individinsats (for people) or strukturinsats (for the system: methods, training, collaboration). */
export const SERVICE_KINDS = ['individual', 'structural'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const SERVICE_STATUSES = ['planned', 'active', 'paused', 'ended'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/**
 * How an insats is financed: by a samordningsförbund (förbundsfinansierad), as the members' ordinary
 * activity, by external money (e.g. ESF), or a mix.
 */
export const FINANCING_KINDS = ['association', 'ordinary', 'external', 'mixed'] as const;
export type FinancingKind = (typeof FINANCING_KINDS)[number];

/** `attendances` (deltagartillfällen) counts visits, not people: one person may attend many times. */
export const CAPACITY_UNITS = ['annualPlaces', 'places', 'participants', 'attendances', 'groups'] as const;
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];

/**
 * Whom an insats or offer is for, beyond its target groups: individuals (the people it helps), staff of
 * the members, employers, civil society (idéburen sektor).
 */
export const AUDIENCES = ['individuals', 'staff', 'employers', 'civilSociety'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * How an employer or an association takes part: praktikplatser, arbetsträningsplatser, external
 * rotations (externa rotationer), CSR collaboration, employment (anställning, e.g. with wage subsidy).
 */
export const PARTICIPATION_WAYS = [
  'internship',
  'workTraining',
  'externalRotation',
  'csr',
  'employment',
] as const;
export type ParticipationWay = (typeof PARTICIPATION_WAYS)[number];

export const STATISTIC_UNITS = ['SEK', 'persons', 'percent', 'places', 'count'] as const;
export type StatisticUnit = (typeof STATISTIC_UNITS)[number];

/** Genders a figure can be split by; SUS and SCB report women and men. */
export const GENDERS = ['women', 'men', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

/** Vocabularies: target groups (målgrupper), methods (metoder), kinds of insats, statistics indicators. */
export const TAXONOMY_SCHEMES = ['targetGroup', 'method', 'serviceType', 'indicator'] as const;
export type TaxonomyScheme = (typeof TAXONOMY_SCHEMES)[number];
