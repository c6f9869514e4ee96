// Filled in by the samordning-analys work: export the class (no registration) from here.
export {};
