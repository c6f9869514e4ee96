import {
  type CollaborationAxis,
  type CollaborationMatrix,
  type CoverageMatrix,
  type CoverageRowKind,
  collaboration,
  coverage,
  type Dataset,
  type KeyFigures,
  keyFigures,
  restrictDataset,
  type Scope,
  type ServiceStatus,
  scopeRecords,
} from '@samordningskartan/sdk';
import { collaborationModel } from './collaboration-section.js';
import type { AnalysisContext } from './context.js';
import { coverageModel } from './coverage-section.js';
import { budgetModel, fundingModel, otherModel, overviewModel } from './key-figures-tables.js';
import { nameOf } from './labels.js';
import type { AnalysTable, TableModel } from './table-model.js';

/** The statuses the coverage matrix counts; a connected search is filtered on the same. */
export const COVERAGE_STATUSES: readonly ServiceStatus[] = ['active'];

/** The SDK's results the view shows. */
export interface Analysis {
  coverage?: CoverageMatrix;
  collaboration?: CollaborationMatrix;
  /** One förbund's key figures (none when every förbund is compared). */
  figures?: KeyFigures;
  /** The förbund of the key-figure overview: every förbund, or those covering the kommun analysed. */
  overview?: string[];
}

export interface AnalysisOptions {
  /** The förbund analysed; wins over `municipality`. */
  association: string | undefined;
  /** The kommun (SCB code) analysed when no förbund is; neither compares every förbund. */
  municipality: string | undefined;
  rows: CoverageRowKind;
  axis: CollaborationAxis;
}

/**
 * Runs the SDK's analyses within one scope: a förbund (the SDK restricts every analysis to its
 * members, kommuner, insatser and the relations that apply there), a kommun, or — deliberately —
 * every förbund side by side.
 */
export function analyse(ds: Dataset, options: AnalysisOptions): Analysis {
  const { association, municipality, rows, axis } = options;
  if (!association && municipality) {
    const scope: Scope = { municipality };
    return {
      coverage: coverage(ds, {
        rows,
        scope,
        statuses: COVERAGE_STATUSES,
        columns: 'municipality',
        municipalities: [municipality],
      }),
      collaboration: collaboration(ds, {
        scope,
        axis,
        organisations: restrictDataset(ds, scope)
          .roots()
          .map((o) => o.id),
      }),
      overview: scopeRecords(ds, scope).coveringAssociations,
    };
  }
  return {
    coverage: coverage(ds, { rows, statuses: COVERAGE_STATUSES, ...(association && { association }) }),
    collaboration: collaboration(
      ds,
      association ? { association, axis } : { axis: 'kind', organisations: ds.roots().map((o) => o.id) },
    ),
    ...(association
      ? { figures: keyFigures(ds, association) }
      : { overview: ds.associations().map((a) => a.id) }),
  };
}

export type TableModels = Partial<Record<AnalysTable, TableModel>>;

/** Every table of the view, each defined once for both the HTML and the CSV. */
export function tableModels(ctx: AnalysisContext, a: Analysis): TableModels {
  const m = a.collaboration;
  const k = a.figures;
  const name = ctx.association ? nameOf(ctx.ds, ctx.association, ctx.lang) : '';
  return {
    ...(a.coverage && { coverage: coverageModel(ctx, a.coverage) }),
    ...(m && m.items.length >= 2 && { collaboration: collaborationModel(ctx, m) }),
    ...(k && {
      budget: budgetModel(ctx, name, k),
      funding: fundingModel(ctx, name, k),
      other: otherModel(ctx, name, k),
    }),
    ...(a.overview && { overview: overviewModel(ctx, a.overview) }),
  };
}
