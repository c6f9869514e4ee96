/**
 * A seeded dataset of about `n` records shaped for the map: förbund with members, units and insatser,
 * funding, steering groups and collaborations. Used by the graph tests and the map benchmark.
 */
const KOMMUNER = ['1980', '1983', '1961', '1907'];

export function generateGraphDataset(n: number, seed = 1): Record<string, unknown> {
  let s = seed;
  const rnd = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const orgs: Array<Record<string, unknown>> = [
    { id: 'fk', kind: 'socialInsuranceAgency', name: 'Försäkringskassan' },
    { id: 'af', kind: 'employmentService', name: 'Arbetsförmedlingen' },
  ];
  const relations: Array<Record<string, unknown>> = [];
  const services: Array<Record<string, unknown>> = [];
  const forbund = Math.max(1, Math.round(n / 50));
  const orgIds: string[] = ['fk', 'af'];
  for (let f = 0; f < forbund; f++) {
    const k = KOMMUNER[f % KOMMUNER.length]!;
    orgs.push({
      id: `forbund-${f}`,
      kind: 'coordinationAssociation',
      name: `Förbund ${f}`,
      municipalities: [k],
    });
    orgs.push({ id: `region-${f}`, kind: 'region', name: `Region ${f}` });
    orgs.push({ id: `kommun-${f}`, kind: 'municipality', name: `Kommun ${f}`, municipalities: [k] });
    for (const m of ['fk', 'af', `region-${f}`, `kommun-${f}`])
      relations.push({ kind: 'memberOf', from: m, to: `forbund-${f}` });
    orgIds.push(`forbund-${f}`, `region-${f}`, `kommun-${f}`);
  }
  while (orgs.length + services.length < n) {
    const i = orgs.length + services.length;
    if (rnd() < 0.3) {
      const parent = pick(orgIds);
      orgs.push({ id: `unit-${i}`, kind: 'other', name: `Enhet ${i}`, parent });
      orgIds.push(`unit-${i}`);
    } else {
      const f = Math.floor(rnd() * forbund);
      services.push({
        id: `insats-${i}`,
        name: `Insats ${i}`,
        kind: 'individual',
        status: 'active',
        providers: [pick(orgIds)],
        funding: [{ funder: `forbund-${f}` }],
        targetGroups: [pick(['unga-vuxna', 'arbetslosa', 'psykisk-ohalsa'])],
      });
      relations.push({ kind: 'steeringGroupOf', from: pick(orgIds), to: `insats-${i}` });
      if (rnd() < 0.2) relations.push({ kind: 'collaboratesWith', from: pick(orgIds), to: pick(orgIds) });
    }
  }
  return {
    formatVersion: 1,
    meta: { id: 'gen', name: 'Genererad', publisher: 'Test', updated: '2026-01-01', license: 'CC0-1.0' },
    organisations: orgs,
    services,
    relations: relations.filter((r) => r.from !== r.to),
  };
}
