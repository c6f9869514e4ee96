import { v5 } from 'uuid';

/** Fixed namespace of every HSDS id Samordningskartan makes (UUID v5 of "https://samordningskartan.se/hsds"). */
export const HSDS_NAMESPACE = '9129938f-ec58-5ec5-b82b-c1409c3bf88a';

/** A deterministic UUID from the parts that identify an object, so repeated exports give the same ids. */
export function hsdsId(...parts: string[]): string {
  return v5(parts.join(':'), HSDS_NAMESPACE);
}
