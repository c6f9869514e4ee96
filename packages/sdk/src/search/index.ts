export {
  STOPWORDS as SEARCH_STOPWORDS,
  stem as stemSwedish,
  tokenize as tokenizeForSearch,
} from './analyze.js';
export {
  type AsyncBuildOptions,
  buildSearchIndexAsync,
  createServiceIndex,
  createServiceIndexAsync,
} from './build-async.js';
export { type BuildOptions, SearchIndexBuilder, type SearchIndexData } from './builder.js';
export { searchOptionsFor, serviceDocument } from './documents.js';
export * from './facets.js';
export { type HighlightSegment, highlight, matchRanges } from './highlight.js';
export {
  decodeIndexFile,
  encodeIndexFile,
  INDEX_FILE_FORMAT,
  type IndexFileContent,
  type IndexFileHeader,
  type SourceStamp,
  stampOf,
} from './index-file.js';
export { LazyDataset, type OpenPrebuilt, type OpenPrebuiltOptions, openPrebuilt } from './open-prebuilt.js';
export { buildIndexFile, type IndexFileBuild } from './prebuilt.js';
export { recordSpans } from './record-spans.js';
export { type ParsedQuery, parseQuery, SearchIndex, withinOneEdit } from './search-index.js';
export { DEFAULT_SYNONYMS } from './synonyms.js';
export * from './types.js';
