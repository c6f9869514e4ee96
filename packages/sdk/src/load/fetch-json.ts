import { type Problem, problem } from '../problems/problem.js';
import { inSlices, yieldToPage } from '../query/steps.js';
import { type DecodedText, decodeText, decodeTextSteps } from '../text/decode.js';

export interface FetchOptions {
  /** Cancels the request; the loader then rejects with the signal's reason (an AbortError). */
  signal?: AbortSignal;
  /** Milliseconds for the whole request, body included (default 20 000). */
  timeout?: number;
  /** Further attempts after a network error or a 5xx answer (default 2). */
  retries?: number;
  /** Milliseconds before the first retry; doubles each time (default 400). */
  retryDelay?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
  /** Called while the body downloads; `total` is undefined when the server does not say. */
  onProgress?: (loaded: number, total: number | undefined) => void;
}

export type FetchOutcome =
  | { ok: true; value: unknown /** Warnings about reading, e.g. the encoding. */; problems?: Problem[] }
  | { ok: false; problem: Problem };

const fail = (code: Problem['code'], sv: string, en: string, extra?: Partial<Problem>): FetchOutcome => ({
  ok: false,
  problem: problem('error', '', code, sv, en, { fatal: true, ...extra }),
});

/** Fetches and parses a JSON document with timeout and retries; never rejects except on abort. */
export async function fetchJson(url: string, options: FetchOptions = {}): Promise<FetchOutcome> {
  const retries = options.retries ?? 2;
  let delay = options.retryDelay ?? 400;
  for (let attempt = 0; ; attempt++) {
    const outcome = await fetchOnce(url, options);
    const retryable = outcome.kind === 'network' || outcome.kind === 'server';
    if (!retryable || attempt >= retries) return outcome.result;
    await sleep(delay, options.signal);
    delay *= 2;
  }
}

async function fetchOnce(
  url: string,
  options: FetchOptions,
): Promise<{ kind: 'done' | 'network' | 'server' | 'timeout'; result: FetchOutcome }> {
  const timeout = options.timeout ?? 20_000;
  const timer = new AbortController();
  const id = setTimeout(() => timer.abort(), timeout);
  const signal = options.signal ? AbortSignal.any([options.signal, timer.signal]) : timer.signal;
  try {
    const doFetch = options.fetch ?? globalThis.fetch;
    const response = await doFetch(url, { signal, headers: { accept: 'application/json' } });
    if (!response.ok) {
      const server = response.status >= 500;
      await response.body?.cancel().catch(() => {});
      return {
        kind: server ? 'server' : 'done',
        result: fail(
          'http-error',
          `servern svarade ${response.status} ${response.statusText}`.trim() +
            (response.status === 404 ? ' (filen finns inte på adressen)' : ''),
          `the server answered ${response.status} ${response.statusText}`.trim() +
            (response.status === 404 ? ' (no file at that address)' : ''),
          { status: response.status, ...(server && { transient: true }) },
        ),
      };
    }
    const bytes = await readBytes(response, options.onProgress);
    return { kind: 'done', result: await parseJsonBytesAsync(bytes, response.headers.get('content-type')) };
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason ?? error;
    if (timer.signal.aborted) {
      return {
        kind: 'timeout',
        result: fail(
          'timeout',
          `servern svarade inte inom ${Math.round(timeout / 1000)} sekunder`,
          `the server did not answer within ${Math.round(timeout / 1000)} seconds`,
          { transient: true },
        ),
      };
    }
    const msg = error instanceof Error ? error.message : String(error);
    return {
      kind: 'network',
      result: fail('network-error', `nätverksfel: ${msg}`, `network error: ${msg}`, {
        transient: true,
      }),
    };
  } finally {
    clearTimeout(id);
  }
}

/** Parses JSON text from a file or response: strips a UTF-8 BOM, explains HTML and empty bodies. */
export function parseJsonText(text: string, contentType?: string | null): FetchOutcome {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = body.trimStart();
  if (trimmed === '')
    return fail('empty-body', 'svaret var tomt, ingen JSON', 'the response was empty, no JSON');
  if (trimmed.startsWith('<') || contentType?.includes('text/html')) {
    return fail(
      'html-instead-of-json',
      'svaret var en HTML-sida, inte JSON; kontrollera adressen till datafilen',
      'the response was an HTML page, not JSON; check the address of the data file',
    );
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    const truncated = /end of (JSON )?input|Unterminated/i.test(msg);
    return truncated
      ? fail(
          'invalid-json',
          `JSON-filen är ofullständig (avbruten): ${msg}`,
          `the JSON file is incomplete (cut off): ${msg}`,
        )
      : fail('invalid-json', `ogiltig JSON: ${msg}`, `invalid JSON: ${msg}`);
  }
}

/**
 * Parses the bytes of a JSON file: the encoding is detected (UTF-8, UTF-16 with BOM, else
 * Windows-1252 with a warning), so a file saved by a Swedish Windows program never shows "�".
 */
export function parseJsonBytes(
  bytes: ArrayBuffer | ArrayBufferView,
  contentType?: string | null,
): FetchOutcome {
  return withDecodingProblem(decodeText(bytes), contentType);
}

function withDecodingProblem(decoded: DecodedText, contentType?: string | null): FetchOutcome {
  const outcome = parseJsonText(decoded.text, contentType);
  return outcome.ok && decoded.problem ? { ...outcome, problems: [decoded.problem] } : outcome;
}

/**
 * `parseJsonBytes` in slices for a page's main thread: the bytes decoded a few megabytes at a time,
 * then parsed in a task of its own (`JSON.parse` of a 40 MB file cannot be split).
 */
export async function parseJsonBytesAsync(
  bytes: ArrayBuffer | ArrayBufferView,
  contentType?: string | null,
): Promise<FetchOutcome> {
  const decoded = await inSlices(decodeTextSteps(bytes));
  await yieldToPage();
  return withDecodingProblem(decoded, contentType);
}

/** A response's body as bytes; with `onProgress`, read as a stream and reported as it arrives. */
export async function readBytes(
  response: Response,
  onProgress?: FetchOptions['onProgress'],
): Promise<Uint8Array<ArrayBuffer>> {
  if (!onProgress || !response.body) return new Uint8Array(await response.arrayBuffer());
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : undefined;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    chunks.push(value);
    onProgress(loaded, total);
  }
  const out = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const id = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(id);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
