export { datasetToHsdsTables, organizationUuid, STATUS_TO_HSDS } from './export.js';
export { HSDS_NAMESPACE, hsdsId } from './ids.js';
export { guessKind, type HsdsImportOptions, type HsdsImportResult, hsdsTablesToDataset } from './import.js';
export {
  emptyHsdsTables,
  HSDS_TABLES,
  type HsdsRow,
  type HsdsTableName,
  type HsdsTables,
  TAXONOMIES,
} from './model.js';
export {
  flattenHsds,
  type HsdsFileKind,
  type HsdsJsonRead,
  type HsdsPage,
  hsdsObjectKind,
  nestHsds,
  readHsdsJson,
} from './nested.js';
export { normalisePhone } from './phone.js';
export { hsdsFilesToTables, hsdsTablesToFiles } from './tabular.js';
