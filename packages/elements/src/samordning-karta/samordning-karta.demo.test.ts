import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SamordningKarta } from './samordning-karta.js';
import './define.js';

// The acceptance checks, on the demo dataset the example page uses.
const DEMO = '/examples/data/demo.json';
const MEMBERS = ['forsakringskassan', 'arbetsformedlingen', 'region-vastmanland', 'kommun-vasteras'];

describe('<samordning-karta> on the demo dataset', () => {
  it('the map of Samordningsförbundet Västerås shows its four members, the insatser it funds and the steering groups', async () => {
    const el = await fixture<SamordningKarta>(
      html`<samordning-karta src=${DEMO} association="forbund-vasteras" view="organisation" style="width: 1000px"></samordning-karta>`,
    );
    await waitUntil(() => el.layout?.nodes.length, 'map drawn', { timeout: 8000 });
    const { nodes, edges } = el.layout!;
    const has = (id: string) => nodes.some((n) => n.id === id);
    const edge = (kind: string, from: string, to: string) =>
      edges.filter((e) => e.kind === kind && e.source === from && e.target === to).length;
    const d = el.loaded!;
    for (const id of MEMBERS) {
      expect(has(id), id).to.equal(true);
      expect(edge('memberOf', id, 'forbund-vasteras'), `${id} member`).to.equal(1);
    }
    const funded = d.relationsOf('forbund-vasteras', { kind: 'funds', direction: 'out' }).map((r) => r.to);
    expect(funded).to.include.members(['samordningsteamet', 'spira', 'sim', 'mgt']);
    for (const id of funded) expect(has(id), `funded ${id}`).to.equal(true);
    const steering = d.relations.filter((r) => r.kind === 'steeringGroupOf' && funded.includes(r.to));
    expect(steering.length).to.be.greaterThan(3);
    for (const r of steering) {
      expect(edge('steeringGroupOf', r.from, r.to), `${r.from} → ${r.to}`).to.equal(1);
    }
    // Nothing from other förbund.
    expect(nodes.filter((n) => n.type === 'coordinationAssociation').map((n) => n.id)).to.deep.equal([
      'forbund-vasteras',
    ]);
    await expect(el).to.be.accessible();
  });

  it("a keyboard-only user finds who sits in Samordningsteamet's steering group from the list view", async () => {
    const el = await fixture<SamordningKarta>(
      html`<samordning-karta src=${DEMO} association="forbund-vasteras" view="lista"></samordning-karta>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role="treeitem"]'), 'tree shown', { timeout: 8000 });
    const active = () => el.shadowRoot!.activeElement as HTMLElement;
    el.shadowRoot!.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')!.focus();
    expect(active().dataset.id).to.equal('forbund-vasteras');
    for (let i = 0; i < 40 && active().dataset.id !== 'samordningsteamet'; i++) {
      await sendKeys({ press: 's' });
      await el.updateComplete;
    }
    expect(active().dataset.id).to.equal('samordningsteamet');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const names = [
      ...el.shadowRoot!.querySelectorAll('aside ul[data-group="in_steeringGroupOf"] button'),
    ].map((b) => b.textContent!.trim());
    const d = el.loaded!;
    const expected = d
      .relationsOf('samordningsteamet', { kind: 'steeringGroupOf', direction: 'in' })
      .map((r) => d.label(r.from));
    expect(names).to.have.members(expected);
    expect(names).to.include.members(MEMBERS.map((id) => d.label(id)));
    await expect(el).to.be.accessible();
  });
});
