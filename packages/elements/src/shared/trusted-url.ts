interface TrustedTypePolicyLike {
  createScriptURL(url: string): unknown;
}
declare const trustedTypes:
  | {
      createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): TrustedTypePolicyLike;
    }
  | undefined;

let policy: TrustedTypePolicyLike | undefined;

/**
 * A script URL as `new Worker()` takes it under `require-trusted-types-for 'script'`: through the
 * policy named `samordningskartan` (docs/bädda-in.md), which passes only the catalogue worker's own
 * URLs — a `blob:` URL this page made, or a URL ending in the worker's file name.
 */
export function trustedScriptUrl(url: string): string {
  if (typeof trustedTypes === 'undefined') return url;
  policy ??= trustedTypes.createPolicy('samordningskartan', {
    createScriptURL: (u) => {
      if (u.startsWith('blob:') || /\/catalogue-worker[\w-]*\.[jt]s$/.test(new URL(u).pathname)) return u;
      throw new TypeError(`samordningskartan: refused script URL ${u}`);
    },
  });
  return policy.createScriptURL(url) as string;
}
