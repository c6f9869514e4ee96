import type {
  Breakdown,
  CapacityUnit,
  CollaborationAxis,
  CoverageColumn,
  CoverageRow,
  CoverageRowKind,
  LoadResult,
  LocalizedText,
  RelationKind,
  SearchFilters,
  ServiceStatus,
  StatisticArea,
  StatisticUnit,
  YearTotal,
} from '@samordningskartan/sdk';

/**
 * The analysis as it crosses from the catalogue (its worker, or the page where no worker starts) to
 * the element: plain, structured-cloneable data holding only what the element renders. Records are
 * referred to by id; their names (in every language the data gives) are in `names`, so the page
 * localises them without the dataset.
 */

/** What the element asks for: its scope and choices. */
export interface AnalysisRequest {
  /** `association` as set on the element (a förbund id, or ""). */
  association: string;
  /** `municipality` as set on the element (an SCB code or a name, or ""). */
  municipality: string;
  rows: CoverageRowKind;
  axis: CollaborationAxis;
  /** YYYY-MM-DD; undefined means today. */
  today: string | undefined;
  /** Ask only for the search filters of one coverage cell (for a connected `<insats-sok>`). */
  cell?: { row: string; column: string };
}

/** The filters a coverage cell hands to `<insats-sok>`, in the shared filter vocabulary. */
export type CellSearchFilters = Pick<SearchFilters, 'targetGroup' | 'municipality' | 'status'>;

/** How the data loaded: its problems and counts (the dataset itself stays in the catalogue). */
export type AnalysisLoad = Omit<LoadResult, 'dataset'>;

export interface CoverageModel {
  rows: CoverageRow[];
  columns: CoverageColumn[];
  /** Per row and column: the count and the ids of the insatser behind it. */
  cells: Array<Array<{ count: number; services: string[] }>>;
  rowTotals: number[];
  /** The number of cells with no insats. */
  gaps: number;
  emptyRows: string[];
}

export interface PairModel {
  a: string;
  b: string;
  strength: number;
  relations: Array<{ kind: RelationKind; from: string; to: string }>;
  sharedSteeringGroups: string[];
  sharedServices: string[];
}

export interface CollaborationModel {
  axis: CollaborationAxis;
  items: string[];
  pairs: PairModel[];
  withoutCollaboration: Array<{ a: string; b: string }>;
}

/** One indicator's figure for a year, in one unit: its lines and totals. */
export interface YearModel {
  year: number | undefined;
  unit: StatisticUnit;
  sources: string[];
  stated?: number;
  statedLabel?: LocalizedText;
  lines: Array<{ label: LocalizedText | undefined; value: number }>;
  linesSum: number;
  total: number;
  difference: number;
  balanced: boolean;
}

/** One förbund's key figures, each in its own unit. */
export interface KeyFiguresModel {
  services: number;
  /** Insatser available now (active, or planned with a start date). */
  active: number;
  /** The latest year with participants, per unit. */
  participants: Array<{ unit: StatisticUnit; year: number | undefined; total: number }>;
  capacity: Array<{ unit: CapacityUnit; total: number }>;
  budget: YearModel[];
  /** Funding of insatser, one entry per insats and year; `amount` undefined when not given. */
  funding: Array<{ service: string; year: number | undefined; amount: number | undefined }>;
  fundingByYear: YearTotal[];
  fundingTotal: number;
  /** Every indicator but the budget. */
  other: Array<{ indicator: string; years: YearModel[] }>;
}

/** A förbund's row in the overview (no förbund analysed). */
export interface OverviewRow {
  id: string;
  budgetYear: number | undefined;
  budget: number | undefined;
  funding: number;
  active: number;
}

export interface SeriesModel {
  definition?: LocalizedText;
  breakdown?: Breakdown;
  area?: StatisticArea;
  category?: LocalizedText;
  national: boolean;
  points: Array<{ period: string; value: number; target?: number; sources: string[] }>;
  sources: string[];
}

/** One chart: the figures of one subject and indicator in one unit. */
export interface ChartModel {
  subject: string;
  indicator: string;
  /** The indicator's name: the shipped follow-up vocabulary's, else the dataset's term. */
  indicatorLabel: LocalizedText | undefined;
  unit: StatisticUnit;
  /** About the dataset itself with a wider area (a region, the country): a comparison. */
  comparison: boolean;
  series: SeriesModel[];
}

export interface ReviewModel {
  termStart: string;
  termEnd: string;
  considered: number;
  groups: Array<{
    ownerRole?: LocalizedText;
    ownerUnit?: string;
    items: Array<{ service: string; lastReviewed?: string; due?: string; overdue: boolean }>;
  }>;
}

/** Everything `<samordning-analys>` shows, for one dataset, scope and choice of rows and axis. */
export interface AnalysisModel {
  load: AnalysisLoad;
  /** The language of the data's plain-string texts (its `meta.language`). */
  language?: string;
  /** The data has neither organisations nor insatser. */
  empty: boolean;
  /** The `association` or `municipality` asked for that the data (or Sweden) does not have. */
  unknown?: string;
  /** The förbund analysed, when `association` names one in the data. */
  association?: string;
  /** The kommun (SCB code) analysed when no förbund is. */
  municipality?: string;
  /** The name of the förbund or kommun analysed. */
  scopeName?: LocalizedText;
  /** Display names by id: an organisation's short name, else its or an insats's name, a term's label. */
  names: Record<string, LocalizedText>;
  /** The insatser named in the view, with the status their period gives them. */
  services: Record<string, { name: LocalizedText; status: ServiceStatus }>;
  /** The sources figures cite. */
  sources: Record<string, { title?: LocalizedText; url?: string }>;
  coverage?: CoverageModel;
  collaboration?: CollaborationModel;
  /** One förbund's key figures (none when every förbund is compared). */
  figures?: KeyFiguresModel;
  /** The förbund of the key-figure overview: every förbund, or those covering the kommun analysed. */
  overview?: OverviewRow[];
  charts: ChartModel[];
  review?: ReviewModel;
}
