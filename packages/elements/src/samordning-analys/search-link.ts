import {
  type CoverageCell,
  type CoverageColumn,
  type CoverageRow,
  type Dataset,
  type SearchFilters,
  type ServiceStatus,
  serviceDocument,
} from '@samordningskartan/sdk';

/** The filters a coverage cell hands to `<insats-sok>`, in the shared filter vocabulary. */
export type CellSearchFilters = Pick<SearchFilters, 'targetGroup' | 'municipality' | 'status'>;

const overlaps = (a: readonly string[] | undefined, b: readonly string[]) => !!a?.some((x) => b.includes(x));

/**
 * The search filters that show exactly the insatser of a coverage cell: its target group with the
 * narrower terms (the row counts them), its kommuner and the statuses the matrix counts. Undefined when
 * no filters can: age-band rows, or a cell the search would read differently (a förbund's own insatser
 * without kommuner count in its whole area here, but the search sees no kommun on them). The check
 * uses the search's own documents, so a cell's count always equals the count of the search it opens.
 */
export function cellSearchFilters(
  ds: Dataset,
  row: CoverageRow,
  column: CoverageColumn,
  cell: CoverageCell,
  statuses: readonly ServiceStatus[],
): CellSearchFilters | undefined {
  if (row.kind !== 'targetGroup' || column.municipalities.length === 0) return undefined;
  const filters: CellSearchFilters = {
    targetGroup: [row.id, ...ds.narrowerTerms(row.id).map((t) => t.id)],
    municipality: [...column.municipalities],
    status: [...statuses],
  };
  const found = ds.services.filter((s) => {
    const facets = serviceDocument(ds, s).facets ?? {};
    return (
      overlaps(facets.targetGroup, filters.targetGroup) &&
      overlaps(facets.municipality, filters.municipality) &&
      overlaps(facets.status, filters.status)
    );
  });
  const inCell = new Set(cell.services);
  return found.length === inCell.size && found.every((s) => inCell.has(s)) ? filters : undefined;
}
