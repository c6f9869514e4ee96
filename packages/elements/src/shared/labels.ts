import {
  type Audience,
  type CapacityUnit,
  FACETS,
  type FacetName,
  type FinancingKind,
  type Lang,
  type OrganisationKind,
  type ParticipationWay,
  type RelationKind,
  type ServiceKind,
  type ServiceStatus,
  type StatisticUnit,
} from '@samordningskartan/sdk';
import type { CatalogueView } from './catalogue-client.js';
import type { Messages } from './messages.js';

type Keys<P extends string, V extends string> = `${P}_${V}`;

/** Every key of the shared domain labels. */
export type LabelKey =
  | Keys<'orgKind', OrganisationKind>
  | Keys<'relation', RelationKind>
  | Keys<'status', ServiceStatus>
  | Keys<'serviceKind', ServiceKind>
  | Keys<'financing', FinancingKind>
  | Keys<'unit', CapacityUnit | StatisticUnit>
  | Keys<'facet', FacetName>
  | Keys<'audience', Audience>
  | Keys<'participation', ParticipationWay>;

/**
 * The one wording of the format's codes in the UI (the glossary's words): organisation kinds,
 * relation kinds, statuses, kinds of insats, financing, units, the facet names, audiences and the ways
 * employers and associations take part. Every element
 * merges this catalogue into its own, so a page can still override any label through `strings`.
 */
export const LABELS: Messages<LabelKey> = {
  sv: {
    orgKind_coordinationAssociation: 'Samordningsförbund',
    orgKind_socialInsuranceAgency: 'Försäkringskassan',
    orgKind_employmentService: 'Arbetsförmedlingen',
    orgKind_region: 'Region',
    orgKind_municipality: 'Kommun',
    orgKind_civilSociety: 'Idéburen sektor',
    orgKind_employer: 'Arbetsgivare',
    orgKind_other: 'Annan organisation',
    relation_memberOf: 'Medlem i',
    relation_funds: 'Finansierar',
    relation_delivers: 'Utför',
    relation_collaboratesWith: 'Samverkar med',
    relation_steeringGroupOf: 'Sitter i styrgruppen för',
    relation_refersTo: 'Hänvisar till',
    relation_agreementWith: 'Har avtal med',
    status_planned: 'Planerad',
    status_active: 'Pågående',
    status_paused: 'Pausad',
    status_ended: 'Avslutad',
    serviceKind_individual: 'Individinsats',
    serviceKind_structural: 'Strukturinsats',
    financing_association: 'Förbundsfinansierad',
    financing_ordinary: 'Ordinarie verksamhet',
    financing_external: 'Extern finansiering',
    financing_mixed: 'Blandad finansiering',
    unit_annualPlaces: 'årsplatser',
    unit_places: 'platser',
    unit_participants: 'deltagare',
    unit_attendances: 'deltagartillfällen',
    unit_groups: 'grupper',
    unit_SEK: 'kr',
    unit_persons: 'personer',
    unit_percent: 'procent',
    unit_count: 'st.',
    facet_targetGroup: 'Målgrupp',
    facet_municipality: 'Kommun',
    facet_provider: 'Anordnare',
    facet_kind: 'Typ av insats',
    facet_status: 'Status',
    facet_financing: 'Finansiering',
    facet_audience: 'Vänder sig till',
    audience_individuals: 'Enskilda personer',
    audience_staff: 'Personal hos parterna',
    audience_employers: 'Arbetsgivare',
    audience_civilSociety: 'Idéburen sektor',
    participation_internship: 'Praktikplatser',
    participation_workTraining: 'Arbetsträningsplatser',
    participation_externalRotation: 'Externa rotationer',
    participation_csr: 'CSR-samarbete',
    participation_employment: 'Anställning',
  },
  en: {
    orgKind_coordinationAssociation: 'Coordination association',
    orgKind_socialInsuranceAgency: 'Social Insurance Agency',
    orgKind_employmentService: 'Public Employment Service',
    orgKind_region: 'Region',
    orgKind_municipality: 'Municipality',
    orgKind_civilSociety: 'Civil society',
    orgKind_employer: 'Employer',
    orgKind_other: 'Other organisation',
    relation_memberOf: 'Member of',
    relation_funds: 'Funds',
    relation_delivers: 'Delivers',
    relation_collaboratesWith: 'Collaborates with',
    relation_steeringGroupOf: 'Sits in the steering group of',
    relation_refersTo: 'Refers to',
    relation_agreementWith: 'Has an agreement with',
    status_planned: 'Planned',
    status_active: 'Active',
    status_paused: 'Paused',
    status_ended: 'Ended',
    serviceKind_individual: 'Individual service',
    serviceKind_structural: 'Structural service',
    financing_association: 'Funded by the association',
    financing_ordinary: 'Ordinary activity',
    financing_external: 'External funding',
    financing_mixed: 'Mixed funding',
    unit_annualPlaces: 'annual places',
    unit_places: 'places',
    unit_participants: 'participants',
    unit_attendances: 'attendances',
    unit_groups: 'groups',
    unit_SEK: 'SEK',
    unit_persons: 'people',
    unit_percent: 'per cent',
    unit_count: 'count',
    facet_targetGroup: 'Target group',
    facet_municipality: 'Municipality',
    facet_provider: 'Provider',
    facet_kind: 'Kind of service',
    facet_status: 'Status',
    facet_financing: 'Financing',
    facet_audience: 'For',
    audience_individuals: 'Individuals',
    audience_staff: "The members' staff",
    audience_employers: 'Employers',
    audience_civilSociety: 'Civil society',
    participation_internship: 'Internships',
    participation_workTraining: 'Work-training places',
    participation_externalRotation: 'External rotations',
    participation_csr: 'CSR collaboration',
    participation_employment: 'Employment',
  },
};

/** The label key of a facet's fixed code (`kind`, `status`, `financing`, `audience`). */
const CODE_PREFIX: Partial<Record<FacetName, string>> = {
  kind: 'serviceKind',
  status: 'status',
  financing: 'financing',
  audience: 'audience',
};

/**
 * The display name of a facet value: a kommun's name, a label from the catalogue for a code, else
 * the record's name in the dataset (a term or organisation), else the value itself.
 */
export function facetValueLabel(
  t: (key: LabelKey) => string,
  dataset: Pick<CatalogueView, 'label' | 'municipalityName'>,
  lang: Lang,
  facet: FacetName,
  value: string,
): string {
  const def = FACETS.find((f) => f.name === facet);
  if (def?.values === 'municipality') return dataset.municipalityName(value) ?? value;
  if (def?.values === 'code') return t(`${CODE_PREFIX[facet]}_${value}` as LabelKey);
  return dataset.label(value, lang);
}
