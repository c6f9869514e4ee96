/**
 * @samordningskartan/sdk: load, validate, merge and query Samordningskartan datasets.
 * @packageDocumentation
 */

export * from './analysis/index.js';
export * from './graph/index.js';
export { type FetchOptions, parseJsonText } from './load/fetch-json.js';
export { type DatasetSource, type LoadOptions, type LoadResult, loadDataset } from './load/load.js';
export { type MergePart, type MergeResult, mergeDatasets } from './merge/merge.js';
export {
  editDistance,
  findMunicipality,
  isMunicipalityCode,
  type Municipality,
  municipalities,
  municipalityByCode,
  suggestMunicipalities,
} from './municipalities/index.js';
export {
  countProblems,
  formatPath,
  formatProblem,
  type Problem,
  type ProblemCode,
  type Severity,
} from './problems/problem.js';
export { Dataset, type DatasetRecord, type GraphRelation, type RelationQuery } from './query/dataset.js';
export * from './schema/index.js';
export * from './search/index.js';
export { DEFAULT_TAXONOMY } from './taxonomy/default-vocabulary.js';
export { foldText } from './text/fold.js';
export { compareSv, type Lang, localize, localizeWithLang } from './text/localized.js';
export { isSafeUrl, isWebUrl, safeUrl } from './text/url.js';
export {
  emptyDataset,
  type ValidateOptions,
  type ValidationResult,
  validateDataset,
  validateDatasetAsync,
} from './validate/validate.js';
