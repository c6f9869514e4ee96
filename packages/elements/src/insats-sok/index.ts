export {
  InsatsSok,
  type InsatsSokChangeDetail,
  type InsatsSokLoadDetail,
  type InsatsSokSelectDetail,
  type InsatsSokStrings,
} from './insats-sok.js';
export {
  type InsatsSokState,
  readState as readInsatsSokState,
  stateUrl as insatsSokUrl,
} from './url-state.js';
