// @samordningskartan/sdk/interop: spreadsheets (CSV/XLSX tables) and HSDS 3.0 in and out, starter
// datasets and quality summaries. A separate entry so the browser bundle of the core stays small.
export { csvToTable, tableToCsv } from './csv.js';
export * from './hsds/index.js';
export {
  type DataFileInput,
  type DataFilesKind,
  type DataFilesResult,
  type ReadFilesOptions,
  type ReadStage,
  readDataFiles,
} from './read-files.js';
export { type TablesImportResult, tablesToDataset } from './read-tables.js';
export {
  type MissingFieldCount,
  missingRecommended,
  parseMonths,
  RECOMMENDED_ORGANISATION_FIELDS,
  RECOMMENDED_SERVICE_FIELDS,
  type RecommendedField,
  type StaleRecord,
  type StaleReport,
  staleServices,
} from './recommended.js';
export { datasetToFile } from './serialize.js';
export {
  type ColumnKind,
  type ColumnSpec,
  type EnumName,
  type RefTarget,
  SHEETS,
  type SheetSpec,
  type SheetTarget,
  SV_ALIASES,
  SV_VALUES,
  sheetSpec,
} from './sheets.js';
export { slugify, uniqueId } from './slug.js';
export {
  officialMunicipalityName,
  REGION_BY_COUNTY,
  type StarterOptions,
  type StarterResult,
  starterDataset,
} from './starter.js';
export { type CellProblem, cellProblem, formatCellProblem, type Table, tableLabel } from './table.js';
export { datasetToTables, LIST_SEPARATOR, withoutDefaultId, writeCell } from './write-tables.js';
export { xlsxToTables } from './xlsx-read.js';
export { tablesToXlsx } from './xlsx-write.js';
