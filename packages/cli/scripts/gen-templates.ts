// Writes the spreadsheet templates in docs/templates/: one CSV per sheet and mall.xlsx, each with the
// header row and a few example rows from a made-up förbund. Run from the repository root:
//   node --import tsx packages/cli/scripts/gen-templates.ts
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validateDataset } from '@samordningskartan/sdk';
import { datasetToTables, starterDataset, tableToCsv } from '@samordningskartan/sdk/interop';
import { tablesToXlsx } from '../src/commands/xlsx.js';

const out = new URL('../../../docs/templates/', import.meta.url).pathname;

const starter = starterDataset({
  name: 'Samordningsförbundet Exempel',
  kommuner: ['Västerås', 'Sala'],
  id: 'sf-exempel',
  today: '2025-01-31',
});
if (!starter.ok) throw new Error('the starter dataset could not be made');
const file = starter.file;
file.meta.website = 'https://exempel.example';
file.meta.errorReport = 'mailto:kansli@exempel.example';
const forbund = file.organisations![0]!;
forbund.contactPoints = [{ name: 'Kansliet', email: 'kansli@exempel.example' }];
forbund.postalTown = 'Västerås';
forbund.priorityTargetGroups = ['unga-vuxna', 'psykisk-ohalsa'];
file.organisations!.push({
  id: 'vasteras-arbetsmarknad',
  kind: 'municipality',
  name: 'Arbetsmarknadsenheten',
  parent: 'vasteras-kommun',
});
file.services = [
  {
    id: 'steget',
    name: { sv: 'Steget', en: 'The Step' },
    kind: 'individual',
    status: 'active',
    summary: 'Arbetsträning och stöd för unga vuxna som vill börja arbeta eller studera.',
    serviceTypes: ['arbetstraning'],
    providers: ['vasteras-arbetsmarknad', 'arbetsformedlingen'],
    financing: 'association',
    funding: [{ funder: 'sf-exempel', amount: 1500000, currency: 'SEK', year: 2025 }],
    targetGroups: ['unga-vuxna'],
    ageRange: { min: 16, max: 29 },
    municipalities: ['1980'],
    period: { start: '2024-01' },
    capacity: { value: 20, unit: 'annualPlaces' },
    methods: ['supported-employment'],
    access: { referral: true, selfReferral: true, description: 'Anmäl dig själv eller via din handläggare.' },
    contactPoints: [{ name: 'Anmälan', email: 'steget@exempel.example' }],
    links: [{ url: 'https://exempel.example/steget', label: 'Om Steget' }],
    languages: ['sv', 'en'],
    lastVerified: '2025-01-15',
    audience: ['individuals', 'employers'],
    participation: { ways: ['internship', 'workTraining'], description: 'Ta emot en deltagare på praktik.' },
    review: {
      intervalMonths: 4,
      ownerRole: 'Förbundssamordnare',
      ownerUnit: 'sf-exempel',
      dates: ['2025-01-15'],
    },
    source: 'vp-2025',
  },
  {
    id: 'kunskapsdialog',
    name: 'Kunskapsdialog om psykisk ohälsa',
    kind: 'structural',
    status: 'active',
    serviceTypes: ['kompetensutveckling'],
    providers: ['sf-exempel'],
    financing: 'association',
    targetGroups: ['personal'],
    municipalities: ['1980', '1981'],
    period: { start: '2025-09' },
    lastVerified: '2025-01-15',
  },
];
file.relations!.push({
  kind: 'collaboratesWith',
  from: 'region-vastmanland',
  to: 'steget',
  label: 'Hälsosamtal',
});
file.taxonomy = [
  {
    id: 'sommarjobb',
    scheme: 'serviceType',
    label: 'Sommarjobb',
    parent: 'arbetstraning',
    synonyms: ['feriearbete'],
  },
];
file.statistics = [
  {
    subject: 'sf-exempel',
    indicator: 'budget',
    value: 6000000,
    unit: 'SEK',
    period: { start: '2025', end: '2025' },
    source: 'vp-2025',
  },
  {
    subject: 'sf-exempel',
    indicator: 'contribution',
    counterpart: 'sala-kommun',
    value: 250000,
    unit: 'SEK',
    period: { start: '2025', end: '2025' },
  },
  {
    subject: 'steget',
    indicator: 'participants',
    value: 42,
    unit: 'persons',
    period: { start: '2024', end: '2024' },
  },
  {
    subject: 'steget',
    indicator: 'susWorkOrStudiesAfter',
    value: 30,
    target: 40,
    unit: 'percent',
    period: { start: '2024', end: '2024' },
    breakdown: { gender: 'women' },
  },
];
file.sources = [
  {
    id: 'vp-2025',
    title: 'Verksamhetsplan 2025',
    publisher: 'Samordningsförbundet Exempel',
    date: '2024-11',
  },
];
file.synonyms = [['jobb', 'arbete']];

const result = validateDataset(file);
if (result.problems.length)
  throw new Error(result.problems.map((p) => `${p.path}: ${p.message.sv}`).join('\n'));
const tables = datasetToTables(result.data);
await mkdir(out, { recursive: true });
for (const t of tables) await writeFile(join(out, `${t.name}.csv`), tableToCsv(t));
await writeFile(join(out, 'mall.xlsx'), await tablesToXlsx(tables));
console.log(`Skrev ${tables.length} CSV-mallar och mall.xlsx i ${out}`);
