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
  type ServiceStatus,
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
}

export interface AnalysisOptions {
  /** The förbund analysed; undefined compares every förbund in the data. */
  association: string | undefined;
  rows: CoverageRowKind;
  axis: CollaborationAxis;
}

/** Runs the SDK's analyses for one förbund, or for every förbund side by side. */
export function analyse(ds: Dataset, { association, rows, axis }: AnalysisOptions): Analysis {
  return {
    coverage: coverage(ds, { rows, statuses: COVERAGE_STATUSES, ...(association && { association }) }),
    collaboration: collaboration(
      ds,
      association ? { association, axis } : { axis: 'kind', organisations: ds.roots().map((o) => o.id) },
    ),
    ...(association && { figures: keyFigures(ds, association) }),
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
    ...(!ctx.association && { overview: overviewModel(ctx, ctx.ds) }),
  };
}
