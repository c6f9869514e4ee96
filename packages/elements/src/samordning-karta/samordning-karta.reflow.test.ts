import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { kartaFixture } from './fixtures/karta-fixture.js';
import type { SamordningKarta } from './samordning-karta.js';
import './define.js';

// WCAG 1.4.10 (reflow at 320 CSS px) and 1.4.12 (text spacing), in every state of the map.

const PANELS = 'aside, figure, [role="tree"], .controls, .notice, .legend, button, select, summary';

/** Elements of the shadow tree that stick out of the host sideways, or hide content sideways. */
function overflow(el: SamordningKarta): string[] {
  const host = el.getBoundingClientRect();
  const out: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (node.closest('.visually-hidden, [hidden], .cy, svg, datalist, option')) continue;
    // The content of a closed disclosure is not shown.
    if (node.closest('details:not([open]) > :not(summary)')) continue;
    const r = node.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const name = `${node.localName}${node.className ? `.${String(node.className).replace(/\s+/g, '.')}` : ''}`;
    // Inside the host, and inside the panel it sits in (text spilling out of a bordered box).
    const panel = node.parentElement?.closest<HTMLElement>(PANELS);
    const box = panel?.getBoundingClientRect() ?? host;
    // A panel that scrolls vertically (the tree) may hold more rows than it shows.
    const bottom = panel && getComputedStyle(panel).overflowY === 'visible' ? box.bottom : Infinity;
    if (r.right > host.right + 1 || r.left < host.left - 1)
      out.push(`${name} ${Math.round(r.left)}–${Math.round(r.right)} outside ${host.left}–${host.right}`);
    else if (r.right > box.right + 1 || r.bottom > bottom + 1)
      out.push(
        `${name} spills out of ${panel?.localName}.${panel?.className} (${Math.round(r.right)}, ${Math.round(r.bottom)} > ${Math.round(box.right)}, ${Math.round(bottom)})`,
      );
    else if (node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible')
      out.push(`${name} scrolls or clips sideways (${node.scrollWidth} > ${node.clientWidth})`);
  }
  return out;
}

/** Elements whose content is cut off (clipped without a way to scroll to it). */
function clipped(el: SamordningKarta): string[] {
  const out: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (node.closest('.visually-hidden, [hidden], .cy, svg')) continue;
    const style = getComputedStyle(node);
    const clips = style.overflowX === 'hidden' || style.overflowY === 'hidden' || style.overflow === 'clip';
    if (!clips) continue;
    if (node.scrollHeight > node.clientHeight + 1 || node.scrollWidth > node.clientWidth + 1)
      out.push(
        `${node.localName}.${node.className} ${node.scrollWidth}×${node.scrollHeight} in ${node.clientWidth}×${node.clientHeight}`,
      );
  }
  return out;
}

const TEXT_SPACING = new CSSStyleSheet();
TEXT_SPACING.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`);

const DEMO = '/examples/data/demo.json';

async function at(width: number, view: string, data: unknown = kartaFixture()): Promise<SamordningKarta> {
  await setViewport({ width, height: 800 });
  const el = await fixture<SamordningKarta>(
    data === DEMO
      ? html`<samordning-karta view=${view} src=${DEMO}></samordning-karta>`
      : html`<samordning-karta view=${view} .data=${data}></samordning-karta>`,
  );
  await waitUntil(() => el.loaded || el.shadowRoot!.querySelector('[role="alert"]'), 'settled', {
    timeout: 8000,
  });
  await el.updateComplete;
  return el;
}

/** Opens every disclosure and selects a record with long names around it. */
async function everythingOpen(el: SamordningKarta): Promise<void> {
  for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
  el.select('samordningsteamet');
  await el.updateComplete;
  // Not a frame: a test page in a background tab gets none.
  await new Promise((r) => setTimeout(r, 20));
}

describe('<samordning-karta> reflow and text spacing', function () {
  // Several mounts of the demo data per test.
  this.timeout(30_000);
  after(() => setViewport({ width: 800, height: 600 }));

  it('no horizontal scroll at 320 px: list view with filters, legend and details open', async () => {
    const long = kartaFixture();
    (long.organisations as Array<Record<string, unknown>>).push({
      id: 'lang',
      kind: 'coordinationAssociation',
      name: 'Samordningsförbundet för rehabiliteringsinsatser i Västmanlands läns västra kommuner',
      municipalities: ['1980'],
    });
    const el = await at(320, 'lista', long);
    await everythingOpen(el);
    expect(overflow(el)).to.deep.equal([]);
    expect(clipped(el)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('no horizontal scroll at 320 px: deepest tree rows, graph view, error', async () => {
    const el = await at(320, 'lista', DEMO);
    // Open every level, so the deepest rows (units, their insatser) are shown.
    const tree = el.shadowRoot!.querySelector<HTMLElement>('[role="tree"]')!;
    for (let i = 0; i < 5; i++) {
      for (const item of tree.querySelectorAll<HTMLElement>('[aria-expanded="false"]')) {
        item.querySelector<HTMLElement>('.twisty')!.click();
        await el.updateComplete;
      }
    }
    expect(tree.querySelectorAll('[aria-level="3"]').length).to.be.greaterThan(0);
    await el.updateComplete;
    expect(overflow(el)).to.deep.equal([]);
    el.view = 'organisation';
    await waitUntil(() => el.layout, 'drawn', { timeout: 5000 });
    await everythingOpen(el);
    expect(overflow(el)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const broken = await at(320, 'lista', { formatVersion: 2 });
    expect(broken.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    for (const d of broken.shadowRoot!.querySelectorAll('details')) d.open = true;
    expect(overflow(broken)).to.deep.equal([]);
  });

  it('text spacing (WCAG 1.4.12) at 1280 px loses no content', async () => {
    // Full width, and the map column of the example page (3/5 of the page beside the search).
    for (const [view, width] of [
      ['organisation', ''],
      ['lista', ''],
      ['organisation', '60%'],
      ['lista', '60%'],
    ] as const) {
      const el = await at(1280, view, DEMO);
      el.style.width = width;
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, TEXT_SPACING];
      await everythingOpen(el);
      if (view !== 'lista') await waitUntil(() => el.layout, 'drawn', { timeout: 5000 });
      expect(overflow(el), `${view} ${width}`).to.deep.equal([]);
      expect(clipped(el), `${view} ${width}`).to.deep.equal([]);
    }
  });
});
