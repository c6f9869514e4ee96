export { KARTA_MESSAGES, type KartaKey } from './messages.js';
export {
  KARTA_VIEWS,
  type KartaFilters,
  type KartaLoadDetail,
  type KartaOpenServiceDetail,
  type KartaRenderDetail,
  type KartaSelectDetail,
  type KartaView,
  SamordningKarta,
} from './samordning-karta.js';
