import type { Term } from '../schema/taxonomy.js';
import { PLAN_INDICATOR_TERMS } from './indicators.js';

/**
 * The default Swedish vocabulary shipped with the SDK. A dataset extends it with its own `taxonomy`
 * terms (a term with the same scheme and id replaces the default's label). The follow-up indicators
 * (SUS, NNS) are shipped apart, in `FOLLOW_UP_INDICATOR_TERMS`.
 */
export const DEFAULT_TAXONOMY: readonly Term[] = [
  // Målgrupper (target groups)
  {
    id: 'unga-vuxna',
    scheme: 'targetGroup',
    label: { sv: 'Unga vuxna 16–29 år', en: 'Young adults 16–29' },
    ageRange: { min: 16, max: 29 },
    synonyms: ['unga', 'ungdomar', 'UVAS'],
  },
  {
    id: 'langtidssjukskrivna',
    scheme: 'targetGroup',
    label: { sv: 'Långtidssjukskrivna', en: 'People on long-term sick leave' },
    synonyms: ['sjukskrivna', 'sjukskrivning'],
  },
  {
    id: 'psykisk-ohalsa',
    scheme: 'targetGroup',
    label: { sv: 'Psykisk ohälsa', en: 'Mental ill-health' },
    synonyms: ['psykisk sjukdom', 'ångest', 'depression'],
  },
  {
    id: 'nyanlanda',
    scheme: 'targetGroup',
    label: { sv: 'Nyanlända', en: 'Newly arrived migrants' },
    synonyms: ['utrikesfödda', 'etablering'],
  },
  {
    id: 'npf',
    scheme: 'targetGroup',
    label: { sv: 'NPF (neuropsykiatrisk funktionsnedsättning)', en: 'Neurodevelopmental disorders' },
    synonyms: ['NPF', 'neuropsykiatrisk funktionsnedsättning', 'ADHD', 'autism'],
  },
  {
    id: 'missbruk-beroende',
    scheme: 'targetGroup',
    label: { sv: 'Missbruk och beroende', en: 'Substance use and addiction' },
    synonyms: ['beroende', 'missbruk', 'alkohol', 'narkotika'],
  },
  {
    id: 'forsorjningsstod',
    scheme: 'targetGroup',
    label: { sv: 'Långvarigt försörjningsstöd', en: 'Long-term social assistance' },
    synonyms: ['ekonomiskt bistånd', 'försörjningsstöd', 'socialbidrag'],
  },
  {
    id: 'svardefinierat-behov',
    scheme: 'targetGroup',
    label: { sv: 'Svårdefinierat behov', en: 'Complex, unclear needs' },
    synonyms: ['oklart behov'],
  },
  {
    id: 'arbetslosa',
    scheme: 'targetGroup',
    label: { sv: 'Arbetslösa långt från arbetsmarknaden', en: 'Unemployed, far from the labour market' },
    synonyms: ['arbetssökande', 'långtidsarbetslösa'],
  },
  {
    id: 'funktionsnedsattning',
    scheme: 'targetGroup',
    label: { sv: 'Funktionsnedsättning', en: 'Disability' },
    synonyms: ['funktionshinder'],
  },
  {
    id: 'aktivitetsersattning',
    scheme: 'targetGroup',
    label: { sv: 'Aktivitetsersättning', en: 'Activity compensation' },
    synonyms: ['sjukersättning'],
  },
  {
    id: 'personal',
    scheme: 'targetGroup',
    label: { sv: 'Personal hos parterna', en: 'Staff of the member organisations' },
    synonyms: ['medarbetare', 'handläggare', 'chefer'],
  },
  { id: 'arbetsgivare', scheme: 'targetGroup', label: { sv: 'Arbetsgivare', en: 'Employers' } },
  // Metoder (methods)
  {
    id: 'supported-employment',
    scheme: 'method',
    label: 'Supported Employment',
    synonyms: ['SE', 'IPS', 'Individual Placement and Support'],
  },
  {
    id: 'ips',
    scheme: 'method',
    label: 'IPS (Individual Placement and Support)',
    parent: 'supported-employment',
    synonyms: ['IPS'],
  },
  {
    id: 'case-management',
    scheme: 'method',
    label: 'Case Management',
    synonyms: ['CM', 'resursorienterad case management'],
  },
  {
    id: 'losningsfokus',
    scheme: 'method',
    label: { sv: 'Lösningsfokuserat arbetssätt', en: 'Solution-focused approach' },
    synonyms: ['lösningsfokus', 'LF'],
  },
  {
    id: 'bip',
    scheme: 'method',
    label: 'BIP (Bedömning av Individens Progression)',
    synonyms: ['BIP', 'SKAPA'],
  },
  {
    id: 'sip',
    scheme: 'method',
    label: { sv: 'SIP, samordnad individuell plan', en: 'Coordinated individual plan (SIP)' },
    synonyms: ['SIP', 'SamSIP'],
  },
  {
    id: 'motiverande-samtal',
    scheme: 'method',
    label: { sv: 'Motiverande samtal (MI)', en: 'Motivational interviewing' },
    synonyms: ['MI'],
  },
  { id: 'tjanstedesign', scheme: 'method', label: { sv: 'Tjänstedesign', en: 'Service design' } },
  {
    id: 'arbetsintegrerande',
    scheme: 'method',
    label: { sv: 'Arbetsintegrerande socialt företagande', en: 'Work-integration social enterprise' },
    synonyms: ['ASF'],
  },
  {
    id: 'kartlaggning',
    scheme: 'method',
    label: { sv: 'Kartläggning och arbetsförmågebedömning', en: 'Assessment of work ability' },
    synonyms: ['arbetsförmågebedömning'],
  },
  // Typ av insats (kinds of insats)
  {
    id: 'arbetstraning',
    scheme: 'serviceType',
    label: { sv: 'Arbetsträning', en: 'Work training' },
    synonyms: ['arbetsprövning', 'praktik'],
  },
  {
    id: 'samordning',
    scheme: 'serviceType',
    label: { sv: 'Samordning och stöd', en: 'Coordination and support' },
    synonyms: ['koordinator', 'samordnare'],
  },
  {
    id: 'vagledning',
    scheme: 'serviceType',
    label: { sv: 'Vägledning och motivation', en: 'Guidance and motivation' },
  },
  {
    id: 'rehabilitering',
    scheme: 'serviceType',
    label: { sv: 'Arbetslivsinriktad rehabilitering', en: 'Work-oriented rehabilitation' },
  },
  {
    id: 'utbildning',
    scheme: 'serviceType',
    label: { sv: 'Utbildning', en: 'Education' },
    synonyms: ['studier'],
  },
  {
    id: 'kompetensutveckling',
    scheme: 'serviceType',
    label: { sv: 'Kompetensutveckling för personal', en: 'Staff training' },
    synonyms: ['utbildning för personal', 'kunskapsdialog'],
  },
  {
    id: 'arbetsgivarstod',
    scheme: 'serviceType',
    label: { sv: 'Stöd till arbetsgivare', en: 'Support for employers' },
    synonyms: ['arbetsgivarkoordinator'],
  },
  {
    id: 'metodutveckling',
    scheme: 'serviceType',
    label: { sv: 'Metod- och processutveckling', en: 'Method and process development' },
    synonyms: ['processutveckling', 'pilotprojekt'],
  },
  {
    id: 'information',
    scheme: 'serviceType',
    label: { sv: 'Information och verktyg', en: 'Information and tools' },
    synonyms: ['insatskatalog'],
  },
  {
    id: 'halsa',
    scheme: 'serviceType',
    label: { sv: 'Hälsa och friskvård', en: 'Health and well-being' },
    synonyms: ['fysisk aktivitet'],
  },
  // Indikatorer (statistics indicators)
  ...PLAN_INDICATOR_TERMS,
];
