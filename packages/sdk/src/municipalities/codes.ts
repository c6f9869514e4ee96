import { MUNICIPALITY_CODES } from './data.js';

// Kept apart from the names so that validation alone does not pull the name table into a bundle.
let codes: Set<string> | undefined;

/** True when `code` is one of the 290 SCB kommunkoder. */
export function isMunicipalityCode(code: string): boolean {
  codes ??= new Set(MUNICIPALITY_CODES.split(' '));
  return codes.has(code);
}
