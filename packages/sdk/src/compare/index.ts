export {
  type ChangedRecord,
  type CollectionComparison,
  type ComparedRecord,
  compareDatasets,
  type DatasetComparison,
} from './compare.js';
