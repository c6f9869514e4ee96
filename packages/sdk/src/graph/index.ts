// Filled in by the graph work; re-exported from the package index.
export {};
