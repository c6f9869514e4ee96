// Vue (GlobalComponents) and Svelte (svelteHTML) typings against the packed package (tests/pack.test.ts).
import type {} from '@samordningskartan/elements/jsx/svelte';
import type {} from '@samordningskartan/elements/jsx/vue';
import type { GlobalComponents } from 'vue';

type VueProps<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];
export const vue: VueProps<'insats-sok'> = {
  src: 'x',
  staleMonths: 3,
  onInsatsSokSelect: (e) => e.detail.id,
};
export const vueMap: VueProps<'samordning-karta'> = { onSamordningKartaOpenService: (e) => e.detail.id };
// @ts-expect-error -- staleMonths is a number
export const vueWrong: VueProps<'insats-sok'> = { staleMonths: 'x' };

export const svelte: svelteHTML.IntrinsicElements['insats-sok'] = {
  src: 'x',
  class: 'a',
  'oninsats-sok-select': (e) => e.detail.id,
  'on:insats-sok-load': (e) => e.detail.errors,
};
// @ts-expect-error -- association is a string
export const svelteWrong: svelteHTML.IntrinsicElements['samordning-analys'] = { association: 3 };
