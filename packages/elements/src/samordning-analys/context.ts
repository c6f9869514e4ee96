import type { CollaborationAxis, CoverageRowKind, Lang, LocalizedText } from '@samordningskartan/sdk';
import type { AnalysisModel } from './analysis-types.js';
import type { TableView } from './table-model.js';

/** The matrix tables whose cells can be chosen. */
export type MatrixTable = 'coverage' | 'collaboration';

/** A chosen matrix cell. */
export interface Selection {
  table: MatrixTable;
  row: string;
  column: string;
}

/** What every section reads from the element and calls back into it. */
export interface AnalysisContext extends TableView {
  /** The analysis the catalogue computed for the current scope. */
  model: AnalysisModel;
  lang: Lang;
  /** The display name of an organisation, insats or term in the UI language (its id when unknown). */
  name: (id: string) => string;
  /** A text from the data in the UI language, with its own `lang` when it is in another language. */
  dataText: (value: LocalizedText | undefined) => { text: string; lang: string | undefined };
  /** The analysed förbund, when `association` names one in the data. */
  association: string | undefined;
  /** The analysed kommun (SCB code), when no förbund is analysed. */
  municipality: string | undefined;
  selection: Selection | undefined;
  rows: CoverageRowKind;
  axis: CollaborationAxis;
  setRows(rows: CoverageRowKind): void;
  setAxis(axis: CollaborationAxis): void;
  /** A matrix cell's button was pressed. */
  choose(selection: Selection, button: HTMLElement): void;
  /** Closes the open cell list and returns focus to its cell. */
  close(): void;
}
