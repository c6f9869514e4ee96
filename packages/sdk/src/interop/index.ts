// @samordningskartan/sdk/interop: CSV and HSDS 3.0 import and export (separate entry so the browser bundle of the core stays small).
export {};
