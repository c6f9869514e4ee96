import { municipalityByCode } from '../municipalities/index.js';
import type { Dataset } from '../query/dataset.js';
import { associationMunicipalities, type Scope } from '../query/scope.js';
import { isoDay, type TodayOption } from '../query/status.js';
import { finish, type Steps } from '../query/steps.js';
import type { LocalizedText } from '../schema/common.js';
import type { AgeRange, Service } from '../schema/service.js';
import type { ServiceStatus } from '../schema/vocabulary.js';
import { compareSv } from '../text/localized.js';
import { scopedDataset } from './collaboration.js';
import { isAvailable } from './period.js';

export { associationMunicipalities };

/** An age band for the coverage rows; an open end means "and older" / "and younger". */
export interface AgeBand {
  min?: number;
  max?: number;
}

/**
 * Working-age bands (FINSAM covers people 16–64); 16–29 splits so that unga vuxna (16–29) can be read
 * band by band.
 */
export const DEFAULT_AGE_BANDS: readonly AgeBand[] = [
  { min: 16, max: 19 },
  { min: 20, max: 24 },
  { min: 25, max: 29 },
  { min: 30, max: 49 },
  { min: 50, max: 64 },
];

export type CoverageRowKind = 'targetGroup' | 'ageBand';
export type CoverageColumnKind = 'municipality' | 'association';

export interface CoverageRow {
  /** Target group term id, or an age band id such as "16-19" or "65-". */
  id: string;
  kind: CoverageRowKind;
  label: LocalizedText;
  /** The age band of an `ageBand` row. */
  ageRange?: AgeBand;
}

export interface CoverageColumn {
  /** SCB kommunkod, or förbund id. */
  id: string;
  kind: CoverageColumnKind;
  label: LocalizedText;
  /** The kommuner the column covers: the kommun itself, or the förbund's area. */
  municipalities: string[];
}

export interface CoverageCell {
  row: string;
  column: string;
  /** The available insatser behind the cell, in dataset order. */
  services: Service[];
  count: number;
}

export interface CoverageMatrix {
  rows: CoverageRow[];
  columns: CoverageColumn[];
  /** `cells[r][c]` belongs to `rows[r]` and `columns[c]`. */
  cells: CoverageCell[][];
  /** Cells without any available insats, row by row. */
  gaps: CoverageCell[];
  /** Ids of rows that are empty in every column. */
  emptyRows: string[];
  /** Distinct insatser per row across all columns (an insats in two kommuner counts once). */
  rowTotals: number[];
  /** Distinct insatser per column across all rows. */
  columnTotals: number[];
}

export interface CoverageOptions extends TodayOption {
  /** Rows: target groups (default) or age bands. */
  rows?: CoverageRowKind;
  /** Columns: kommuner (default when `association` is given) or förbund (default otherwise). */
  columns?: CoverageColumnKind;
  /** Limit to one förbund: its kommuner become the columns and its own insatser count in its area. */
  association?: string;
  /** Target group ids for the rows (default: every target group term, in vocabulary order). */
  targetGroups?: readonly string[];
  /** Age bands for the rows (default `DEFAULT_AGE_BANDS`). */
  ageBands?: readonly AgeBand[];
  /** Kommun codes for the columns (default: the förbund's area, else every förbund's). */
  municipalities?: readonly string[];
  /** Förbund ids for the columns (default: every förbund). */
  associations?: readonly string[];
  /**
   * Where insatser count (default: `{ association }` when a förbund is given, else the whole dataset).
   */
  scope?: Scope;
  /** Effective statuses (on `today`, see `serviceStatus`) that count as available (default: active). */
  statuses?: readonly ServiceStatus[];
  /** Only insatser whose period contains this day (YYYY-MM-DD). */
  asOf?: string;
}

/** The id of an age band row, e.g. "16-19", "65-" or "-15". */
export function ageBandId(band: AgeBand): string {
  return `${band.min ?? ''}-${band.max ?? ''}`;
}

