import type { DatasetData, DatasetFile } from '../schema/dataset.js';
import { withoutDefaultId } from './write-tables.js';

/**
 * A validated dataset as a file to save: empty collections left out, relation ids the SDK derives
 * anyway left out, `formatVersion` and `meta` first.
 */
export function datasetToFile(data: DatasetData): DatasetFile {
  const {
    formatVersion,
    meta,
    organisations,
    services,
    relations,
    taxonomy,
    statistics,
    sources,
    synonyms,
    layouts,
    ...rest
  } = data;
  const file: Record<string, unknown> = { formatVersion, meta };
  const put = (key: string, list: unknown[]) => {
    if (list.length) file[key] = list;
  };
  put('organisations', organisations);
  put('services', services);
  put('relations', relations.map(withoutDefaultId));
  put('taxonomy', taxonomy);
  put('statistics', statistics);
  put('sources', sources);
  put('synonyms', synonyms);
  if (Object.keys(layouts).length) file.layouts = layouts;
  Object.assign(file, rest);
  return file as DatasetFile;
}
