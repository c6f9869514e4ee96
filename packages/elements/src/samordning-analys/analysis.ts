import { collaborationModel } from './collaboration-section.js';
import type { AnalysisContext } from './context.js';
import { coverageModel } from './coverage-section.js';
import { followUpModel, reviewModel } from './follow-up-section.js';
import { budgetModel, fundingModel, otherModel, overviewModel } from './key-figures-tables.js';
import type { AnalysTable, TableModel } from './table-model.js';

export type TableModels = Partial<Record<AnalysTable, TableModel>>;

/** Every table of the view, each defined once for both the HTML and the CSV. */
export function tableModels(ctx: AnalysisContext): TableModels {
  const a = ctx.model;
  const m = a.collaboration;
  const k = a.figures;
  const name = ctx.association ? ctx.name(ctx.association) : '';
  return {
    ...(a.coverage && { coverage: coverageModel(ctx, a.coverage) }),
    ...(m && m.items.length >= 2 && { collaboration: collaborationModel(ctx, m) }),
    ...(k && {
      budget: budgetModel(ctx, name, k),
      funding: fundingModel(ctx, name, k),
      other: otherModel(ctx, name, k),
    }),
    ...(a.overview && { overview: overviewModel(ctx, a.overview) }),
    ...Object.fromEntries(a.charts.map((g, i) => [`followUp-${i}`, followUpModel(ctx, g, i)])),
    ...Object.fromEntries(a.review?.groups.map((g, i) => [`review-${i}`, reviewModel(ctx, g, i)]) ?? []),
  };
}
