import type {
  FinancingKind,
  Lang,
  LocalizedText,
  Meta,
  Organisation,
  OrganisationKind,
  Service,
  ServiceStatus,
} from '@samordningskartan/sdk';
import { localize, municipalityNameLookup } from '@samordningskartan/sdk';
import type { CatalogueFeature } from './catalogue-features.js';
import type {
  CataloguePort,
  CatalogueRequest,
  CatalogueResponse,
  CatalogueSummary,
  ServiceView,
} from './catalogue-protocol.js';

/** Where catalogues run; read at each load. */
export const catalogueOptions = {
  /** `false` keeps catalogues loaded from now on in the page (in slices), e.g. to debug them. Default: a worker when one can start. */
  worker: true,
};

/** A catalogue's code: a worker to start, the same engine for the page, and what it does. */
export interface CatalogueCode {
  startWorker(): Promise<Worker>;
  importEngine(): Promise<{
    CatalogueEngine: new (post: (m: CatalogueResponse) => void) => { handle(m: CatalogueRequest): void };
  }>;
  readonly features: readonly CatalogueFeature[];
}

const codes = new Set<CatalogueCode>();
const needed = new Set<CatalogueFeature>();

/**
 * Offers catalogue code to the page and says what an element needs of it (each controller's module
 * calls it as it loads; a bundle with several elements offers the code that does all they need). The
 * page runs the smallest code that does all its elements need, so one worker serves every element,
 * and a page without the search or the analysis never downloads it.
 */
export function useCatalogueCode(
  offered: readonly CatalogueCode[],
  needs: readonly CatalogueFeature[] = [],
): void {
  for (const c of offered) codes.add(c);
  for (const f of needs) needed.add(f);
}

/** The smallest code offered that does all `needs`. */
function smallest(needs: Iterable<CatalogueFeature>): CatalogueCode | undefined {
  const want = [...needs];
  return [...codes]
    .filter((c) => want.every((f) => c.features.includes(f)))
    .sort((a, b) => a.features.length - b.features.length)[0];
}

async function workerPort({ startWorker }: CatalogueCode): Promise<CataloguePort> {
  const worker = await startWorker();
  await new Promise<void>((resolve, reject) => {
    // The worker says so once its module ran; a refused or broken script fires `error` instead.
    worker.onmessage = (e: MessageEvent<{ ready?: boolean }>) => (e.data?.ready ? resolve() : undefined);
    worker.onerror = (e) => {
      e.preventDefault();
      reject(new Error(e.message || 'the catalogue worker could not start'));
    };
  });
  worker.onerror = null;
  const port: CataloguePort = {
    where: 'worker',
    post: (m) => worker.postMessage(m),
    onmessage: undefined,
  };
  worker.onmessage = (e: MessageEvent<CatalogueResponse>) => port.onmessage?.(e.data);
  return port;
}

async function pagePort({ importEngine }: CatalogueCode): Promise<CataloguePort> {
  const { CatalogueEngine } = await importEngine();
  const port: CataloguePort = { where: 'page', post: () => undefined, onmessage: undefined };
  // Answers asynchronously, as a worker would: a caller never sees its answer before its request returned.
  const engine = new CatalogueEngine((m) => queueMicrotask(() => port.onmessage?.(m)));
  port.post = (m) => engine.handle(m);
  return port;
}

interface Pending {
  resolve(v: unknown): void;
  reject(e: unknown): void;
  progress?: (stage: 'loading' | 'indexing', done: number, total?: number) => void;
}

/** Requests to the catalogue, with answers by request id. */
export class CatalogueClient {
  private next = 1;
  private readonly pending = new Map<number, Pending>();
  readonly port: CataloguePort;

  constructor(port: CataloguePort) {
    this.port = port;
    port.onmessage = (m) => this.receive(m);
  }

  request<T>(
    req: DistributiveOmit<Exclude<CatalogueRequest, { op: 'abort' }>, 'id'>,
    options: { signal?: AbortSignal; progress?: Pending['progress'] } = {},
  ): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, {
        resolve: resolve as (v: unknown) => void,
        reject,
        ...(options.progress && { progress: options.progress }),
      });
      options.signal?.addEventListener(
        'abort',
        () => {
          this.port.post({ id, op: 'abort' });
          this.pending.delete(id);
          reject(new DOMException('aborted', 'AbortError'));
        },
        { once: true },
      );
      this.port.post({ ...req, id } as CatalogueRequest);
    });
  }

  private receive(m: CatalogueResponse): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    if (m.kind === 'progress') {
      p.progress?.(m.stage, m.done, m.total);
      return;
    }
    this.pending.delete(m.id);
    if (m.kind === 'done') p.resolve(m.value);
    else {
      const e =
        m.error.name === 'AbortError'
          ? new DOMException(m.error.message, 'AbortError')
          : new Error(m.error.message);
      p.reject(e);
    }
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const clients = new Map<
  CatalogueCode,
  { worker?: Promise<CatalogueClient>; page?: Promise<CatalogueClient> }
>();

/**
 * The page's catalogue: one module worker shared by every element, when one starts; else the same
 * engine in the page. A worker cannot start when the CSP's `worker-src` refuses it, under Trusted
 * Types without the `samordningskartan` policy allowed, or in a browser without module workers; each
 * ends in the page. `inPage` asks for the page's engine (an SDK `Dataset` set from code stays there).
 * `needs`: what the asking element needs, for a page whose elements no one code serves together
 * (module builds that import `<insats-sok>` and `<samordning-analys>` but not the bundle of all).
 */
