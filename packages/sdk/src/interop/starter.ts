import { findMunicipality, type Municipality, suggestMunicipalities } from '../municipalities/index.js';
import type { DatasetFile } from '../schema/dataset.js';
import type { Organisation } from '../schema/organisation.js';
import type { Relation } from '../schema/relation.js';
import { slugify } from './slug.js';

/** The region (regionen) of each county (län): its usual name. */
export const REGION_BY_COUNTY: Readonly<Record<string, string>> = {
  'Stockholms län': 'Region Stockholm',
  'Uppsala län': 'Region Uppsala',
  'Södermanlands län': 'Region Sörmland',
  'Östergötlands län': 'Region Östergötland',
  'Jönköpings län': 'Region Jönköpings län',
  'Kronobergs län': 'Region Kronoberg',
  'Kalmar län': 'Region Kalmar län',
  'Gotlands län': 'Region Gotland',
  'Blekinge län': 'Region Blekinge',
  'Skåne län': 'Region Skåne',
  'Hallands län': 'Region Halland',
  'Västra Götalands län': 'Västra Götalandsregionen',
  'Värmlands län': 'Region Värmland',
  'Örebro län': 'Region Örebro län',
  'Västmanlands län': 'Region Västmanland',
  'Dalarnas län': 'Region Dalarna',
  'Gävleborgs län': 'Region Gävleborg',
  'Västernorrlands län': 'Region Västernorrland',
  'Jämtlands län': 'Region Jämtland Härjedalen',
  'Västerbottens län': 'Region Västerbotten',
  'Norrbottens län': 'Region Norrbotten',
};

/** The kommuner whose official name ends in "stad", not "kommun". */
const CITIES = new Set([
  'Stockholm',
  'Göteborg',
  'Malmö',
  'Västerås',
  'Borås',
  'Solna',
  'Sundbyberg',
  'Lidingö',
  'Vaxholm',
  'Helsingborg',
  'Landskrona',
  'Trollhättan',
  'Mölndal',
  'Haparanda',
]);

/**
 * The official name of a kommun as it calls itself: "Falu kommun", "Stockholms stad", "Uppsala
 * kommun", "Lunds kommun". A name ending in a vowel or in s/x/z takes no genitive s; Falun is "Falu"
 * and Kalmar has none.
 */
export function officialMunicipalityName(name: string): string {
  const suffix = CITIES.has(name) ? 'stad' : 'kommun';
  // The two exceptions to the genitive rule.
  if (name === 'Falun') return 'Falu kommun';
  if (name === 'Kalmar') return 'Kalmar kommun';
  const genitive = /[aeiouyåäösxz]$/i.test(name) ? name : `${name}s`;
  return `${genitive} ${suffix}`;
}

/** The two national members, the same in every förbund. */
const NATIONAL_MEMBERS: Organisation[] = [
  {
    id: 'forsakringskassan',
    kind: 'socialInsuranceAgency',
    name: 'Försäkringskassan',
    shortName: 'FK',
    organisationNumber: '202100-5521',
    website: 'https://www.forsakringskassan.se',
  },
  {
    id: 'arbetsformedlingen',
    kind: 'employmentService',
    name: 'Arbetsförmedlingen',
    shortName: 'AF',
    organisationNumber: '202100-2114',
    website: 'https://arbetsformedlingen.se',
  },
];

export interface StarterOptions {
  /** The förbund's name, e.g. "Samordningsförbundet Västerås". */
  name: string;
  /** Kommuner by name or code. */
  kommuner: readonly string[];
  /** Dataset and förbund id; default made from the name. */
  id?: string;
  /** Date for `meta.updated`, default today. */
  today?: string;
}

export type StarterResult =
  | { ok: true; file: DatasetFile; municipalities: Municipality[] }
  | { ok: false; errors: Array<{ sv: string; en: string }> };

/**
 * A starter dataset for a new förbund: the förbund, Försäkringskassan, Arbetsförmedlingen, the
 * region(s) of the kommuner's counties and one organisation per kommun, each `memberOf` the förbund,
 * and an empty catalogue. (On Gotland the region is also the kommun, so it is one organisation.)
 */
export function starterDataset(options: StarterOptions): StarterResult {
  const errors: Array<{ sv: string; en: string }> = [];
  const name = options.name.trim();
  if (!name) errors.push({ sv: 'förbundets namn saknas', en: 'the name of the förbund is missing' });
  const found: Municipality[] = [];
  for (const raw of options.kommuner.map((k) => k.trim()).filter(Boolean)) {
    const m = findMunicipality(raw);
    if (m) {
      if (!found.includes(m)) found.push(m);
      continue;
    }
    const s = suggestMunicipalities(raw, 1)[0];
    errors.push({
      sv: `okänd kommun "${raw}"${s ? ` (menade du ${s.name}?)` : ''}`,
      en: `unknown municipality "${raw}"${s ? ` (did you mean ${s.name}?)` : ''}`,
    });
  }
  if (!found.length && !errors.length)
    errors.push({ sv: 'ange minst en kommun', en: 'give at least one municipality' });
  if (errors.length) return { ok: false, errors };

  const id = options.id ?? slugify(name);
  const codes = found.map((m) => m.code);
  const forbund: Organisation = { id, kind: 'coordinationAssociation', name, municipalities: codes };
  const members: Organisation[] = [...NATIONAL_MEMBERS.map((o) => ({ ...o }))];
  const counties = [...new Set(found.map((m) => m.county))];
  for (const county of counties) {
    const regionName = REGION_BY_COUNTY[county] ?? `Region ${county.replace(/s? län$/, '')}`;
    members.push({
      id: slugify(regionName),
      kind: 'region',
      name: regionName,
      municipalities: found.filter((m) => m.county === county).map((m) => m.code),
    });
  }
  for (const m of found) {
    if (m.county === 'Gotlands län') continue;
    members.push({
      id: `${slugify(m.name)}-kommun`,
      kind: 'municipality',
      name: officialMunicipalityName(m.name),
      municipalities: [m.code],
    });
  }
  const relations: Relation[] = members.map((o) => ({ kind: 'memberOf', from: o.id, to: id }));
  const file: DatasetFile = {
    formatVersion: 1,
    meta: {
      id,
      name,
      publisher: name,
      updated: options.today ?? new Date().toISOString().slice(0, 10),
      language: 'sv',
      license: 'CC0-1.0',
    },
    organisations: [forbund, ...members],
    services: [],
    relations,
  };
  return { ok: true, file, municipalities: found };
}
