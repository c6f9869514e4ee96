import { municipalityByCode } from '../municipalities/index.js';
import type { Dataset } from '../query/dataset.js';
import { NOT_GIVEN } from '../query/not-given.js';
import { effectiveStatus, type TodayOption } from '../query/status.js';
import type { LocalizedText } from '../schema/common.js';
import type { Service } from '../schema/service.js';
import type { Audience, ParticipationWay } from '../schema/vocabulary.js';
import type { BuildOptions } from './builder.js';
import { DEFAULT_SYNONYMS } from './synonyms.js';
import type { SearchDocument } from './types.js';

/** Swedish and English text of a field, both searchable whatever the UI language. */
function both(text: LocalizedText | undefined): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text.en && text.en !== text.sv ? `${text.sv} ${text.en}` : text.sv;
}

/**
 * Words that find an insats by whom it is for and how employers or associations take part (Swedish
 * and English), so that "praktik", "arbetsgivare" or "CSR" find the offers the codes describe.
 */
const AUDIENCE_WORDS: Record<Audience, string> = {
  individuals: '',
  staff: 'personal medarbetare staff',
  employers: 'arbetsgivare företag employers',
  civilSociety: 'idéburen sektor föreningar civil society',
};
const PARTICIPATION_WORDS: Record<ParticipationWay, string> = {
  internship: 'praktik praktikplats internship',
  workTraining: 'arbetsträning arbetsträningsplats work training',
  externalRotation: 'externa rotationer external rotation',
  csr: 'CSR samhällsansvar',
  employment: 'anställning jobb employment',
};

/**
 * The search document of an insats: its texts by field, the names of its target groups, providers,
 * kommuner and methods, the vocabulary's synonyms of its terms, and its facet values. The status facet
 * is the effective status on `today` (a period that has ended makes it "ended"); a financing the data
 * does not give is the facet value `NOT_GIVEN`.
 */
export function serviceDocument(dataset: Dataset, s: Service, options: TodayOption = {}): SearchDocument {
  const termLabels = (ids: readonly string[] | undefined) =>
    (ids ?? []).map((id) => both(dataset.term(id)?.label ?? id));
  const synonyms: string[] = [];
  for (const id of [...(s.targetGroups ?? []), ...(s.methods ?? []), ...(s.serviceTypes ?? [])]) {
    const t = dataset.term(id);
    if (t?.synonyms) synonyms.push(...t.synonyms);
  }
  const municipalities = dataset.municipalitiesOf(s);
  const providers = s.providers.flatMap((p) => {
    const o = dataset.organisation(p);
    return o ? [both(o.name), both(o.shortName)] : [];
  });
  const doc: SearchDocument = {
    id: s.id,
    name: both(s.name),
    targetGroups: termLabels(s.targetGroups).join(' · '),
    summary: both(s.summary),
    description: [
      both(s.description),
      both(s.easyRead),
      both(s.access?.description),
      both(s.participation?.description),
    ].join(' '),
    other: [
      ...(s.audience ?? []).map((a) => AUDIENCE_WORDS[a]),
      ...(s.participation?.ways ?? []).map((w) => PARTICIPATION_WORDS[w]),
      ...providers,
      ...municipalities.map((c) => municipalityByCode(c)?.name ?? c),
      ...termLabels(s.methods),
      ...termLabels(s.serviceTypes),
    ].join(' · '),
    synonyms: synonyms.join(' · '),
    facets: {
      targetGroup: s.targetGroups ?? [],
      municipality: municipalities,
      provider: s.providers,
      kind: [s.kind],
      status: [effectiveStatus(s, options)],
      financing: [dataset.financingOf(s) ?? NOT_GIVEN],
      audience: s.audience ?? [],
    },
  };
  if (s.ageRange) doc.ageRange = s.ageRange;
  const updated = s.lastVerified ?? s.updated;
  if (updated) doc.updated = updated;
  return doc;
}

/** Build options for a dataset: the shipped synonyms plus the dataset's own. */
export function searchOptionsFor(dataset: Dataset): BuildOptions {
  return { synonyms: [...DEFAULT_SYNONYMS, ...(dataset.data.synonyms ?? [])] };
}
