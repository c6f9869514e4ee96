/**
 * A seeded generator of realistic Swedish insatser catalogues for benchmarks and stories: same seed,
 * same catalogue. Produces a dataset file (format version 1) with organisations and services.
 */
import type { DatasetFile, Organisation, Service } from '../src/index.js';
import { municipalities } from '../src/municipalities/index.js';

/** Small fast PRNG (mulberry32): deterministic across engines. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAME_HEADS = [
  'Steg',
  'Vägen',
  'Bron',
  'Språnget',
  'Kompassen',
  'Navet',
  'Växtkraft',
  'Framåt',
  'Nystart',
  'Motivationslyftet',
  'Arbetsträning',
  'Hälsospåret',
  'Jobbcoach',
  'Samordningsteamet',
  'Ungdomsslussen',
  'Stödcentrum',
  'Aktivitetshuset',
  'Friskvårdsgruppen',
  'Praktikplatsen',
  'Vägledningscentrum',
  'Mötesplatsen',
  'Återgången',
  'Livslust',
  'Rehabteamet',
  'Kraftsamling',
  'Familjecentralen',
  'Äldreomsorgslyftet',
  'Språkcaféet',
  'Trappan',
  'Horisont',
];
const NAME_TAILS = [
  '',
  '',
  '',
  ' Plus',
  ' Ung',
  ' 2.0',
  ' Norr',
  ' Syd',
  ' Öst',
  ' Väst',
  ' Centrum',
  ' Vuxen',
  ' Kvinna',
  ' Arbete',
];
const TARGETS = [
  'unga-vuxna',
  'langtidssjukskrivna',
  'psykisk-ohalsa',
  'nyanlanda',
  'npf',
  'missbruk-beroende',
  'forsorjningsstod',
  'svardefinierat-behov',
  'arbetslosa',
  'funktionsnedsattning',
  'aktivitetsersattning',
  'personal',
  'arbetsgivare',
];
const METHODS = [
  'supported-employment',
  'ips',
  'case-management',
  'losningsfokus',
  'bip',
  'sip',
  'motiverande-samtal',
  'kartlaggning',
];
const TYPES = [
  'arbetstraning',
  'samordning',
  'vagledning',
  'rehabilitering',
  'utbildning',
  'kompetensutveckling',
  'halsa',
];
const SUMMARY_PARTS = [
  'Stöd för {g} att närma sig arbete eller studier.',
  'Individuellt anpassad arbetsträning med handledare på en riktig arbetsplats.',
  'Samordnat stöd från kommunen, Arbetsförmedlingen, Försäkringskassan och regionen.',
  'Gruppverksamhet med fokus på hälsa, struktur i vardagen och motivation.',
  'Kartläggning av arbetsförmåga och planering av nästa steg.',
  'Deltagarna får en egen coach som följer dem genom hela processen.',
  'Insatsen vänder sig till personer med {g} i {k}.',
  'Studiebesök, praktik och stöd i kontakten med arbetsgivare.',
  'Fysisk aktivitet, kost och sömn som väg tillbaka till arbetslivet.',
  'Kompetensutveckling för handläggare och chefer hos parterna.',
];
const DESCRIPTION_PARTS = [
  'Verksamheten bygger på frivillighet och deltagarens egna mål.',
  'Insatsen finansieras av samordningsförbundet och drivs i samverkan mellan parterna.',
  'Man kan delta i upp till tolv månader, med möjlighet till förlängning efter avstämning.',
  'Arbetet sker enligt metoden {m} och följs upp med deltagarenkäter.',
  'Remiss skickas av handläggare på Arbetsförmedlingen, Försäkringskassan, socialtjänsten eller vården.',
  'Många deltagare har långvarig psykisk ohälsa, ångest eller depression och behöver stöd i små steg.',
  'Insatsen erbjuder även stöd till anhöriga och nätverk.',
  'Träffarna hålls i centrala lokaler med närhet till kollektivtrafik.',
  'Språkstöd finns för deltagare som är nyanlända eller har annat modersmål.',
  'Samverkan sker med äldreomsorgen, hemtjänsten och primärvården vid behov.',
];

/** A catalogue of `count` insatser over `orgCount` organisations in Swedish kommuner; deterministic per seed. */
export function generateCatalogue(count: number, seed = 1): DatasetFile {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const some = <T>(list: readonly T[], max: number): T[] => {
    const n = 1 + Math.floor(rnd() * max);
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  const kommuner = municipalities.slice();
  const organisations: Organisation[] = [
    { id: 'forsakringskassan', kind: 'socialInsuranceAgency', name: 'Försäkringskassan', shortName: 'FK' },
    { id: 'arbetsformedlingen', kind: 'employmentService', name: 'Arbetsförmedlingen', shortName: 'AF' },
  ];
  const counties = [...new Set(kommuner.map((k) => k.county))];
  counties.forEach((c, i) => {
    organisations.push({ id: `region-${i}`, kind: 'region', name: `Region ${c.replace(/s? län$/, '')}` });
  });
  for (const k of kommuner) {
    organisations.push({
      id: `kommun-${k.code}`,
      kind: 'municipality',
      name: `${k.name} kommun`,
      municipalities: [k.code],
    });
  }
  for (let i = 0; i < 80; i++) {
    organisations.push({
      id: `forbund-${i}`,
      kind: 'coordinationAssociation',
      name: `Samordningsförbundet ${pick(kommuner).name}`,
    });
  }
  for (let i = 0; i < 60; i++) {
    organisations.push({
      id: `ideburen-${i}`,
      kind: 'civilSociety',
      name: `${pick(['Föreningen', 'Stiftelsen', 'Kooperativet'])} ${pick(NAME_HEADS)} ${i}`,
    });
  }
  const services: Service[] = [];
  for (let i = 0; i < count; i++) {
    const k = pick(kommuner);
    const groups = some(TARGETS, 3);
    const method = pick(METHODS);
    const fill = (s: string) =>
      s
        .replace('{g}', groupText(groups[0]!))
        .replace('{k}', k.name)
        .replace('{m}', method.replace(/-/g, ' '));
    const providers = [`kommun-${k.code}`];
    if (rnd() < 0.5) providers.push(pick(['arbetsformedlingen', 'forsakringskassan']));
    if (rnd() < 0.3) providers.push(`region-${counties.indexOf(k.county)}`);
    if (rnd() < 0.2) providers.push(`ideburen-${Math.floor(rnd() * 60)}`);
    const min = pick([16, 18, 20, 25, 30]);
    const service: Service = {
      id: `insats-${i}`,
      name: `${pick(NAME_HEADS)}${pick(NAME_TAILS)} ${k.name}`,
      kind: rnd() < 0.8 ? 'individual' : 'structural',
      status: pick(['active', 'active', 'active', 'planned', 'paused', 'ended'] as const),
      summary: Array.from({ length: 2 }, () => fill(pick(SUMMARY_PARTS))).join(' '),
      description: Array.from({ length: 4 }, () => fill(pick(DESCRIPTION_PARTS))).join(' '),
      providers,
      targetGroups: groups,
      methods: [method],
      serviceTypes: some(TYPES, 2),
      municipalities: rnd() < 0.15 ? [k.code, pick(kommuner).code] : [k.code],
      financing: pick(['association', 'association', 'ordinary', 'external', 'mixed'] as const),
      updated: `20${20 + Math.floor(rnd() * 6)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-15`,
    };
    if (rnd() < 0.6) service.ageRange = { min, max: min + pick([9, 14, 29, 44]) };
    services.push(service);
  }
  return {
    formatVersion: 1,
    meta: {
      id: `generated-${count}`,
      name: `Genererad katalog (${count} insatser)`,
      publisher: 'Samordningskartan',
      updated: '2026-01-01',
      license: 'CC0-1.0',
    },
    organisations,
    services,
  };
}

function groupText(id: string): string {
  const map: Record<string, string> = {
    'unga-vuxna': 'unga vuxna',
    'psykisk-ohalsa': 'psykisk ohälsa',
    npf: 'neuropsykiatrisk funktionsnedsättning',
    'missbruk-beroende': 'missbruk',
    langtidssjukskrivna: 'långvarig sjukskrivning',
    nyanlanda: 'kort tid i Sverige',
  };
  return map[id] ?? 'behov av samordnat stöd';
}
