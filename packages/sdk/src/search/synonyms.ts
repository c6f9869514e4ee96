/**
 * Synonym groups shipped with the SDK: each inner list holds words or phrases that mean the same in
 * this field (abbreviations of the authorities and methods people type). A dataset adds its own in
 * `synonyms`; the vocabulary's term `synonyms` apply to insatser tagged with the term.
 */
export const DEFAULT_SYNONYMS: readonly (readonly string[])[] = [
  ['NPF', 'neuropsykiatrisk funktionsnedsättning', 'neuropsykiatriska funktionsnedsättningar'],
  ['SE', 'Supported Employment'],
  ['IPS', 'Individual Placement and Support'],
  ['AF', 'Arbetsförmedlingen'],
  ['FK', 'Försäkringskassan'],
  ['SIP', 'samordnad individuell plan'],
  ['KAA', 'kommunala aktivitetsansvaret'],
  ['MI', 'motiverande samtal'],
  ['ESF', 'Europeiska socialfonden'],
  ['FINSAM', 'finansiell samordning'],
  ['SF', 'samordningsförbund'],
  ['AST', 'aktivitetsstöd'],
  ['ADHD', 'uppmärksamhetsstörning'],
  ['försörjningsstöd', 'ekonomiskt bistånd', 'socialbidrag'],
  ['arbetsträning', 'arbetsprövning'],
  ['praktik', 'praktikplats', 'praktikplatser', 'internship'],
  ['arbetsgivare', 'employer', 'employers'],
  ['psykisk ohälsa', 'psykisk sjukdom'],
  ['unga', 'ungdomar'],
];
