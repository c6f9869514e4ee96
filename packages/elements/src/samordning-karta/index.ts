// Filled in by the samordning-karta work: export the class (no registration) from here.
export {};
