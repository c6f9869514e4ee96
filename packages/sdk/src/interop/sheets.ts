import type { TaxonomyScheme } from '../schema/vocabulary.js';

/** Swedish cell values for the format's English enum values (either is accepted when reading). */
export const SV_VALUES = {
  organisationKind: {
    socialInsuranceAgency: 'försäkringskassan',
    employmentService: 'arbetsförmedlingen',
    region: 'region',
    municipality: 'kommun',
    coordinationAssociation: 'samordningsförbund',
    civilSociety: 'idéburen sektor',
    employer: 'arbetsgivare',
    other: 'annan',
  },
  serviceKind: { individual: 'individinsats', structural: 'strukturinsats' },
  serviceStatus: { planned: 'planerad', active: 'pågående', paused: 'pausad', ended: 'avslutad' },
  financing: {
    association: 'förbundsfinansierad',
    ordinary: 'ordinarie verksamhet',
    external: 'extern finansiering',
    mixed: 'blandad',
  },
  capacityUnit: {
    annualPlaces: 'årsplatser',
    places: 'platser',
    participants: 'deltagare',
    attendances: 'deltagartillfällen',
    groups: 'grupper',
  },
  relationKind: {
    memberOf: 'är medlem i',
    funds: 'finansierar',
    delivers: 'utför',
    collaboratesWith: 'samverkar med',
    steeringGroupOf: 'ingår i styrgruppen för',
    refersTo: 'hänvisar till',
    agreementWith: 'har avtal med',
  },
  statisticUnit: { SEK: 'kr', persons: 'personer', percent: 'procent', places: 'platser', count: 'antal' },
  gender: { women: 'kvinnor', men: 'män', other: 'annat' },
  audience: {
    individuals: 'enskilda',
    staff: 'personal',
    employers: 'arbetsgivare',
    civilSociety: 'idéburen sektor',
  },
  participationWay: {
    internship: 'praktikplats',
    workTraining: 'arbetsträning',
    externalRotation: 'extern rotation',
    csr: 'csr-samarbete',
    employment: 'anställning',
  },
  scheme: { targetGroup: 'målgrupp', method: 'metod', serviceType: 'insatstyp', indicator: 'indikator' },
} as const satisfies Record<string, Record<string, string>>;
export type EnumName = keyof typeof SV_VALUES;

/** Other Swedish words accepted when reading (see docs/glossary.md), value → format value. */
export const SV_ALIASES: Partial<Record<EnumName, Record<string, string>>> = {
  organisationKind: {
    civilsamhälle: 'civilSociety',
    ideell: 'civilSociety',
    förening: 'civilSociety',
    fk: 'socialInsuranceAgency',
    af: 'employmentService',
    förbund: 'coordinationAssociation',
    annat: 'other',
  },
  serviceStatus: { aktiv: 'active', vilande: 'paused', pågår: 'active', avslutat: 'ended' },
  financing: {
    förbundet: 'association',
    ordinarie: 'ordinary',
    extern: 'external',
    'externt finansierad': 'external',
  },
  relationKind: {
    'medlem i': 'memberOf',
    levererar: 'delivers',
    'styrgrupp för': 'steeringGroupOf',
    'remitterar till': 'refersTo',
    'avtal med': 'agreementWith',
    överenskommelse: 'agreementWith',
  },
  statisticUnit: { sek: 'SEK', kronor: 'SEK', '%': 'percent', st: 'count' },
  gender: { kvinna: 'women', man: 'men' },
  audience: {
    individer: 'individuals',
    medarbetare: 'staff',
    civilsamhälle: 'civilSociety',
    föreningar: 'civilSociety',
  },
  participationWay: {
    praktik: 'internship',
    praktikplatser: 'internship',
    csr: 'csr',
    rotation: 'externalRotation',
  },
};

/** What a reference column points at. */
export type RefTarget = 'organisation' | 'service' | 'record' | 'subject' | 'source' | TaxonomyScheme;

