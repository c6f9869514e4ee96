// Filled in by the search work; re-exported from the package index.
export {};
