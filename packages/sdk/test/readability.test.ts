import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isReadable, type ReadabilityInput, readability, segmentHitsBox } from '../src/index.js';

const node = (id: string, x: number, y: number, extra: Partial<ReadabilityInput['nodes'][number]> = {}) => ({
  id,
  x,
  y,
  width: 30,
  height: 30,
  label: { x1: x - 40, y1: y + 17, x2: x + 40, y2: y + 31 },
  labelPx: 12,
  ...extra,
});

describe('readability', () => {
  it('counts an edge that runs through a third node, not its own ends', () => {
    const layout: ReadabilityInput = {
      zoom: 1,
      nodes: [node('a', 0, 0), node('b', 100, 0), node('c', 200, 0)],
      edges: [
        {
          source: 'a',
          target: 'c',
          points: [
            { x: 15, y: 0 },
            { x: 185, y: 0 },
          ],
        },
        {
          source: 'a',
          target: 'b',
          points: [
            { x: 15, y: 0 },
            { x: 85, y: 0 },
          ],
        },
      ],
    };
    assert.equal(readability(layout).edgesThroughNodes, 1);
    // Routed around b (below its label) it passes.
    const routed: ReadabilityInput = { ...layout, edges: [...layout.edges] };
    (routed.edges as Array<ReadabilityInput['edges'][number]>)[0] = {
      source: 'a',
      target: 'c',
      points: [
        { x: 0, y: 15 },
        { x: 0, y: 60 },
        { x: 200, y: 60 },
        { x: 200, y: 15 },
      ],
    };
    assert.equal(readability(routed).edgesThroughNodes, 0);
  });

  it("does not count an edge leaving a unit through its organisation's box", () => {
    const layout: ReadabilityInput = {
      zoom: 1,
      nodes: [
        node('org', 0, 0, { width: 100, height: 100 }),
        node('unit', 0, 0, { parent: 'org' }),
        node('x', 0, 200),
      ],
      edges: [
        {
          source: 'unit',
          target: 'x',
          points: [
            { x: 0, y: 15 },
            { x: 0, y: 185 },
          ],
        },
      ],
    };
    const r = readability(layout);
    assert.equal(r.edgesThroughNodes, 0);
    assert.equal(r.overlappingNodes, 0, 'a parent contains its unit');
  });

  it('counts overlapping labels and nodes pairwise, and the smallest label on screen', () => {
    const layout: ReadabilityInput = {
      zoom: 0.5,
      nodes: [node('a', 0, 0), node('b', 20, 0), node('c', 60, 0, { labelPx: 11 }), node('d', 500, 500)],
      edges: [],
    };
    const r = readability(layout);
    assert.equal(r.overlappingNodes, 1); // a–b; b–c touch only at x 35 vs 45: apart
    assert.equal(r.overlappingLabels, 3); // a–b, a–c, b–c; d is far away
    assert.equal(r.smallestLabelPx, 5.5);
    assert.equal(isReadable(r), false);
  });

  it('passes a clean map', () => {
    const layout: ReadabilityInput = {
      zoom: 1,
      nodes: [node('a', 0, 0), node('b', 200, 0)],
      edges: [
        {
          source: 'a',
          target: 'b',
          points: [
            { x: 15, y: 0 },
            { x: 185, y: 0 },
          ],
        },
      ],
    };
    assert.deepEqual(readability(layout), {
      edgesThroughNodes: 0,
      overlappingLabels: 0,
      overlappingNodes: 0,
      smallestLabelPx: 12,
      overlappingEdgeLabels: 0,
    });
    assert.equal(isReadable(readability(layout)), true);
  });

  it('counts edge labels over each other, over a node label or a node, not inside a compound box', () => {
    const edge = (x: number, y: number) => ({
      source: 'a',
      target: 'b',
      points: [],
      label: { x1: x - 30, y1: y - 8, x2: x + 30, y2: y + 8 },
    });
    const nodes = [
      node('org', 0, 0, { width: 400, height: 400 }),
      node('a', 0, 0, { parent: 'org' }),
      node('b', 300, 0),
    ];
    const at = (...edges: ReturnType<typeof edge>[]) =>
      readability({ zoom: 1, nodes, edges }).overlappingEdgeLabels;
    assert.equal(at(edge(100, 100)), 0, 'inside the compound, clear of everything');
    assert.equal(at(edge(100, 100), edge(120, 104)), 2, 'two marks on top of each other');
    assert.equal(at(edge(0, 25)), 1, "over a's label");
    assert.equal(at(edge(300, 0)), 1, 'over node b');
    assert.equal(isReadable(readability({ zoom: 1, nodes, edges: [edge(300, 0)] })), false);
  });

  it('segmentHitsBox: crossing, touching and missing', () => {
    const b = { x1: 0, y1: 0, x2: 10, y2: 10 };
    assert.equal(segmentHitsBox({ x: -5, y: 5 }, { x: 15, y: 5 }, b), true);
    assert.equal(segmentHitsBox({ x: -5, y: 10 }, { x: 15, y: 10 }, b), false);
    assert.equal(segmentHitsBox({ x: -5, y: -5 }, { x: -1, y: 20 }, b), false);
    assert.equal(segmentHitsBox({ x: -5, y: -5 }, { x: 15, y: 15 }, b), true);
  });
});

describe('collaboration gaps in the samverkan view', () => {
  const small = async () => {
    const { loadDataset } = await import('../src/index.js');
    const res = await loadDataset({
      formatVersion: 1,
      meta: { id: 't', name: 'T', publisher: 'T', updated: '2026-01-01', license: 'CC0-1.0' },
      organisations: [
        { id: 'f', kind: 'coordinationAssociation', name: 'Förbundet', municipalities: ['1980'] },
        { id: 'fk', kind: 'socialInsuranceAgency', name: 'FK' },
        { id: 'af', kind: 'employmentService', name: 'AF' },
        { id: 'k', kind: 'municipality', name: 'Kommunen', municipalities: ['1980'] },
        {
          id: 'k-unit',
          kind: 'municipality',
          name: 'Kommunens enhet',
          parent: 'k',
          municipalities: ['1980'],
        },
      ],
      services: [
        {
          id: 's',
          name: 'Insatsen',
          kind: 'individual',
          status: 'active',
          providers: ['k-unit'],
          funding: [{ funder: 'f' }],
          municipalities: ['1980'],
        },
      ],
      relations: [
        { id: 'r1', kind: 'memberOf', from: 'fk', to: 'f' },
        { id: 'r2', kind: 'memberOf', from: 'af', to: 'f' },
        { id: 'r3', kind: 'memberOf', from: 'k', to: 'f' },
        { id: 'r6', kind: 'steeringGroupOf', from: 'fk', to: 's' },
      ],
    });
    assert.equal(res.errors, 0);
    return res.dataset;
  };

  it("lists the member pairs with no relation and no insats in common, a unit's work counting for its organisation", async () => {
    const { buildGraph } = await import('../src/index.js');
    const d = await small();
    const g = buildGraph(d, { view: 'samverkan', filters: { association: 'f' } });
    assert.deepEqual(g.gaps, [
      ['af', 'fk'],
      ['af', 'k'],
    ]);
    assert.equal(buildGraph(d, { view: 'samverkan' }).gaps, undefined, 'only within a förbund');
    assert.equal(buildGraph(d, { view: 'organisation', filters: { association: 'f' } }).gaps, undefined);
  });
});