/** How a column's cells are written and read. */
export type ColumnKind =
  | { type: 'id' }
  | { type: 'text' }
  | { type: 'localized'; lang: 'sv' | 'en' }
  | { type: 'enum'; values: EnumName }
  | { type: 'enums'; values: EnumName }
  | { type: 'words' }
  | { type: 'ref'; to: RefTarget }
  | { type: 'refs'; to: RefTarget }
  | { type: 'sources' }
  | { type: 'kommuner' }
  | { type: 'number' }
  | { type: 'int' }
  | { type: 'bool' }
  | { type: 'externalIds' };

export interface ColumnSpec {
  /** Swedish header, e.g. `kommuner`, `namn (en)`. */
  header: string;
  /** Field path in the record, e.g. `access.description`. */
  path: string;
  kind: ColumnKind;
  required?: boolean;
  /** Short Swedish explanation, shown in the template's help sheet and in docs. */
  help: string;
}

/**
 * Where a sheet's rows go: a collection of the dataset, a list inside its records (`owner` names the
 * column that says which record), or a special part of the file.
 */
export type SheetTarget =
  | {
      type: 'collection';
      collection: 'organisations' | 'services' | 'relations' | 'statistics' | 'taxonomy' | 'sources';
    }
  | { type: 'nested'; field: 'contactPoints' | 'links' | 'funding'; owner: RefTarget }
  | { type: 'meta' }
  | { type: 'synonyms' }
  | { type: 'layouts' };

export interface SheetSpec {
  name: string;
  target: SheetTarget;
  columns: ColumnSpec[];
  help: string;
}

const text = (header: string, path: string, help: string, required = false): ColumnSpec => ({
  header,
  path,
  kind: { type: 'text' },
  help,
  required,
});
/** A localized text as two columns: `namn` (Swedish) and `namn (en)`. */
const localized = (header: string, path: string, help: string, required = false): ColumnSpec[] => [
  { header, path, kind: { type: 'localized', lang: 'sv' }, help, required },
  { header: `${header} (en)`, path, kind: { type: 'localized', lang: 'en' }, help: `${help} På engelska.` },
];
const enumCol = (
  header: string,
  path: string,
  values: EnumName,
  help: string,
  required = false,
): ColumnSpec => ({
  header,
  path,
  kind: { type: 'enum', values },
  help: `${help} Ett av: ${Object.values(SV_VALUES[values]).join(', ')}.`,
  required,
});
/** A list of enum values, e.g. "arbetsgivare; idéburen sektor". */
const enumsCol = (header: string, path: string, values: EnumName, help: string): ColumnSpec => ({
  header,
  path,
  kind: { type: 'enums', values },
  help: `${help} Ett eller flera av: ${Object.values(SV_VALUES[values]).join(', ')}; skiljs med semikolon.`,
});
const refs = (header: string, path: string, to: RefTarget, help: string, required = false): ColumnSpec => ({
  header,
  path,
  kind: { type: 'refs', to },
  help: `${help} Flera skiljs med semikolon (;).`,
  required,
});
const ref = (header: string, path: string, to: RefTarget, help: string, required = false): ColumnSpec => ({
  header,
  path,
  kind: { type: 'ref', to },
  help,
  required,
});
const idCol = (help: string): ColumnSpec => ({ header: 'id', path: 'id', kind: { type: 'id' }, help });
const period = (what: string): ColumnSpec[] => [
  text('start', 'period.start', `När ${what} började: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.`),
  text('slut', 'period.end', `När ${what} slutade eller slutar; tomt om det pågår.`),
];
const sources: ColumnSpec = {
  header: 'källor',
  path: 'source',
  kind: { type: 'sources' },
  help: 'Id för källor i bladet "källor" som uppgifterna kommer från; flera skiljs med semikolon.',
};
const externalIds: ColumnSpec = {
  header: 'externa id',
  path: 'externalIds',
  kind: { type: 'externalIds' },
  help: 'Postens id i andra system, t.ex. hsds:ac148810-… (2024-09-03T10:30:45Z) från en HSDS-import; flera skiljs med semikolon. Lämna orörd.',
};
const kommuner = (help: string): ColumnSpec => ({
  header: 'kommuner',
  path: 'municipalities',
  kind: { type: 'kommuner' },
  help: `${help} Kommunnamn eller kommunkod, flera skiljs med semikolon (Västerås; 1981).`,
});
const updated = (help = 'Datum då uppgifterna senast ändrades, ÅÅÅÅ-MM-DD.') =>
  text('uppdaterad', 'updated', help);

