import { expect } from '@open-wc/testing';
import type { StylesheetStyle } from 'cytoscape';
import { cytoscapeStyle } from './cytoscape-loader.js';
import { EDGE_KINDS, NODE_TYPES } from './encoding.js';

// The test runner's Chromium (puppeteer) cannot emulate forced-colors, so the canvas's stylesheet is
// built for forced mode directly, from a container whose system colours resolve to known values.
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
