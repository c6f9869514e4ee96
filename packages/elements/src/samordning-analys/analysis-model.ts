import {
  type CollaborationMatrix,
  type CoverageMatrix,
  collaborationSteps,
  coverageCell,
  coverageSteps,
  type Dataset,
  effectiveStatus,
  findMunicipality,
  inSlices,
  type LoadResult,
  type LocalizedText,
  mapSteps,
  restrictDataset,
  type Scope,
  type Service,
  type ServiceStatus,
  type Steps,
  scopeRecords,
  serviceDocument,
  weakMemo,
  yieldToPage,
} from '@samordningskartan/sdk';
import { followUpSteps, keyFiguresModel, overviewSteps } from './analysis-figures.js';
import type {
  AnalysisModel,
  AnalysisRequest,
  CellSearchFilters,
  CollaborationModel,
  CoverageModel,
} from './analysis-types.js';

/** The statuses the coverage matrix counts; a connected search is filtered on the same. */
export const COVERAGE_STATUSES: readonly ServiceStatus[] = ['active'];

/**
 * Collects what the view names while the model is built: display names, insatser and sources by id,
 * so only those cross to the page.
 */
export class Names {
  readonly ds: Dataset;
  readonly names: AnalysisModel['names'] = {};
  readonly services: AnalysisModel['services'] = {};
  readonly sources: AnalysisModel['sources'] = {};
  constructor(ds: Dataset) {
    this.ds = ds;
  }

  /** Records the display name of `id` (short name of an organisation first) and returns `id`. */
  name(id: string): string {
    if (!(id in this.names)) {
      const ds = this.ds;
      const text: LocalizedText | undefined =
        ds.organisation(id)?.shortName ?? ds.get(id)?.name ?? ds.term(id)?.label;
      if (text !== undefined) this.names[id] = text;
    }
    return id;
  }

  /** Records an insats with its name and status, and returns its id. */
  service(s: Service): string {
    this.services[s.id] ??= { name: s.name, status: effectiveStatus(s) };
    return s.id;
  }

  source(id: string): string {
    const s = this.ds.source(id);
    if (s && !(id in this.sources))
      this.sources[id] = { ...(s.title !== undefined && { title: s.title }), ...(s.url && { url: s.url }) };
    return id;
  }
}

interface Computed {
  model: AnalysisModel;
  coverage?: CoverageMatrix;
}

const cache = weakMemo<LoadResult, Promise<Computed>>();

/**
 * The analysis of one dataset for one request: the model the element renders or, for `cell`, the
 * search filters of that coverage cell. Computed once per dataset and request (toggling rows back
 * and forth, or two elements with one scope, reuse it).
 */
export async function analysisOf(
  result: LoadResult,
  req: AnalysisRequest,
): Promise<AnalysisModel | CellSearchFilters | null> {
  const key = JSON.stringify([req.association, req.municipality, req.rows, req.axis, req.today ?? '']);
  const computed = cache.get(result, key, () => {
    const p = compute(result, req);
    // A failed computation is not kept: the next request tries again.
    p.catch(() => cache.delete(result, key));
    return p;
  });
  const { model, coverage: m } = await computed;
  if (!req.cell) return model;
  return (m && cellSearchFilters(result.dataset, m, req.cell.row, req.cell.column)) ?? null;
}

/**
 * Builds the model part by part, giving the thread a turn between the parts: in the page (where no
 * worker starts) the page stays responsive, in the worker an abort or another request gets in.
 */
async function compute(result: LoadResult, req: AnalysisRequest): Promise<Computed> {
  const { dataset: ds, ...load } = result;
  const n = new Names(ds);
  const org = req.association ? ds.organisation(req.association) : undefined;
  const association = org?.kind === 'coordinationAssociation' ? org.id : undefined;
  const code = req.municipality ? findMunicipality(req.municipality)?.code : undefined;
  const municipality = association || req.association ? undefined : code;
  const unknown = req.association
    ? association
      ? undefined
      : req.association
    : req.municipality && !code
      ? req.municipality
      : undefined;
  const scopeName = association
    ? n.names[n.name(association)]
    : req.association
      ? undefined
      : findMunicipality(req.municipality)?.name;
  const base = {
    load,
    ...(ds.meta.language && { language: ds.meta.language }),
    empty: ds.organisations.length === 0 && ds.services.length === 0,
    ...(unknown !== undefined && { unknown }),
    ...(association && { association }),
    ...(municipality && { municipality }),
    ...(scopeName !== undefined && { scopeName }),
  };
  if (base.empty || unknown !== undefined) {
    return { model: { ...base, names: n.names, services: n.services, sources: n.sources, charts: [] } };
  }
  // Each part after a turn for the thread, the long ones in slices of a few milliseconds (steps).
  const part = async <T>(f: () => T): Promise<T> => {
    await yieldToPage();
    return f();
  };
  const raw = analyses(ds, req, association, municipality);
  const coverage = await inSlices(raw.coverage());
  const collaboration = await inSlices(raw.collaboration());
  const model: AnalysisModel = {
    ...base,
    names: n.names,
    services: n.services,
    sources: n.sources,
    coverage: await inSlices(coverageModel(n, coverage)),
    collaboration: await inSlices(collaborationModel(n, collaboration)),
    ...(association && { figures: await part(() => keyFiguresModel(n, association)) }),
    ...(raw.overview && { overview: await inSlices(overviewSteps(n, raw.overview())) }),
    ...(await inSlices(followUpSteps(n, { association, municipality, today: req.today }))),
  };
  return { model, coverage };
}