const ID_HELP =
  'Kort unikt id med bokstäver a–z, siffror och bindestreck. Lämna tomt så skapas det av namnet.';

/** The sheets of the spreadsheet format, in order. */
export const SHEETS: readonly SheetSpec[] = [
  {
    name: 'datamängd',
    target: { type: 'meta' },
    help: 'Uppgifter om hela filen: en enda rad.',
    columns: [
      {
        ...text(
          'id',
          'id',
          'Kort id för datamängden, t.ex. förbundets namn utan å, ä, ö: "vastmanland".',
          true,
        ),
      },
      ...localized('namn', 'name', 'Datamängdens namn.', true),
      ...localized('beskrivning', 'description', 'Vad datamängden innehåller.'),
      ...localized('utgivare', 'publisher', 'Vem som ger ut och ansvarar för uppgifterna.', true),
      text('uppdaterad', 'updated', 'Datum då filen senast uppdaterades, ÅÅÅÅ-MM-DD.', true),
      text('språk', 'language', 'Språk för texter utan språkangivelse, normalt "sv".'),
      text('licens', 'license', 'Licens som SPDX-id, t.ex. CC0-1.0 eller CC-BY-4.0.', true),
      text('webbplats', 'website', 'Utgivarens webbplats, https://…'),
      text(
        'felrapport',
        'errorReport',
        'Funktionsadress för felrapporter: mailto:brevlåda@… eller adressen till ett formulär, https://…',
      ),
    ],
  },
  {
    name: 'organisationer',
    target: { type: 'collection', collection: 'organisations' },
    help: 'Förbundet, medlemmarna och andra organisationer och enheter, en per rad.',
    columns: [
      idCol(ID_HELP),
      enumCol('typ', 'kind', 'organisationKind', 'Slags organisation.', true),
      ...localized('namn', 'name', 'Organisationens eller enhetens namn.', true),
      ...localized('kortnamn', 'shortName', 'Förkortning, t.ex. FK eller AF.'),
      ref('överordnad', 'parent', 'organisation', 'Id eller namn på organisationen som enheten hör till.'),
      text('organisationsnummer', 'organisationNumber', 'Organisationsnummer, NNNNNN-NNNN.'),
      kommuner('Kommuner som organisationen verkar i.'),
      text('postort', 'postalTown', 'Postort.'),
      ...localized('beskrivning', 'description', 'Kort beskrivning.'),
      text('webbplats', 'website', 'Webbplats, https://…'),
      refs(
        'prioriterade målgrupper',
        'priorityTargetGroups',
        'targetGroup',
        'Förbundets prioriterade målgrupper, viktigast först.',
      ),
      updated(),
      sources,
      externalIds,
    ],
  },
  {
    name: 'insatser',
    target: { type: 'collection', collection: 'services' },
    help: 'Insatser (individinsatser och strukturinsatser), en per rad.',
    columns: [
      idCol(ID_HELP),
      ...localized('namn', 'name', 'Insatsens namn.', true),
      enumCol(
        'insatsform',
        'kind',
        'serviceKind',
        'Individinsats (för personer) eller strukturinsats (för samverkan).',
        true,
      ),
      enumCol('status', 'status', 'serviceStatus', 'Läget just nu.', true),
      ...localized('sammanfattning', 'summary', 'En eller två meningar om insatsen.'),
      ...localized('beskrivning', 'description', 'Längre beskrivning.'),
      ...localized('lättläst', 'easyRead', 'Beskrivning på lättläst svenska.'),
      refs('insatstyper', 'serviceTypes', 'serviceType', 'Typ av insats: id eller namn i vokabulären.'),
      refs(
        'utförare',
        'providers',
        'organisation',
        'Id eller namn på organisationerna som utför insatsen.',
        true,
      ),
      enumCol('finansiering', 'financing', 'financing', 'Hur insatsen finansieras.'),
      refs('målgrupper', 'targetGroups', 'targetGroup', 'Målgrupper: id eller namn i vokabulären.'),
      { header: 'ålder från', path: 'ageRange.min', kind: { type: 'int' }, help: 'Lägsta ålder, heltal.' },
      { header: 'ålder till', path: 'ageRange.max', kind: { type: 'int' }, help: 'Högsta ålder, heltal.' },
      kommuner('Kommuner där insatsen finns.'),
      ...period('insatsen'),
      {
        header: 'kapacitet',
        path: 'capacity.value',
        kind: { type: 'number' },
        help: 'Antal platser, deltagare eller grupper.',
      },
      enumCol('kapacitetsenhet', 'capacity.unit', 'capacityUnit', 'Vad kapaciteten räknas i.'),
      ...localized('kapacitet anmärkning', 'capacity.note', 'Anmärkning om kapaciteten.'),
      refs('metoder', 'methods', 'method', 'Metoder: id eller namn i vokabulären.'),
      {
        header: 'remiss',
        path: 'access.referral',
        kind: { type: 'bool' },
        help: 'Kommer man in via remiss? ja eller nej.',
      },
      {
        header: 'egen anmälan',
        path: 'access.selfReferral',
        kind: { type: 'bool' },
        help: 'Kan man anmäla sig själv? ja eller nej.',
      },
      refs('remittenter', 'access.referrers', 'organisation', 'Organisationer som kan remittera.'),
      ...localized('så söker man', 'access.description', 'Hur en person kommer till insatsen.'),
      text('anmälan', 'access.url', 'Sida eller formulär för anmälan eller remiss, https://… eller mailto:…'),
      enumsCol('vänder sig till', 'audience', 'audience', 'Vilka insatsen är till för, utöver målgrupperna.'),
      enumsCol(
        'sätt att delta',
        'participation.ways',
        'participationWay',
        'Hur arbetsgivare eller föreningar kan delta.',
      ),
      ...localized(
        'delta så här',
        'participation.description',
        'Hur arbetsgivare eller föreningar går till väga.',
      ),
      {
        header: 'språk',
        path: 'languages',
        kind: { type: 'words' },
        help: 'Språk insatsen ges på, språkkoder: sv; en; ar.',
      },
      ref('del av', 'partOf', 'service', 'Id eller namn på en större insats som den här ingår i.'),
      updated(),
      text(
        'senast kontrollerad',
        'lastVerified',
        'Datum då någon senast kontrollerade att uppgifterna stämmer, ÅÅÅÅ-MM-DD.',
      ),
      {
        header: 'granskas var n:e månad',
        path: 'review.intervalMonths',
        kind: { type: 'int' },
        help: 'Hur ofta uppgifterna gås igenom, i månader. Tomt: inget angivet (visas som var fjärde månad).',
      },
      ...localized(
        'granskningsansvarig roll',
        'review.ownerRole',
        'Roll som ansvarar, t.ex. Förbundssamordnare; aldrig ett namn.',
      ),
      ref(
        'granskningsansvarig enhet',
        'review.ownerUnit',
        'organisation',
        'Id eller namn på enheten som ansvarar.',
      ),
      {
        header: 'granskad',
        path: 'review.dates',
        kind: { type: 'words' },
        help: 'Datum då uppgifterna gicks igenom, ÅÅÅÅ-MM-DD; skiljs med semikolon.',
      },
      text('felrapport', 'errorReport', 'Egen adress för felrapporter om insatsen, om inte datamängdens.'),
      sources,
      externalIds,
    ],
  },
  {
    name: 'relationer',
    target: { type: 'collection', collection: 'relations' },
    help: 'Kopplingar mellan organisationer och insatser: läses "från typ till", t.ex. "Västerås stad medlem i förbundet".',
    columns: [
      {
        header: 'id',
        path: 'id',
        kind: { type: 'text' },
        help: 'Valfritt; skapas som typ:från:till om tomt.',
      },
      enumCol('typ', 'kind', 'relationKind', 'Slags koppling.', true),
      ref('från', 'from', 'record', 'Id eller namn på organisationen eller insatsen.', true),
      ref('till', 'to', 'record', 'Id eller namn på organisationen eller insatsen.', true),
      ...localized('etikett', 'label', 'Kort text som visas på kopplingen.'),
      ...localized('beskrivning', 'description', 'Beskrivning.'),
      ...period('kopplingen'),
      refs(
        'gäller i förbund',
        'appliesIn.associations',
        'organisation',
        'Förbund där kopplingen gäller (för organisationer som finns på många orter, t.ex. FK och AF). Tomt: överallt där båda finns.',
      ),
      {
        header: 'gäller i kommuner',
        path: 'appliesIn.municipalities',
        kind: { type: 'kommuner' },
        help: 'Kommuner där kopplingen gäller. Kommunnamn eller kommunkod, flera skiljs med semikolon.',
      },
      sources,
    ],
  },
  {
    name: 'statistik',
    target: { type: 'collection', collection: 'statistics' },
    help: 'Siffror: budget, deltagare, befolkning … en siffra per rad.',
    columns: [
      { header: 'id', path: 'id', kind: { type: 'text' }, help: 'Valfritt id.' },
      ref(
        'post',
        'subject',
        'subject',
        'Id eller namn på organisationen eller insatsen (eller datamängdens id).',
        true,
      ),
      ref(
        'indikator',
        'indicator',
        'indicator',
        'Vad siffran mäter: id eller namn, t.ex. budget, deltagare.',
        true,
      ),
      { header: 'värde', path: 'value', kind: { type: 'number' }, help: 'Talet.', required: true },
      ref(
        'motpart',
        'counterpart',
        'organisation',
        'Den andra parten när siffran gäller två, t.ex. medlemmen som betalar en medlemsavgift.',
      ),
      enumCol('enhet', 'unit', 'statisticUnit', 'Enhet.', true),
      ...period('perioden'),
      ...localized('definition', 'definition', 'Hur siffran mäts, när indikatorn inte säger allt.'),
      enumCol('kön', 'breakdown.gender', 'gender', 'Om siffran gäller ett kön.'),
      {
        header: 'ålder från',
        path: 'breakdown.ageRange.min',
        kind: { type: 'int' },
        help: 'Om siffran gäller en åldersgrupp: lägsta ålder.',
      },
      {
        header: 'ålder till',
        path: 'breakdown.ageRange.max',
        kind: { type: 'int' },
        help: 'Om siffran gäller en åldersgrupp: högsta ålder.',
      },
      ref('målgrupp', 'breakdown.targetGroup', 'targetGroup', 'Om siffran gäller en målgrupp.'),
      {
        header: 'mål',
        path: 'target',
        kind: { type: 'number' },
        help: 'Målet för samma period, i samma enhet.',
      },
      {
        header: 'rikssnitt',
        path: 'area.national',
        kind: { type: 'bool' },
        help: 'ja om siffran gäller hela landet (för jämförelse).',
      },
      ...localized(
        'område',
        'area.name',
        'Området siffran gäller när det är större än posten, t.ex. en region.',
      ),
      {
        header: 'områdets kommuner',
        path: 'area.municipalities',
        kind: { type: 'kommuner' },
        help: 'Kommunerna i området; kommunnamn eller kod, skiljs med semikolon.',
      },
      ...localized('kategori', 'category', 'Delpost, t.ex. "Kansli".'),
      ...localized('anmärkning', 'note', 'Anmärkning.'),
      sources,
    ],
  },
  {
    name: 'taxonomi',
    target: { type: 'collection', collection: 'taxonomy' },
    help: 'Egna termer utöver den inbyggda vokabulären: målgrupper, metoder, insatstyper, indikatorer.',
    columns: [
      idCol(ID_HELP),
      enumCol('vokabulär', 'scheme', 'scheme', 'Vilken lista termen hör till.', true),
      ...localized('namn', 'label', 'Termens namn.', true),
      ...localized('beskrivning', 'description', 'Förklaring.'),
      text('överordnad', 'parent', 'Id för en bredare term i samma vokabulär.'),
      {
        header: 'synonymer',
        path: 'synonyms',
        kind: { type: 'words' },
        help: 'Andra ord man söker med; skiljs med semikolon.',
      },
      {
        header: 'ålder från',
        path: 'ageRange.min',
        kind: { type: 'int' },
        help: 'För målgrupper efter ålder.',
      },
      {
        header: 'ålder till',
        path: 'ageRange.max',
        kind: { type: 'int' },
        help: 'För målgrupper efter ålder.',
      },
    ],
  },
  {
    name: 'källor',
    target: { type: 'collection', collection: 'sources' },
    help: 'Dokument och webbsidor som uppgifterna kommer från.',
    columns: [
      idCol(ID_HELP),
      ...localized('titel', 'title', 'Dokumentets titel.', true),
      ...localized('utgivare', 'publisher', 'Vem som gav ut dokumentet.'),
      text('datum', 'date', 'ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.'),
      text('adress', 'url', 'Webbadress, https://…'),
    ],
  },
  {
    name: 'kontaktvägar',
    target: { type: 'nested', field: 'contactPoints', owner: 'record' },
    help: 'Funktionsadresser (aldrig en enskild persons): en per rad, flera per post går bra.',
    columns: [
      ref('post', '', 'record', 'Id eller namn på organisationen eller insatsen.', true),
      ...localized('namn', 'name', 'Vad kontaktvägen är, t.ex. "Kansliet" eller "Anmälan".', true),
      text('e-post', 'email', 'Funktionsbrevlåda, t.ex. info@…'),
      text('telefon', 'phone', 'Växel- eller funktionsnummer.'),
      text('webbplats', 'url', 'Webbsida, https://…'),
      ...localized('beskrivning', 'description', 'T.ex. när man når den.'),
    ],
  },
  {
    name: 'länkar',
    target: { type: 'nested', field: 'links', owner: 'service' },
    help: 'Länkar för insatser: broschyrer, anmälan, rapporter.',
    columns: [
      ref('insats', '', 'service', 'Id eller namn på insatsen.', true),
      text('adress', 'url', 'https://…, mailto:… eller tel:…', true),
      ...localized('text', 'label', 'Länktext.'),
    ],
  },
  {
    name: 'finansiering',
    target: { type: 'nested', field: 'funding', owner: 'service' },
    help: 'Pengar till insatser: en rad per finansiär och år eller period.',
    columns: [
      ref('insats', '', 'service', 'Id eller namn på insatsen.', true),
      ref('finansiär', 'funder', 'organisation', 'Id eller namn på organisationen som betalar.', true),
      { header: 'belopp', path: 'amount', kind: { type: 'number' }, help: 'Belopp.' },
      text('valuta', 'currency', 'Valutakod, normalt SEK.'),
      { header: 'år', path: 'year', kind: { type: 'int' }, help: 'År, t.ex. 2025.' },
      ...period('finansieringen'),
      ...localized('anmärkning', 'note', 'Anmärkning.'),
    ],
  },
  {
    name: 'synonymer',
    target: { type: 'synonyms' },
    help: 'Ord som betyder samma sak vid sökning: en grupp per rad.',
    columns: [
      {
        header: 'ord',
        path: '',
        kind: { type: 'words' },
        help: 'Orden, skilda med semikolon.',
        required: true,
      },
    ],
  },
  {
    name: 'positioner',
    target: { type: 'layouts' },
    help: 'Sparade positioner i kartan (skapas normalt av verktyget, inte för hand).',
    columns: [
      text('vy', 'view', 'Kartvyns namn.', true),
      text('post', 'id', 'Id för organisationen eller insatsen.', true),
      { header: 'x', path: 'x', kind: { type: 'number' }, help: 'Vågrät position.', required: true },
      { header: 'y', path: 'y', kind: { type: 'number' }, help: 'Lodrät position.', required: true },
    ],
  },
];

/** The sheet with this name. */
export function sheetSpec(name: string): SheetSpec | undefined {
  return SHEETS.find((s) => s.name === name);
}
