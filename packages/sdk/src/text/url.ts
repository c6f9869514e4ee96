const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const WEB_PROTOCOLS = new Set(['http:', 'https:']);

function protocolOf(value: string): string | undefined {
  try {
    // An absolute URL is required: relative links in shared data would resolve against the host page.
    return new URL(value.trim()).protocol;
  } catch {
    return undefined;
  }
}

/** True for absolute http, https, mailto and tel URLs: the only links the product renders. */
export function isSafeUrl(value: string): boolean {
  const p = protocolOf(value);
  return p !== undefined && SAFE_PROTOCOLS.has(p);
}

/** True for absolute http and https URLs. */
export function isWebUrl(value: string): boolean {
  const p = protocolOf(value);
  return p !== undefined && WEB_PROTOCOLS.has(p);
}

/** The URL itself when safe to render as a link, else undefined. */
export function safeUrl(value: unknown): string | undefined {
  return typeof value === 'string' && isSafeUrl(value) ? value.trim() : undefined;
}
