import type { LoadResult, Problem } from '@samordningskartan/sdk';

/**
 * Why loading failed, in the terms a UI explains it: transient reasons (`network`, `timeout`,
 * `server`, `unknown`) may pass when tried again; the others need the webmaster to fix something.
 */
export type LoadErrorReason =
  | 'network'
  | 'timeout'
  | 'server'
  | 'unknown'
  | 'not-found'
  | 'http'
  | 'not-json'
  | 'empty'
  | 'format-version'
  | 'shape'
  | 'invalid';

/** What the error view needs of a load: its problems and their counts (an SDK `LoadResult` is one). */
export type LoadReport = Pick<LoadResult, 'problems' | 'errors' | 'warnings' | 'fatal'>;

/** Loading gave nothing to show: the SDK's problems, classified. */
export class LoadError extends Error {
  readonly reason: LoadErrorReason;
  /** True when trying again may help; the error view offers "Försök igen" only then. */
  readonly transient: boolean;
  readonly problems: readonly Problem[];
  readonly result: LoadReport | undefined;

  constructor(result: LoadReport | undefined, cause?: unknown) {
    const problems = result?.problems ?? [];
    const reason = classify(problems, cause);
    super(`loading failed: ${reason}`, cause === undefined ? undefined : { cause });
    this.name = 'LoadError';
    this.reason = reason;
    this.problems = problems;
    this.result = result;
    // With several sources, one that may come back makes retrying worth it.
    this.transient =
      problems.some((p) => p.transient) ||
      reason === 'network' ||
      reason === 'timeout' ||
      reason === 'server' ||
      reason === 'unknown';
  }
}

function classify(problems: readonly Problem[], cause: unknown): LoadErrorReason {
  const p = problems.find((x) => x.fatal) ?? problems.find((x) => x.severity === 'error');
  if (!p) return cause === undefined ? 'invalid' : 'unknown';
  switch (p.code) {
    case 'network-error':
      return 'network';
    case 'timeout':
      return 'timeout';
    case 'http-error':
      if (p.transient || (p.status ?? 0) >= 500) return 'server';
      return p.status === 404 || p.status === 410 ? 'not-found' : 'http';
    case 'html-instead-of-json':
    case 'invalid-json':
      return 'not-json';
    case 'empty-body':
      return 'empty';
    case 'missing-format-version':
    case 'unsupported-format-version':
      return 'format-version';
    case 'not-an-object':
      return 'shape';
    default:
      return 'invalid';
  }
}
