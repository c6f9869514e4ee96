interface TrustedTypePolicyLike {
  createScriptURL(url: string): unknown;
}
declare const trustedTypes:
  | {
      createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): TrustedTypePolicyLike;
    }
  | undefined;

let policy: TrustedTypePolicyLike | undefined;
/** The `blob:` URLs this module made: the only ones the policy passes. */
const made = new Set<string>();

/** A `blob:` URL of checked worker code, passed by the policy. */
export function blobScriptUrl(code: Blob): string {
  const url = URL.createObjectURL(code);
  made.add(url);
  return trustedScriptUrl(url);
}

/**
 * A script URL as `new Worker()` takes it under `require-trusted-types-for 'script'`: through the
 * policy named `samordningskartan` (docs/bädda-in.md), the only one the elements create. It passes only
 * the workers' own URLs (the catalogue's and granska's reader) — a `blob:` URL made by `blobScriptUrl`, or
 * a URL ending in a worker's file name.
 */
export function trustedScriptUrl(url: string): string {
  if (typeof trustedTypes === 'undefined') return url;
  policy ??= trustedTypes.createPolicy('samordningskartan', {
    createScriptURL: (u) => {
      if (made.has(u) || /\/(catalogue|read)-worker[\w-]*\.[jt]s$/.test(new URL(u).pathname)) return u;
      throw new TypeError(`samordningskartan: refused script URL ${u}`);
    },
  });
  return policy.createScriptURL(url) as string;
}
