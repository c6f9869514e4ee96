/** What a catalogue worker does beyond giving the data: searching it, analysing it. */
export type CatalogueFeature = 'search' | 'analysis';

/**
 * Each catalogue worker's features, by its source module (`catalogue-source*.ts`, and the script-tag
 * build's stand-ins for them). A page runs the smallest worker that does all its elements ask.
 */
export const WORKER_FEATURES = {
  catalogue: ['search'],
  analysis: ['analysis'],
  all: ['search', 'analysis'],
} as const satisfies Record<string, readonly CatalogueFeature[]>;
