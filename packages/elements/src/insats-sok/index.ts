// Filled in by the insats-sok work: export the class (no registration) from here.
export {};
