export { KARTA_MESSAGES, type KartaKey } from './messages.js';
export { SamordningKarta } from './samordning-karta.js';
export {
  KARTA_VIEWS,
  type KartaFilters,
  type KartaLoadDetail,
  type KartaOpenServiceDetail,
  type KartaRenderDetail,
  type KartaSelectDetail,
  type KartaView,
  type MapLayout,
  type MapLayoutEdge,
  type MapLayoutNode,
} from './types.js';
