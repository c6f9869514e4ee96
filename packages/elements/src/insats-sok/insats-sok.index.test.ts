// <insats-sok index="…">: the prebuilt search index (`samordningskartan index`). Built here with the
// SDK from the bytes the test server serves, so it always belongs to the file (or, changed, does not).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { buildIndexFile } from '@samordningskartan/sdk';
import './define.js';
import type { InsatsSok, InsatsSokLoadDetail } from './insats-sok.js';

const DEMO = '/examples/data/demo.json';
let run = 0;
const blobs: string[] = [];
after(() => {
  for (const b of blobs) URL.revokeObjectURL(b);
});

/** The index of `bytes` as a blob URL (same origin: the worker can fetch it). */
function indexUrl(bytes: Uint8Array): string {
  const built = buildIndexFile(bytes);
  expect(built.file, 'the demo file indexes').to.exist;
  const url = URL.createObjectURL(new Blob([built.file as Uint8Array<ArrayBuffer>]));
  blobs.push(url);
  return url;
}

/** Mounts an element on its own copy of the demo URL (its own catalogue), with or without an index. */
async function mount(
  index?: string,
  association?: string,
): Promise<{ el: InsatsSok; detail: InsatsSokLoadDetail }> {
  const host = await fixture<HTMLElement>(html`<insats-sok debug></insats-sok>`);
  const el = host as unknown as InsatsSok;
  const loaded = oneEvent(host, 'insats-sok-load');
  if (association) el.association = association;
  if (index) el.index = index;
  el.src = `${DEMO}?run=${run++}`;
  const detail = ((await loaded) as CustomEvent<InsatsSokLoadDetail>).detail;
  await el.updateComplete;
  return { el, detail };
}
const root = (el: InsatsSok) => el.shadowRoot!;
const hitIds = (el: InsatsSok) =>
  [...root(el).querySelectorAll<HTMLAnchorElement>('a[data-id]')].map((a) => a.dataset.id);
const countText = (el: InsatsSok) => root(el).querySelector('[part=count]')!.textContent!.trim();
const facetText = (el: InsatsSok) =>
  [...root(el).querySelectorAll('fieldset label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
async function type(el: InsatsSok, text: string) {
  const input = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 50));
  await el.updateComplete;
}

describe('<insats-sok index>', () => {
  let bytes: Uint8Array;
  before(async () => {
    bytes = new Uint8Array(await (await fetch(DEMO)).arrayBuffer());
  });

  it('answers from the prebuilt index with the same hits, counts and facets as indexing the file', async () => {
    const plain = await mount();
    const pre = await mount(indexUrl(bytes));
    expect(plain.detail.prebuiltIndex).to.equal(false);
    expect(pre.detail.prebuiltIndex).to.equal(true);
    expect(pre.detail.warnings).to.equal(plain.detail.warnings);
    expect(pre.detail.errors).to.equal(plain.detail.errors);
    for (const q of ['', 'arbets', 'unga vuxna', 'samordningsteamt']) {
      await type(plain.el, q);
      await type(pre.el, q);
      expect(hitIds(pre.el), q).to.deep.equal(hitIds(plain.el));
      expect(countText(pre.el), q).to.equal(countText(plain.el));
      expect(facetText(pre.el), q).to.deep.equal(facetText(plain.el));
    }
    expect(hitIds(pre.el).length).to.be.greaterThan(0);
    await expect(pre.el).to.be.accessible();
  });

  it('restricted to a förbund (which reads every insats first), the same hits', async () => {
    const data = JSON.parse(new TextDecoder().decode(bytes)) as {
      organisations: Array<{ id: string; kind: string }>;
    };
    const association = data.organisations.find((o) => o.kind === 'coordinationAssociation')!.id;
    const plain = await mount(undefined, association);
    const pre = await mount(indexUrl(bytes), association);
    expect(pre.detail.prebuiltIndex).to.equal(true);
    expect(hitIds(pre.el)).to.deep.equal(hitIds(plain.el));
    expect(countText(pre.el)).to.equal(countText(plain.el));
  });

  it('ignores an index of another version of the file, with a notice, and indexes the file', async () => {
    const changed = new TextEncoder().encode(`${new TextDecoder().decode(bytes)} `);
    const plain = await mount();
    const pre = await mount(indexUrl(changed));
    expect(pre.detail.prebuiltIndex).to.equal(false);
    expect(pre.detail.warnings).to.equal(plain.detail.warnings + 1);
    const notice = root(pre.el).querySelector('[part~=data-notice]')!.textContent!;
    expect(notice).to.include('sökindexet används inte: datafilen har ändrats');
    await type(pre.el, 'arbets');
    await type(plain.el, 'arbets');
    expect(hitIds(pre.el)).to.deep.equal(hitIds(plain.el));
    await expect(pre.el).to.be.accessible();
  });

  it('an index that cannot be fetched: a notice, and the file is indexed', async () => {
    const pre = await mount('/examples/data/finns-inte.index');
    expect(pre.detail.prebuiltIndex).to.equal(false);
    const notice = root(pre.el).querySelector('[part~=data-notice]')!.textContent!;
    expect(notice).to.include('det kunde inte hämtas (404');
    expect(countText(pre.el)).to.match(/^\d+ insatser$/);
  });
});
