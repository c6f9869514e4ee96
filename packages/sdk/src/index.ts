/**
 * @samordningskartan/sdk: load, validate, merge and query Samordningskartan datasets.
 * @packageDocumentation
 */

export * from './analysis/index.js';
export * from './compare/index.js';
export * from './graph/index.js';
export { type FetchOptions, parseJsonBytes, parseJsonText, readBytes } from './load/fetch-json.js';
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
// Apart from the name table (a page matching names it got from the catalogue worker).
export { municipalityNameLookup } from './municipalities/name-key.js';
export {
  countProblems,
  formatPath,
  formatProblem,
  type Problem,
  type ProblemCode,
  type Severity,
} from './problems/problem.js';
export { Dataset, type DatasetRecord, type GraphRelation, type RelationQuery } from './query/dataset.js';
export { NOT_GIVEN } from './query/not-given.js';
export {
  isEmptyScope,
  relationAppliesIn,
  restrictDataset,
  type Scope,
  type ScopedRecords,
  scopeRecords,
  serviceArea,
} from './query/scope.js';
export {
  effectiveStatus,
  isoDay,
  periodHasEnded,
  periodHasStarted,
  type StatusInfo,
  serviceStatus,
  type TodayOption,
} from './query/status.js';
export { finish, inSlices, mapSteps, type Steps, yieldToPage } from './query/steps.js';
export { type WeakMemo, weakMemo } from './query/weak-memo.js';
export * from './review/index.js';
export * from './schema/index.js';
export * from './search/index.js';
export { DEFAULT_TAXONOMY } from './taxonomy/default-vocabulary.js';
export { FOLLOW_UP_INDICATOR_IDS } from './taxonomy/indicator-ids.js';
export { FOLLOW_UP_INDICATOR_TERMS, PLAN_INDICATOR_TERMS } from './taxonomy/indicators.js';
export { type CsvCell, type CsvOptions, neutraliseFormula } from './text/csv.js';
export { type DecodedText, decodeText, type TextEncodingName } from './text/decode.js';
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
export { SDK_VERSION } from './version.js';
