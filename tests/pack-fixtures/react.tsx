// React 19 JSX against the packed typings (tests/pack.test.ts).
import type {} from '@samordningskartan/elements/jsx/react';

export const ok = (
  <insats-sok
    src="/data/demo.json"
    staleMonths={6}
    className="sok"
    oninsats-sok-select={(e) => e.detail.id.toUpperCase()}
  />
);
export const map = <samordning-karta view="tree" onsamordning-karta-select={(e) => e.detail.kind} />;
// @ts-expect-error -- unknown property
export const unknownProp = <samordning-analys bogus="1" />;
// @ts-expect-error -- the detail has no such field
export const wrongDetail = <insats-sok oninsats-sok-load={(e) => e.detail.nope} />;
