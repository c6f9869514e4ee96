import type { Core, EdgeSingular, ElementDefinition, StylesheetJson } from 'cytoscape';
import { readPalette, readToken } from '../shared/palette.js';
import { EDGE_KINDS, EDGE_LOOK, NODE_SHAPE, NODE_TYPES } from './encoding.js';

/** Cytoscape's default export: the function that makes an instance. */
export type CytoscapeFactory = typeof import('cytoscape');

/** Cytoscape adds `<style id=…>` to document.head unless an element with this id exists. */
const CYTOSCAPE_STYLE_ID = '__________cytoscape_stylesheet';

/**
 * Creates a Cytoscape instance without the `<style>` it would put into document.head (blocked and
 * reported under `style-src 'self'`): an inert `<template>` with its id stands in while the renderer
 * starts, and is removed again so the page is left as it was. The one rule that style held
 * (`position: relative` on the container) is in the element's own styles.
 */
export function createCytoscape(
  cytoscape: CytoscapeFactory,
  container: HTMLElement,
  elements: ElementDefinition[],
  style: StylesheetJson,
): Core {
  const doc = container.ownerDocument;
  let marker: HTMLTemplateElement | undefined;
  if (!doc.getElementById(CYTOSCAPE_STYLE_ID)) {
    marker = doc.createElement('template');
    marker.id = CYTOSCAPE_STYLE_ID;
    doc.head.append(marker);
  }
  try {
    return cytoscape({
      container,
      elements,
      style,
      layout: { name: 'preset', fit: false },
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autoungrabify: true,
      selectionType: 'single',
      textureOnViewport: elements.length > 3000,
      hideEdgesOnViewport: elements.length > 3000,
    });
  } finally {
    marker?.remove();
  }
}

/**
 * The system colours in forced-colours mode (Windows high contrast), resolved by the canvas
 * container's styles (`CanvasText`, `Canvas`, `Highlight`); undefined otherwise.
 */
export function forcedColours(
  container: Element,
  active = typeof matchMedia === 'function' && matchMedia('(forced-colors: active)').matches,
): { text: string; canvas: string; highlight: string } | undefined {
  if (!active) return undefined;
  const style = getComputedStyle(container);
  return { text: style.color, canvas: style.backgroundColor, highlight: style.outlineColor };
}

/** Label size in model units: at the initial zoom (never below 1) labels are at least 12 CSS px. */
export const LABEL_PX = 12;

/**
 * The Cytoscape stylesheet as data (never CSS text): shape and colour per node type, line style,
 * arrow and colour per edge kind. Colours come from the design tokens as computed on the host: the
 * node and edge palette (`--sk-node-<type>`, `--sk-edge-<kind>`), text and selection.
 */
export function cytoscapeStyle(host: Element, container?: Element, forcedMode?: boolean): StylesheetJson {
  const forced = container ? forcedColours(container, forcedMode) : undefined;
  const text = forced?.text ?? readToken(host, '--_text', '#1b1b1b');
  const accent = forced?.highlight ?? readToken(host, '--samordning-karta-selected', text);
  const palette = readPalette(host);
  if (forced) {
    // Forced colours: every fill the background, every line and label the text colour, the selection
    // the highlight; shapes and line styles still tell the kinds apart.
    for (const k of Object.keys(palette.nodes) as Array<keyof typeof palette.nodes>)
      palette.nodes[k] = forced.canvas;
    for (const k of Object.keys(palette.edges) as Array<keyof typeof palette.edges>)
      palette.edges[k] = forced.text;
  }
  // The host's computed font (the page's, unless a font property is set). Cytoscape rejects quoted
  // family names: keep the unquoted ones.
  const font =
    (getComputedStyle(host).fontFamily || 'sans-serif')
      .split(',')
      .map((f) => f.trim())
      .filter((f) => /^[\w -]+$/.test(f))
      .join(', ') || 'sans-serif';
  const style: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': font,
        'font-size': LABEL_PX,
        color: text,
        'text-wrap': 'wrap',
        'text-max-width': '150px',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        // Labels too small to read are not drawn: the big win when a large map is zoomed out.
        'min-zoomed-font-size': 7,
        width: 30,
        height: 30,
        'border-width': 1.5,
        'border-color': text,
      },
    },
    {
      selector: ':parent',
      style: {
        shape: 'round-rectangle',
        'background-opacity': 0.08,
        'text-valign': 'top',
        'text-margin-y': -4,
        padding: '14px',
        'border-style': 'dashed',
      },
    },
    {
      selector: 'edge',
      style: { 'curve-style': 'bezier', 'arrow-scale': 1.1, opacity: 0.85 },
    },
    {
      // Bend points from the SDK's lane layout: orthogonal routes around the nodes.
      selector: 'edge.routed',
      style: {
        'curve-style': 'segments',
        'segment-weights': 'data(sw)',
        'segment-distances': 'data(sd)',
        'edge-distances': 'node-position',
      },
    },
    { selector: 'edge.from-below', style: { 'source-endpoint': '0% 50%' } },
    { selector: 'edge.from-above', style: { 'source-endpoint': '0% -50%' } },
    { selector: 'edge.to-below', style: { 'target-endpoint': '0% 50%' } },
    { selector: 'edge.to-above', style: { 'target-endpoint': '0% -50%' } },
    {
      selector: 'node:selected',
      style: { 'border-width': 5, 'border-color': accent, 'font-weight': 'bold', 'z-index': 10 },
    },
    { selector: 'edge:selected', style: { width: 4 } },
    { selector: '.faded', style: { opacity: 0.12 } },
  ];
  for (const type of NODE_TYPES) {
    style.push({
      selector: `node[type = "${type}"]`,
      style: {
        shape: NODE_SHAPE[type],
        'background-color': palette.nodes[type],
      },
    });
  }
  for (const kind of EDGE_KINDS) {
    const look = EDGE_LOOK[kind];
    const c = palette.edges[kind];
    style.push({
      selector: `edge[kind = "${kind}"]`,
      style: {
        'line-color': c,
        'target-arrow-color': c,
        'line-style': look.line,
        ...(look.dash && { 'line-dash-pattern': look.dash }),
        'target-arrow-shape': look.arrow,
        width: kind === 'sharedService' ? 'mapData(weight, 1, 10, 1, 6)' : look.width,
      },
    });
  }
  // Two members with no collaboration: a sparse dashed line in the text colour, crossed, labelled.
  const background = forced?.canvas ?? readToken(host, '--_bg', '#ffffff');
  style.push({
    selector: 'edge.gap',
    style: {
      'line-color': text,
      'line-style': 'dashed',
      'line-dash-pattern': [3, 5],
      width: 2,
      'target-arrow-shape': 'none',
      'mid-target-arrow-shape': 'tee',
      'mid-target-arrow-color': text,
      label: 'data(label)',
      'font-size': LABEL_PX,
      'font-family': font,
      color: text,
      'text-background-color': background,
      'text-background-opacity': 1,
      'text-background-padding': '2px',
      // Moved off other labels and nodes by edge-labels.ts.
      'text-margin-x': (e: EdgeSingular) => Number(e.data('lmx')) || 0,
      'text-margin-y': (e: EdgeSingular) => Number(e.data('lmy')) || 0,
    },
  });
  // Re-assert focus styles last so they win over per-kind rules.
  style.push({ selector: 'node:selected', style: { 'border-width': 5, 'border-color': accent } });
  style.push({ selector: '.faded', style: { opacity: 0.12 } });
  return style;
}
