import type { Term } from '../schema/taxonomy.js';

/**
 * The plan figures of a förbund (budget, contributions, participants, årsplatser, population), part of
 * `DEFAULT_TAXONOMY`.
 */
export const PLAN_INDICATOR_TERMS: readonly Term[] = [
  { id: 'budget', scheme: 'indicator', label: { sv: 'Budget', en: 'Budget' } },
  { id: 'funding', scheme: 'indicator', label: { sv: 'Finansiering', en: 'Funding' } },
  { id: 'contribution', scheme: 'indicator', label: { sv: 'Medlemsavgift', en: 'Member contribution' } },
  { id: 'participants', scheme: 'indicator', label: { sv: 'Deltagare', en: 'Participants' } },
  { id: 'annualPlaces', scheme: 'indicator', label: { sv: 'Årsplatser', en: 'Annual places' } },
  { id: 'population', scheme: 'indicator', label: { sv: 'Befolkning', en: 'Population' } },
  {
    id: 'populationWorkingAge',
    scheme: 'indicator',
    label: { sv: 'Befolkning 20–64 år', en: 'Population aged 20–64' },
  },
  {
    id: 'publicSupport',
    scheme: 'indicator',
    label: { sv: 'Personer i offentlig försörjning', en: 'People in public support' },
  },
  {
    id: 'sickLeaveDays',
    scheme: 'indicator',
    label: { sv: 'Sjukpenningtal', en: 'Sickness benefit days per person' },
  },
];

/**
 * The follow-up indicators shipped with the SDK: the measures of SUS (Sektorsövergripande system för
 * uppföljning av samverkan, run by Försäkringskassan) and the survey indicators of NNS ("Indikatorer för
 * finansiell samordning"). Validation knows their ids (`FOLLOW_UP_INDICATOR_IDS`); their labels live
 * here, apart from `DEFAULT_TAXONOMY`, so that a page which shows no follow-up does not download them.
 * Ids are stable: figures join into a series only on the same indicator, unit and definition.
 */
export const FOLLOW_UP_INDICATOR_TERMS: readonly Term[] = [
  // SUS
  {
    id: 'sus',
    scheme: 'indicator',
    label: { sv: 'SUS – uppföljning av samverkan', en: 'SUS – follow-up of collaboration' },
    description: {
      sv: 'Sektorsövergripande system för uppföljning av samverkan och finansiell samordning inom rehabiliteringsområdet.',
      en: 'The cross-sector follow-up system of coordinated rehabilitation (Försäkringskassan).',
    },
    synonyms: ['SUS', 'uppföljning'],
  },
  {
    id: 'susServices',
    scheme: 'indicator',
    parent: 'sus',
    label: { sv: 'Insatser registrerade i SUS', en: 'Services registered in SUS' },
  },
  {
    id: 'susIndividuals',
    scheme: 'indicator',
    parent: 'sus',
    label: {
      sv: 'Individer i individinriktade insatser (SUS)',
      en: 'Individuals in individual services (SUS)',
    },
  },
  {
    id: 'susStructuralParticipants',
    scheme: 'indicator',
    parent: 'sus',
    label: {
      sv: 'Deltagare i strukturinriktade insatser (SUS)',
      en: 'Participants in structural services (SUS)',
    },
    description: {
      sv: 'Deltagartillfällen, inte nödvändigtvis unika personer.',
      en: 'Attendances, not necessarily unique people.',
    },
  },
  {
    id: 'susParticipantShare',
    scheme: 'indicator',
    parent: 'sus',
    label: { sv: 'Andel av deltagarna (SUS)', en: 'Share of participants (SUS)' },
    description: {
      sv: 'Andel av de inskrivna deltagarna som tillhör uppdelningen (kön, ålder, målgrupp).',
      en: 'Share of the enrolled participants in the breakdown (gender, age, target group).',
    },
  },
  {
    id: 'susPublicSupportBefore',
    scheme: 'indicator',
    parent: 'sus',
    label: {
      sv: 'Andel med offentlig försörjning före insatsen (SUS)',
      en: 'Share in public support before the service (SUS)',
    },
    description: {
      sv: 'Hur länge deltagarna haft offentlig försörjning vid inskrivning; längden står i definitionen.',
      en: 'How long participants had public support when enrolled; the length is in the definition.',
    },
  },
  {
    id: 'susWorkOrStudiesAfter',
    scheme: 'indicator',
    parent: 'sus',
    label: {
      sv: 'Andel i arbete eller studier efter avslutad insats (SUS)',
      en: 'Share in work or studies after the service (SUS)',
    },
  },
  {
    id: 'susNoPublicSupportAfter',
    scheme: 'indicator',
    parent: 'sus',
    label: {
      sv: 'Andel utan offentlig försörjning efter avslutad insats (SUS)',
      en: 'Share without public support after the service (SUS)',
    },
  },
  {
    id: 'susNoPublicSupport90Days',
    scheme: 'indicator',
    parent: 'susNoPublicSupportAfter',
    label: {
      sv: 'Andel utan offentlig försörjning 90 dagar efter avslutad insats (SUS)',
      en: 'Share without public support 90 days after the service (SUS)',
    },
  },
  // NNS indicators (surveys)
  {
    id: 'nnsIndicators',
    scheme: 'indicator',
    label: {
      sv: 'Indikatorer för finansiell samordning (NNS)',
      en: 'Indicators of financial coordination (NNS)',
    },
    description: {
      sv: 'Enkäter till deltagare, insatspersonal, styrelseledamöter, chefer i samverkan och remittenter.',
      en: 'Surveys of participants, service staff, board members, managers in collaboration and referrers.',
    },
    synonyms: ['NNS', 'indikatorer', 'enkät'],
  },
  {
    id: 'nnsParticipantSurvey',
    scheme: 'indicator',
    parent: 'nnsIndicators',
    label: { sv: 'Deltagarenkät (NNS)', en: 'Participant survey (NNS)' },
  },
  {
    id: 'nnsStaffSurvey',
    scheme: 'indicator',
    parent: 'nnsIndicators',
    label: { sv: 'Enkät till insatspersonal (NNS)', en: 'Service staff survey (NNS)' },
  },
  {
    id: 'nnsBoardSurvey',
    scheme: 'indicator',
    parent: 'nnsIndicators',
    label: { sv: 'Styrelseenkät (NNS)', en: 'Board survey (NNS)' },
  },
  {
    id: 'nnsManagerSurvey',
    scheme: 'indicator',
    parent: 'nnsIndicators',
    label: { sv: 'Enkät till chefer i samverkan (NNS)', en: 'Survey of managers in collaboration (NNS)' },
  },
  {
    id: 'nnsReferrerSurvey',
    scheme: 'indicator',
    parent: 'nnsIndicators',
    label: { sv: 'Remittentenkät (NNS)', en: 'Referrer survey (NNS)' },
  },
];