export function catalogueClient(
  inPage = false,
  needs: readonly CatalogueFeature[] = [],
): Promise<CatalogueClient> {
  // Offered by the controllers' modules, which every element that reads a catalogue imports.
  const c = (smallest(needed) ?? smallest(needs))!;
  const mine = clients.get(c) ?? {};
  clients.set(c, mine);
  if (inPage || !catalogueOptions.worker) {
    mine.page ??= pagePort(c).then((p) => new CatalogueClient(p));
    return mine.page;
  }
  mine.worker ??= workerPort(c).then(
    (p) => new CatalogueClient(p),
    (e: unknown) => {
      console.info('[samordningskartan] the catalogue runs in the page:', String(e));
      return catalogueClient(true, needs);
    },
  );
  return mine.worker;
}

let holders = 0;

/**
 * An element's hold on the catalogue it reads. Its reads carry `id`; the engine drops a catalogue
 * (and frees its memory) once every element that read it let go: by reading another, or by leaving
 * the page — after the current task, so an element moved within the page keeps its catalogue.
 */
export class CatalogueHold {
  readonly id = ++holders;
  private held: [CatalogueClient, string] | undefined;
  private leaving: ReturnType<typeof setTimeout> | undefined;

  /** Notes the catalogue the element reads now, letting go of the one before if another. */
  hold(client: CatalogueClient, key: string): void {
    if (this.held?.[0] !== client || this.held[1] !== key) this.release();
    this.held = [client, key];
  }

  /** Lets go of the catalogue held, if any. */
  release(): void {
    const held = this.held;
    this.held = undefined;
    held?.[0].request({ op: 'release', key: held[1], holder: this.id }).catch(() => {});
  }

  /** For `hostDisconnected`: lets go after this task, unless the element is connected again. */
  leave(): void {
    this.leaving = setTimeout(() => this.release());
  }

  /** For `hostConnected`: true when the element holds no catalogue (it let go on leaving, or never read one). */
  back(): boolean {
    clearTimeout(this.leaving);
    return !this.held;
  }
}

/**
 * What the render code reads of a catalogue in the page: names of organisations and terms, and the
 * insatser fetched so far (a page of hits, a detail). It answers the same questions as the SDK's
 * `Dataset` for those, without holding the catalogue.
 */
export class CatalogueView {
  readonly key: string;
  readonly summary: CatalogueSummary;
  private readonly records = new Map<string, ServiceView | null>();
  private kommunByName: ((name: string) => string | undefined) | undefined;

  constructor(key: string, summary: CatalogueSummary) {
    this.key = key;
    this.summary = summary;
  }

  get meta(): Meta {
    return this.summary.meta;
  }

  /** Keeps records the catalogue sent. */
  remember(views: readonly ServiceView[], asked: readonly string[] = []): void {
    for (const id of asked) if (!this.records.has(id)) this.records.set(id, null);
    for (const v of views) this.records.set(v.service.id, v);
  }

  /** True when the record was fetched (found or not). */
  known(id: string): boolean {
    return this.records.has(id);
  }

  service(id: string): Service | undefined {
    return this.records.get(id)?.service;
  }

  organisation(id: string): Pick<Organisation, 'id' | 'kind' | 'website'> | undefined {
    const kind: OrganisationKind | undefined = this.summary.kinds[id];
    const website = this.summary.websites[id];
    return kind ? { id, kind, ...(website && { website }) } : undefined;
  }

  label(id: string, lang: Lang = 'sv'): string {
    const name: LocalizedText | undefined = this.records.get(id)?.service.name ?? this.summary.names[id];
    return name === undefined ? id : localize(name, lang);
  }

  /** A kommun's name by SCB code; undefined for a code that names none. */
  municipalityName(code: string): string | undefined {
    return this.summary.municipalities[code];
  }

  /** The SCB code of a kommun given by code or name, as the SDK's `findMunicipality` reads it. */
  municipalityCode(nameOrCode: string): string | undefined {
    const all = this.summary.municipalities;
    const s = nameOrCode.trim();
    if (Object.hasOwn(all, s)) return s;
    this.kommunByName ??= municipalityNameLookup(Object.entries(all).map(([code, name]) => [name, code]));
    return this.kommunByName(s);
  }

  municipalitiesOf(s: Service): string[] {
    return this.records.get(s.id)?.municipalities ?? s.municipalities ?? [];
  }

  /** The financing as the data gives it; undefined (shown as "not given") when it does not. */
  financingOf(s: Service): FinancingKind | undefined {
    return this.records.get(s.id)?.financing ?? s.financing;
  }

  /** The status to show (from the period where it says otherwise); the stated one if not fetched. */
  statusOf(s: Service): ServiceStatus {
    return this.records.get(s.id)?.status ?? s.status;
  }

  relationsOf(
    id: string,
    q: { kind: 'funds' | 'steeringGroupOf'; direction: 'in' },
  ): Array<{ from: string }> {
    const v = this.records.get(id);
    const from = q.kind === 'funds' ? v?.fundedBy : v?.steeredBy;
    return (from ?? []).map((f) => ({ from: f }));
  }
}
