// Type-checked against the packed packages by tests/pack.test.ts: what a TypeScript user writes.

import { type InsatsSok, type InsatsSokSelectDetail, SamordningKarta } from '@samordningskartan/elements';
import { SamordningAnalys } from '@samordningskartan/elements/samordning-analys';
import { coverage, type Dataset, loadDataset, type Problem } from '@samordningskartan/sdk';
import { datasetToTables } from '@samordningskartan/sdk/interop';
import '@samordningskartan/elements/insats-sok/define.js';
import type { SamordningskartanElements } from '@samordningskartan/elements/jsx';

export async function gaps(url: string): Promise<number> {
  const { dataset, problems }: { dataset: Dataset; problems: Problem[] } = await loadDataset(url);
  datasetToTables(dataset.data);
  return problems.length + coverage(dataset).gaps.length;
}

export function listen(el: InsatsSok): void {
  el.addEventListener('insats-sok-select', (e) => {
    const detail: InsatsSokSelectDetail = e.detail;
    console.log(detail.id);
  });
  // @ts-expect-error -- src is a string
  el.src = 42;
}

export const tag: HTMLElementTagNameMap['samordning-karta'] = new SamordningKarta();
export const analys: typeof SamordningAnalys = SamordningAnalys;
export type KartaEvents = SamordningskartanElements['samordning-karta']['events'];