function ageBandLabel(band: AgeBand): LocalizedText {
  if (band.max === undefined) return { sv: `${band.min ?? 0}+ år`, en: `${band.min ?? 0}+ years` };
  if (band.min === undefined) return { sv: `0–${band.max} år`, en: `0–${band.max} years` };
  return { sv: `${band.min}–${band.max} år`, en: `${band.min}–${band.max} years` };
}

/**
 * The ages an insats is for: its own `ageRange`, else the span of its target groups' age ranges, else
 * undefined (no age limit).
 */
export function serviceAgeRange(ds: Dataset, service: Service): AgeRange | undefined {
  if (service.ageRange) return service.ageRange;
  const ranges = (service.targetGroups ?? []).flatMap((id) => {
    const range = ds.term(id)?.ageRange;
    return range ? [range] : [];
  });
  if (!ranges.length) return undefined;
  const mins = ranges.map((r) => r.min);
  const maxes = ranges.map((r) => r.max);
  const out: AgeRange = {};
  if (mins.every((m) => m !== undefined)) out.min = Math.min(...(mins as number[]));
  if (maxes.every((m) => m !== undefined)) out.max = Math.max(...(maxes as number[]));
  return out;
}

function overlaps(a: AgeRange | undefined, band: AgeBand): boolean {
  if (!a) return true;
  return (
    (a.min ?? 0) <= (band.max ?? Number.POSITIVE_INFINITY) &&
    (band.min ?? 0) <= (a.max ?? Number.POSITIVE_INFINITY)
  );
}

function byName(a: string, b: string): number {
  return compareSv(a, b);
}

/**
 * Coverage: for each target group (or age band) and kommun (or förbund), the available insatser.
 * Empty cells are the gaps — needs without any insats.
 *
 * An insats is in a kommun when `Dataset.municipalitiesOf` lists it (its own kommuner, else its
 * providers'); an insats of the chosen förbund without any kommun serves the förbund's whole area. A
 * förbund column holds the insatser in its kommuner plus the förbund's own (those it provides, funds
 * or steers).
 */
export function coverage(whole: Dataset, options: CoverageOptions = {}): CoverageMatrix {
  return finish(coverageSteps(whole, options));
}

