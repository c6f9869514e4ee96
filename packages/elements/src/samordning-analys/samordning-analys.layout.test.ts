import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { type Dataset, loadDataset } from '@samordningskartan/sdk';
import { setViewport } from '@web/test-runner-commands';
import { analysisFixture } from '../../../sdk/test/fixtures/analysis-fixture.js';
import { applyTheme, THEMES } from '../shared/themes.js';
import './define.js';
import type { SamordningAnalys } from './samordning-analys.js';

// Reflow (WCAG 1.4.10), text spacing (1.4.12) and the dark theme, in every state of the element.
// A wide table may scroll inside its own focusable, labelled region; the page never scrolls sideways.

let fixtureData: Dataset;
let demo: Dataset;
before(async () => {
  fixtureData = (await loadDataset(analysisFixture)).dataset;
  demo = (await loadDataset('/examples/data/demo.json')).dataset;
});
afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
});

const $ = (el: SamordningAnalys, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);

async function settled(el: SamordningAnalys): Promise<void> {
  const start = Date.now();
  while (!el.analysis && !$(el, '[role="alert"]')) {
    if (Date.now() - start > 8000) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
  await el.updateComplete;
}

/** Every state worth checking: loading, error, the views of one förbund, one kommun and all förbund. */
const STATES: Array<[string, () => Promise<SamordningAnalys>]> = [
  [
    'loading',
    async () => {
      const el = await fixture<SamordningAnalys>(html`<samordning-analys></samordning-analys>`);
      const realFetch = globalThis.fetch;
      globalThis.fetch = (() => new Promise<Response>(() => {})) as typeof fetch;
      el.src = '/slow.json';
      await el.updateComplete;
      globalThis.fetch = realFetch;
      return el;
    },
  ],
  [
    'a permanent error',
    async () => {
      const el = await fixture<SamordningAnalys>(html`<samordning-analys></samordning-analys>`);
      const loaded = oneEvent(el, 'samordning-analys-load');
      el.src = '/finns-inte-heller.json';
      await loaded;
      await el.updateComplete;
      return el;
    },
  ],
  ['an unknown förbund', () => mount({ association: 'samordningsforbundet-som-inte-finns-i-datan' })],
  ['Västerås', () => mount({ association: 'forbund-vasteras' })],
  ['Västerås, English', () => mount({ association: 'forbund-vasteras', lang: 'en' })],
  ['the longest förbund name', () => mount({ association: 'forbund-vastra-varmlands-och-norra-dalslands' })],
  ['every förbund', () => mount({})],
  ['one kommun', () => mount({ municipality: 'Västerås' })],
  [
    'a coverage cell opened',
    async () => {
      const el = await mount({ association: 'fb' }, fixtureData);
      $(el, 'button[data-table="coverage"]')!.click();
      await el.updateComplete;
      return el;
    },
  ],
  [
    'a collaboration pair opened, by kind, age bands',
    async () => {
      const el = await mount({ association: 'fb' }, fixtureData);
      ($(el, 'input[name="rows"][value="ageBand"]') as HTMLInputElement).click();
      ($(el, 'input[name="axis"][value="kind"]') as HTMLInputElement).click();
      await el.updateComplete;
      $(el, 'button[data-table="collaboration"]')!.click();
      await el.updateComplete;
      return el;
    },
  ],
];

async function mount(
  attrs: { association?: string; municipality?: string; lang?: string },
  data: Dataset = demo,
): Promise<SamordningAnalys> {
  const el = await fixture<SamordningAnalys>(
    html`<samordning-analys
      association=${attrs.association ?? ''}
      municipality=${attrs.municipality ?? ''}
      lang=${attrs.lang ?? 'sv'}
      .data=${data}
    ></samordning-analys>`,
  );
  await settled(el);
  return el;
}

/** Elements that stick out to the right of the viewport, outside a table's own scroll region. */
function overflowing(el: SamordningAnalys, width: number): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((n) => !n.closest('.table-wrap') || n.classList.contains('table-wrap'))
    .filter((n) => n.getBoundingClientRect().right > width + 0.5)
    .map((n) => `${n.tagName.toLowerCase()}.${n.className} ${n.getBoundingClientRect().right}`);
}

const SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

/** Applies the WCAG 1.4.12 text spacing to the page and inside the element's shadow root. */
function spaceText(el: SamordningAnalys): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SPACING);
  const root = el.shadowRoot!;
  const before = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...before, sheet];
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    root.adoptedStyleSheets = before;
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

describe('<samordning-analys> reflow and text spacing', function () {
  this.timeout(30_000);
  for (const [name, make] of STATES) {
    it(`no horizontal scroll at 320 CSS px, with and without text spacing: ${name}`, async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await make();
      expect(window.innerWidth).to.equal(320);
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
      expect(overflowing(el, 320)).to.deep.equal([]);
      const undo = spaceText(el);
      try {
        expect(document.documentElement.scrollWidth, 'page width with text spacing').to.be.at.most(320);
        expect(overflowing(el, 320)).to.deep.equal([]);
        // Nothing is cut off: no control's text is taller or wider than its box.
        for (const c of el.shadowRoot!.querySelectorAll<HTMLElement>(
          'button, label, legend, th, td, caption',
        )) {
          expect(c.scrollHeight, c.textContent!).to.be.at.most(c.clientHeight + 1);
        }
      } finally {
        undo();
      }
      // Every table scrolls in its own region, which is focusable and named by the caption.
      for (const wrap of el.shadowRoot!.querySelectorAll<HTMLElement>('.table-wrap')) {
        expect(wrap.getAttribute('role')).to.equal('region');
        expect(wrap.tabIndex).to.equal(0);
        const caption = el.shadowRoot!.getElementById(wrap.getAttribute('aria-labelledby')!);
        expect(caption?.tagName).to.equal('CAPTION');
      }
      await expect(el).to.be.accessible();
    });
  }
});

/** A CSS colour (any syntax the browser knows) as [r, g, b] 0–255, read back from a canvas. */
function rgb(color: string): [number, number, number] {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, b2] = rgb(c).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

describe('<samordning-analys> dark theme', () => {
  for (const theme of ['default', 'dark'] as const) {
    it(`every heat level and the gap stripes keep 4.5:1 (${theme}), and axe passes`, async () => {
      const undo = applyTheme(THEMES[theme]);
      try {
        const el = await mount({ association: 'fb' }, fixtureData);
        $(el, 'button[data-table="coverage"]')!.click();
        await el.updateComplete;
        const host = getComputedStyle(el);
        const levels = new Set<string>();
        for (const td of el.shadowRoot!.querySelectorAll<HTMLElement>('td.cell, td.self')) {
          const style = getComputedStyle(td);
          const text = style.color;
          const level = [...td.classList].find((c) => c.startsWith('level-')) ?? 'self';
          levels.add(level);
          // A gap is striped: its text must hold against both stripes.
          const backgrounds =
            level === 'level-0'
              ? [host.getPropertyValue('--_gap'), host.getPropertyValue('--_bg')]
              : [style.backgroundColor];
          for (const bg of backgrounds) expect(contrast(text, bg), `${level} on ${bg}`).to.be.at.least(4.5);
        }
        expect([...levels]).to.include.members(['level-0', 'level-4', 'self']);
        await expect(el).to.be.accessible();
      } finally {
        undo();
      }
    });
  }
});
