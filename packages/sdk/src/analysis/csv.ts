// The analysis CSV uses the SDK's one CSV writer (Swedish settings: `;` and decimal comma).
export { type CsvTable, toCsv } from '../text/csv.js';
