// Filled in by the analysis work; re-exported from the package index.
export {};
