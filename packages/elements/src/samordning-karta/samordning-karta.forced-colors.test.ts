import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { StylesheetStyle } from 'cytoscape';
import { NODE_PALETTE } from '../shared/palette.js';
import { cytoscapeStyle } from './cytoscape-style.js';
import { EDGE_KINDS, NODE_TYPES } from './encoding.js';
import type { SamordningKarta } from './samordning-karta.js';
import './define.js';

// The stylesheet built for forced mode directly, from a container whose system colours resolve to
// known values (the exact mapping); the live switch under real emulation is below.
describe('<samordning-karta> canvas in forced colours', () => {
  it('fills, lines, labels and the selection take the system colours, not the palette', async () => {
    // Not fixture(): it waits for an animation frame, which a page in the background never gets.
    const host = document.createElement('div');
    document.body.append(host);
    const container = document.createElement('div');
    container.style.color = 'rgb(255, 255, 0)';
    container.style.backgroundColor = 'rgb(0, 0, 0)';
    container.style.outlineColor = 'rgb(0, 255, 255)';
    host.append(container);
    const style = cytoscapeStyle(host, container, true) as StylesheetStyle[];
    const rule = (selector: string) =>
      style.filter((r) => r.selector === selector).map((r) => r.style as Record<string, unknown>);
    for (const type of NODE_TYPES) {
      expect(rule(`node[type = "${type}"]`)[0]!['background-color'], type).to.equal('rgb(0, 0, 0)');
    }
    for (const kind of EDGE_KINDS) {
      expect(rule(`edge[kind = "${kind}"]`)[0]!['line-color'], kind).to.equal('rgb(255, 255, 0)');
    }
    expect(rule('node')[0]!.color).to.equal('rgb(255, 255, 0)');
    expect(rule('node:selected').at(-1)!['border-color']).to.equal('rgb(0, 255, 255)');
    // Not forced: the palette.
    const normal = cytoscapeStyle(host, container, false) as StylesheetStyle[];
    const fill = normal.find((r) => r.selector === 'node[type = "service"]')!.style as Record<
      string,
      unknown
    >;
    expect(fill['background-color']).to.not.equal('rgb(0, 0, 0)');
    host.remove();
  });
});

// Real forced colours: Chromium's emulation (scripts/wtr-forced-colors.mjs), turned on while the map
// is drawn. The canvas must take the system colours at once, without a reload.
describe('<samordning-karta> when forced colours are turned on and off', () => {
  // The coloured fills (white, the insats fill, is also a common system background).
  const palette = new Set(
    Object.values(NODE_PALETTE)
      .map((hex) => hex.toLowerCase())
      .filter((hex) => hex !== '#ffffff'),
  );
  const hex = (r: number, g: number, b: number) =>
    `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  /** How many canvas pixels have a palette fill, and how many the given colour. */
  function pixels(el: SamordningKarta, colour: string): { palette: number; colour: number } {
    let inPalette = 0;
    let matching = 0;
    for (const canvas of el.shadowRoot!.querySelectorAll<HTMLCanvasElement>('[part="canvas"] canvas')) {
      if (!canvas.width || !canvas.height) continue;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] !== 255) continue;
        const c = hex(data[i]!, data[i + 1]!, data[i + 2]!);
        if (palette.has(c)) inPalette++;
        if (c === colour) matching++;
      }
    }
    return { palette: inPalette, colour: matching };
  }
  const rgbHex = (rgb: string) => {
    const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
    return hex(r!, g!, b!);
  };

  afterEach(() => executeServerCommand('forced-colors', { active: false }));

  it('restyles the drawn canvas live: system colours on, the palette back off', async function () {
    this.timeout(20_000);
    const el = await fixture<SamordningKarta>(
      html`<samordning-karta src="/examples/data/demo.json" association="forbund-vasteras" view="organisation" style="width: 1280px"></samordning-karta>`,
    );
    await waitUntil(() => el.layout?.nodes.length, 'map drawn', { timeout: 10000 });
    // Off, and this tab in front, where the canvas paints.
    await executeServerCommand('forced-colors', { active: false });
    await waitUntil(() => pixels(el, '#000000').palette > 100, 'palette fills drawn', { timeout: 3000 });
    await executeServerCommand('forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const container = el.shadowRoot!.querySelector('[part="canvas"]')!;
    const text = rgbHex(getComputedStyle(container).color);
    await waitUntil(() => pixels(el, text).palette === 0, 'palette gone', { timeout: 3000 });
    expect(pixels(el, text).colour, `pixels in CanvasText ${text}`).to.be.greaterThan(100);
    await expect(el).to.be.accessible();
    await executeServerCommand('forced-colors', { active: false });
    await waitUntil(() => pixels(el, text).palette > 100, 'palette back', { timeout: 3000 });
  });
});