/**
 * The SDK's analyses within one scope, each to run when asked: a förbund (the SDK restricts every
 * analysis to its members, kommuner, insatser and the relations that apply there), a kommun, or —
 * deliberately — every förbund side by side.
 */
function analyses(
  ds: Dataset,
  req: AnalysisRequest,
  association: string | undefined,
  municipality: string | undefined,
): {
  coverage: () => Steps<CoverageMatrix>;
  collaboration: () => Steps<CollaborationMatrix>;
  overview?: () => string[];
} {
  const { rows, axis } = req;
  if (!association && municipality) {
    const scope: Scope = { municipality };
    return {
      coverage: () =>
        coverageSteps(ds, {
          rows,
          scope,
          statuses: COVERAGE_STATUSES,
          columns: 'municipality',
          municipalities: [municipality],
        }),
      collaboration: () =>
        collaborationSteps(ds, {
          scope,
          axis,
          organisations: restrictDataset(ds, scope)
            .roots()
            .map((o) => o.id),
        }),
      overview: () => scopeRecords(ds, scope).coveringAssociations,
    };
  }
  return {
    coverage: () =>
      coverageSteps(ds, { rows, statuses: COVERAGE_STATUSES, ...(association && { association }) }),
    collaboration: () =>
      collaborationSteps(
        ds,
        association ? { association, axis } : { axis: 'kind', organisations: ds.roots().map((o) => o.id) },
      ),
    ...(!association && { overview: () => ds.associations().map((a) => a.id) }),
  };
}

/** The coverage the page renders, the insatser by id; a step per row (a national row holds thousands). */
function* coverageModel(n: Names, m: CoverageMatrix): Steps<CoverageModel> {
  const cells: CoverageModel['cells'] = [];
  for (const row of m.cells) {
    const out: CoverageModel['cells'][number] = [];
    for (const c of row)
      out.push({ count: c.count, services: yield* mapSteps(c.services, (s) => n.service(s)) });
    cells.push(out);
  }
  return {
    rows: m.rows,
    columns: m.columns,
    cells,
    rowTotals: m.rowTotals,
    gaps: m.gaps.length,
    emptyRows: m.emptyRows,
  };
}

function* collaborationModel(n: Names, m: CollaborationMatrix): Steps<CollaborationModel> {
  // Kinds of organisation are named by the element's own strings, organisations by the data.
  const item = (id: string) => (m.axis === 'kind' ? id : n.name(id));
  const pairs: CollaborationModel['pairs'] = [];
  for (const p of m.pairs)
    pairs.push({
      a: p.a,
      b: p.b,
      strength: p.strength,
      relations: yield* mapSteps(p.relations, (r) => ({
        kind: r.kind,
        from: n.name(r.from),
        to: n.name(r.to),
      })),
      sharedSteeringGroups: yield* mapSteps(p.sharedSteeringGroups, (s) => n.service(s)),
      sharedServices: yield* mapSteps(p.sharedServices, (s) => n.service(s)),
    });
  return {
    axis: m.axis,
    items: m.items.map(item),
    pairs,
    withoutCollaboration: m.withoutCollaboration.map(({ a, b }) => ({ a, b })),
  };
}

const overlaps = (a: readonly string[] | undefined, b: readonly string[]) => !!a?.some((x) => b.includes(x));

/**
 * The search filters that show exactly the insatser of a coverage cell: its target group with the
 * narrower terms (the row counts them), its kommuner and the statuses the matrix counts. Null when
 * no filters can: age-band rows, or a cell the search would read differently (a förbund's own insatser
 * without kommuner count in its whole area here, but the search sees no kommun on them). The check
 * uses the search's own documents, so a cell's count always equals the count of the search it opens.
 */
export function cellSearchFilters(
  ds: Dataset,
  m: CoverageMatrix,
  rowId: string,
  columnId: string,
): CellSearchFilters | null {
  const cell = coverageCell(m, rowId, columnId);
  const row = m.rows.find((r) => r.id === rowId);
  const column = m.columns.find((c) => c.id === columnId);
  if (!cell || !row || !column) return null;
  if (row.kind !== 'targetGroup' || column.municipalities.length === 0) return null;
  const filters: CellSearchFilters = {
    targetGroup: [row.id, ...ds.narrowerTerms(row.id).map((t) => t.id)],
    municipality: [...column.municipalities],
    status: [...COVERAGE_STATUSES],
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
  return found.length === inCell.size && found.every((s) => inCell.has(s)) ? filters : null;
}
