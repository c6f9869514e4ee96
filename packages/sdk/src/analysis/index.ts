// Kartläggning: coverage gaps, collaboration and key figures, as pure functions over a `Dataset`.

export {
  type CollaborationAxis,
  type CollaborationMatrix,
  type CollaborationOptions,
  type CollaborationPair,
  collaboration,
  collaborationPair,
  collaborationSteps,
  membersWithoutCollaboration,
  scopedDataset,
} from './collaboration.js';
export {
  type CollaborationReason,
  type Collaborator,
  type CollaboratorsOptions,
  collaboratorsOf,
} from './collaborators.js';
export {
  type AgeBand,
  ageBandId,
  associationMunicipalities,
  type CoverageCell,
  type CoverageColumn,
  type CoverageColumnKind,
  type CoverageMatrix,
  type CoverageOptions,
  type CoverageRow,
  type CoverageRowKind,
  coverage,
  coverageCell,
  coverageSteps,
  DEFAULT_AGE_BANDS,
  serviceAgeRange,
} from './coverage.js';
export { type CsvTable, toCsv } from './csv.js';
export {
  FOLLOW_UP_VIEW_INDICATORS,
  type FollowUpOptions,
  type FollowUpPoint,
  type FollowUpSeries,
  followUpSeries,
} from './follow-up.js';
export {
  type CapacityTotal,
  type DefinitionOf,
  type FigureLine,
  type FundingEntry,
  type IndicatorFigures,
  indicatorYears,
  type KeyFigures,
  type KeyFiguresOptions,
  keyFigures,
  type ParticipantsByUnit,
  type ServiceFigures,
  type StatisticSeries,
  sourceDefinitionOf,
  statisticSeries,
  type YearFigures,
  type YearTotal,
  yearFigures,
} from './key-figures.js';
export { isAvailable, yearOfPeriod } from './period.js';
