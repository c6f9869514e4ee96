import { municipalities } from '../src/municipalities/index.js';

/**
 * A seeded national dataset of about `n` records in `forbund` förbund (the map's national-scale
 * benchmark and tests): each förbund covers its own kommun and has the four parties as members —
 * Försäkringskassan and Arbetsförmedlingen (national, members of all), its county's region (shared
 * by the förbund of a county) and its kommun — with units of its kommun and region, insatser it
 * funds, steering groups, collaborations inside it and, now and then, with a neighbouring förbund.
 */
export function generateNationalDataset(n: number, forbund = 100, seed = 1): Record<string, unknown> {
  let s = seed;
  const rnd = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const orgs: Array<Record<string, unknown>> = [
    { id: 'fk', kind: 'socialInsuranceAgency', name: 'Försäkringskassan' },
    { id: 'af', kind: 'employmentService', name: 'Arbetsförmedlingen' },
  ];
  const relations: Array<Record<string, unknown>> = [];
  const services: Array<Record<string, unknown>> = [];
  const regions = new Set<string>();
  // Per förbund: the organisations of its own (kommun, units) that insatser and relations pick from.
  const local: string[][] = [];
  const kommuner = municipalities.slice(0, forbund);
  kommuner.forEach((k, f) => {
    const county = k.code.slice(0, 2);
    const region = `region-${county}`;
    if (!regions.has(region)) {
      regions.add(region);
      orgs.push({ id: region, kind: 'region', name: `Region ${county}` });
    }
    orgs.push({
      id: `forbund-${f}`,
      kind: 'coordinationAssociation',
      name: `Samordningsförbundet ${k.name}`,
      municipalities: [k.code],
    });
    orgs.push({
      id: `kommun-${f}`,
      kind: 'municipality',
      name: `${k.name} kommun`,
      municipalities: [k.code],
    });
    for (const m of ['fk', 'af', region, `kommun-${f}`])
      relations.push({ kind: 'memberOf', from: m, to: `forbund-${f}` });
    local.push([`kommun-${f}`]);
  });
  while (orgs.length + services.length < n) {
    const i = orgs.length + services.length;
    const f = Math.floor(rnd() * kommuner.length);
    const own = local[f]!;
    if (rnd() < 0.3) {
      orgs.push({ id: `unit-${i}`, kind: 'municipality', name: `Enhet ${i}`, parent: pick(own) });
      own.push(`unit-${i}`);
    } else {
      services.push({
        id: `insats-${i}`,
        name: `Insats ${i}`,
        kind: 'individual',
        status: 'active',
        providers: [rnd() < 0.2 ? pick(['fk', 'af']) : pick(own)],
        funding: [{ funder: `forbund-${f}` }],
        municipalities: [kommuner[f]!.code],
        targetGroups: [pick(['unga-vuxna', 'arbetslosa', 'psykisk-ohalsa'])],
      });
      relations.push({ kind: 'steeringGroupOf', from: pick(own), to: `insats-${i}` });
      if (rnd() < 0.2) relations.push({ kind: 'collaboratesWith', from: pick(own), to: pick(own) });
      // Now and then with the next förbund's kommun: a link between two förbund.
      if (rnd() < 0.05)
        relations.push({
          kind: 'collaboratesWith',
          from: pick(own),
          to: `kommun-${(f + 1) % kommuner.length}`,
        });
    }
  }
  return {
    formatVersion: 1,
    meta: {
      id: 'gen-national',
      name: 'Genererad (nationell)',
      publisher: 'Test',
      updated: '2026-01-01',
      license: 'CC0-1.0',
    },
    organisations: orgs,
    services,
    relations: relations.filter((r) => r.from !== r.to),
  };
}
