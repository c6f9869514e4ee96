import type {
  Dataset,
  DatasetData,
  FacetFilters,
  FinancingKind,
  LoadResult,
  LocalizedText,
  Meta,
  OrganisationKind,
  Problem,
  SearchHit,
  SearchResult,
  Service,
  ServiceStatus,
  SortOrder,
} from '@samordningskartan/sdk';
import type { AnalysisRequest } from '../samordning-analys/analysis-types.js';

/**
 * The messages between the page and the catalogue (in a worker, or in the page when no worker can
 * start). Only what an element renders crosses: a page of hits with their records, facet counts,
 * totals — never the whole catalogue. Every value is structured-cloneable.
 */

/** A source the catalogue reads: a URL (absolute), JSON text, or a raw dataset object. */
export type CatalogueSource =
  /** `index`: the URL of its prebuilt search index (`samordningskartan index`), if it has one. */
  | { url: string; index?: string }
  | { text: string }
  | { data: object }
  /** An SDK `Dataset` set from code, used as it is (in the page only: it is not cloneable). */
  | { dataset: Dataset };

/** An insats as rendered, with what the page would otherwise ask the whole catalogue for. */
export interface ServiceView {
  service: Service;
  municipalities: string[];
  /** Undefined when the data does not say (shown as "not given", never a default). */
  financing: FinancingKind | undefined;
  /** The status to show: the stated one unless its period says otherwise (the SDK's `effectiveStatus`). */
  status: ServiceStatus;
  /** Organisations that fund or steer it through relations (not only its own `funding`). */
  fundedBy: string[];
  steeredBy: string[];
}

/** What the page keeps of a loaded catalogue: small (names of organisations and terms, problems). */
export interface CatalogueSummary {
  meta: Meta;
  /** Names of organisations and terms by id (what `label()` answers). */
  names: Record<string, LocalizedText>;
  kinds: Record<string, OrganisationKind>;
  /** Web pages of organisations (a contact when an insats names none). */
  websites: Record<string, string>;
  problems: Problem[];
  /** Names of Sweden's kommuner by SCB code: the page bundles no table of its own. */
  municipalities: Record<string, string>;
  errors: number;
  warnings: number;
  fatal: boolean;
  services: number;
  organisations: number;
  /** True when the catalogue answers from a prebuilt search index (`<insats-sok index>`). */
  prebuiltIndex?: boolean;
}

export interface CatalogueQuery {
  text: string;
  filters: FacetFilters;
  age?: number;
  sort: SortOrder;
  limit: number;
  /** Only the insatser of this förbund / organisation. */
  association?: string;
  organisation?: string;
}

/** A search result as the page gets it: `terms` as an array (a Set is cloned too, but slower). */
export interface CataloguePage extends Omit<SearchResult, 'terms'> {
  terms: string[];
  hits: SearchHit[];
  records: ServiceView[];
}

/**
 * A loaded dataset for an element that needs all of it (the map, the analysis): validated and merged
 * in the worker, so the page builds a `Dataset` on `data` without the validation's code.
 */
export interface DatasetLoad extends Omit<LoadResult, 'dataset'> {
  data: DatasetData;
  /** The names of the kommuner the data names, by SCB code (the page bundles no kommun table). */
  municipalities: Record<string, string>;
}

/**
 * A request to the catalogue. A read (`open`, `dataset`, `analysis`) with a `holder` (one per element)
 * keeps its catalogue until every holder sent `release`: then the engine drops it and frees its memory.
 */
export type CatalogueRequest =
  | { id: number; op: 'open'; key: string; sources: CatalogueSource[]; holder?: number }
  | { id: number; op: 'dataset'; key: string; sources: CatalogueSource[]; holder?: number }
  /** Answered by an engine with the analysis (`catalogue-worker-analysis.ts`, `catalogue-worker-all.ts`) only. */
  | {
      id: number;
      op: 'analysis';
      key: string;
      sources: CatalogueSource[];
      request: AnalysisRequest;
      holder?: number;
    }
  | { id: number; op: 'search'; key: string; query: CatalogueQuery }
  | { id: number; op: 'records'; key: string; ids: string[] }
  | { id: number; op: 'abort' }
  | { id: number; op: 'close'; key: string }
  | { id: number; op: 'release'; key: string; holder: number };

/** How far a read has come: loading (bytes) or indexing (insatser), `total` when known. */
export type CatalogueProgress = (stage: 'loading' | 'indexing', done: number, total?: number) => void;

export type CatalogueResponse =
  | { id: number; kind: 'progress'; stage: 'loading' | 'indexing'; done: number; total?: number }
  | { id: number; kind: 'done'; value: unknown }
  | { id: number; kind: 'failed'; error: { name: string; message: string } };

/** Where messages go: a worker, or the engine in the page. */
export interface CataloguePort {
  post(message: CatalogueRequest): void;
  onmessage: ((message: CatalogueResponse) => void) | undefined;
  /** "worker" or "page": where the catalogue runs (for tests and the console). */
  readonly where: 'worker' | 'page';
}