/** `coverage` in steps (see `inSlices`): for the page where no worker may start. */
export function* coverageSteps(whole: Dataset, options: CoverageOptions = {}): Steps<CoverageMatrix> {
  const ds = scopedDataset(whole, options);
  const rowKind = options.rows ?? 'targetGroup';
  const columnKind = options.columns ?? (options.association ? 'municipality' : 'association');
  // The day once, not per insats.
  const when = {
    ...(options.statuses && { statuses: options.statuses }),
    ...(options.asOf && { asOf: options.asOf }),
    today: isoDay(options.today),
  };
  const own = options.association ? new Set(ds.servicesByAssociation(options.association)) : undefined;
  const areaCodes = options.association ? associationMunicipalities(ds, options.association) : [];
  const rows = buildRows(ds, rowKind, options);
  const columns = buildColumns(ds, columnKind, options, areaCodes);

  // Every insats is placed once, in the dataset's order, in the cells of its rows and columns (looked
  // up, not tested per cell: every förbund side by side meets 100 columns and 50 000 insatser). A
  // target group row holds the insatser of its term and of the terms below it; a column the insatser
  // in its kommuner, and a förbund column also the förbund's own.
  const rowsOfTerm = new Map<string, number[]>();
  if (rowKind === 'targetGroup')
    rows.forEach((row, r) => {
      for (const id of [row.id, ...ds.narrowerTerms(row.id).map((t) => t.id)])
        rowsOfTerm.set(id, [...(rowsOfTerm.get(id) ?? []), r]);
    });
  const rowsOf = (s: Service): number[] => {
    if (rowKind === 'ageBand') {
      const range = serviceAgeRange(ds, s);
      return rows.flatMap((row, r) => (overlaps(range, row.ageRange ?? {}) ? [r] : []));
    }
    const found: number[] = [];
    for (const t of s.targetGroups ?? [])
      for (const r of rowsOfTerm.get(t) ?? []) if (!found.includes(r)) found.push(r);
    return found;
  };
  const columnsOfCode = new Map<string, number[]>();
  const ownColumns = new Map<Service, number[]>();
  yield;
  for (const [c, col] of columns.entries()) {
    for (const code of col.municipalities) columnsOfCode.set(code, [...(columnsOfCode.get(code) ?? []), c]);
    if (col.kind === 'association')
      for (const s of ds.servicesByAssociation(col.id)) ownColumns.set(s, [...(ownColumns.get(s) ?? []), c]);
    yield;
  }
  const columnsOf = (s: Service): number[] => {
    let codes = ds.municipalitiesOf(s);
    if (codes.length === 0 && own?.has(s)) codes = areaCodes;
    const found = [...(ownColumns.get(s) ?? [])];
    for (const code of codes)
      for (const c of columnsOfCode.get(code) ?? []) if (!found.includes(c)) found.push(c);
    return found;
  };

  const cells: CoverageCell[][] = rows.map((row) =>
    columns.map((col) => ({ row: row.id, column: col.id, services: [], count: 0 })),
  );
  const rowTotals = rows.map(() => 0);
  const columnTotals = columns.map(() => 0);
  let n = 0;
  for (const s of ds.services) {
    if ((++n & 1023) === 0) yield;
    if (!isAvailable(s, when)) continue;
    const rs = rowsOf(s);
    const cs = columnsOf(s);
    for (const r of rs) for (const c of cs) cells[r]![c]!.services.push(s);
    // Distinct insatser per row and per column: each insats is met once.
    if (cs.length) for (const r of rs) rowTotals[r]!++;
    if (rs.length) for (const c of cs) columnTotals[c]!++;
  }
  for (const cell of cells.flat()) cell.count = cell.services.length;
  return {
    rows,
    columns,
    cells,
    gaps: cells.flat().filter((cell) => cell.count === 0),
    emptyRows: rows.filter((_, r) => rowTotals[r] === 0).map((row) => row.id),
    rowTotals,
    columnTotals,
  };
}

function buildRows(ds: Dataset, kind: CoverageRowKind, options: CoverageOptions): CoverageRow[] {
  if (kind === 'ageBand') {
    return (options.ageBands ?? DEFAULT_AGE_BANDS).map((band) => ({
      id: ageBandId(band),
      kind,
      label: ageBandLabel(band),
      ageRange: band,
    }));
  }
  const ids = options.targetGroups ?? ds.terms('targetGroup').map((t) => t.id);
  return ids.map((id) => ({ id, kind, label: ds.term(id)?.label ?? id }));
}

function buildColumns(
  ds: Dataset,
  kind: CoverageColumnKind,
  options: CoverageOptions,
  areaCodes: string[],
): CoverageColumn[] {
  if (kind === 'association') {
    const ids =
      options.associations ??
      (options.association ? [options.association] : ds.associations().map((a) => a.id));
    return ids
      .map((id) => ({
        id,
        kind,
        label: ds.organisation(id)?.name ?? id,
        municipalities: associationMunicipalities(ds, id),
      }))
      .sort((a, b) => (options.associations ? 0 : byName(ds.label(a.id), ds.label(b.id))));
  }
  let codes = options.municipalities ? [...options.municipalities] : areaCodes;
  if (!options.municipalities && !options.association) {
    const all = new Set<string>();
    for (const a of ds.associations()) for (const c of associationMunicipalities(ds, a.id)) all.add(c);
    codes = [...all];
  }
  const name = (code: string) => municipalityByCode(code)?.name ?? code;
  if (!options.municipalities) codes.sort((a, b) => byName(name(a), name(b)));
  return codes.map((code) => ({ id: code, kind, label: name(code), municipalities: [code] }));
}

/** The cell of a row and column id, if both exist. */
export function coverageCell(matrix: CoverageMatrix, row: string, column: string): CoverageCell | undefined {
  const r = matrix.rows.findIndex((x) => x.id === row);
  const c = matrix.columns.findIndex((x) => x.id === column);
  return r < 0 || c < 0 ? undefined : matrix.cells[r]?.[c];
}
