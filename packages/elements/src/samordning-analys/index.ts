// The <samordning-analys> class without registering the tag (see define.js for that).
export {
  type AnalysisLoadState,
  type AnalysisModel,
  SamordningAnalys,
  type SamordningAnalysSelectDetail,
} from './samordning-analys.js';
export type { AnalysMessageKey } from './samordning-analys.messages.js';
export type { AnalysTable } from './table-model.js';
