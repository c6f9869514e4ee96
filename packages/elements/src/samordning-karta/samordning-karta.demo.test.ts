import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Core } from 'cytoscape';
import type { SamordningKarta } from './samordning-karta.js';
import './define.js';

// The acceptance checks, on the demo dataset the example page uses.
const DEMO = '/examples/data/demo.json';
const MEMBERS = ['forsakringskassan', 'arbetsformedlingen', 'region-vastmanland', 'kommun-vasteras'];

function key(target: Element, k: string) {
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }),
  );
}

describe('<samordning-karta> on the demo dataset', () => {
  it('the map of Samordningsförbundet Västerås shows its four members, the insatser it funds and the steering groups', async () => {
    const el = await fixture<SamordningKarta>(
      html`<samordning-karta src=${DEMO} association="forbund-vasteras" view="organisation" style="width: 1000px"></samordning-karta>`,
    );
    await waitUntil(() => (el as unknown as { _cy?: Core })._cy?.nodes().length, 'map drawn', {
      timeout: 8000,
    });
    const cy = (el as unknown as { _cy: Core })._cy;
    const d = el.loaded!;
    for (const id of MEMBERS) {
      expect(cy.getElementById(id).nonempty(), id).to.equal(true);
      expect(
        cy.edges(`[kind = "memberOf"][source = "${id}"][target = "forbund-vasteras"]`).length,
        `${id} member`,
      ).to.equal(1);
    }
    const funded = d.relationsOf('forbund-vasteras', { kind: 'funds', direction: 'out' }).map((r) => r.to);
    expect(funded).to.include.members(['samordningsteamet', 'spira', 'sim', 'mgt']);
    for (const id of funded) expect(cy.getElementById(id).nonempty(), `funded ${id}`).to.equal(true);
    const steering = d.relations.filter((r) => r.kind === 'steeringGroupOf' && funded.includes(r.to));
    expect(steering.length).to.be.greaterThan(3);
    for (const r of steering) {
      expect(
        cy.edges(`[kind = "steeringGroupOf"][source = "${r.from}"][target = "${r.to}"]`).length,
        `${r.from} → ${r.to}`,
      ).to.equal(1);
    }
    // Nothing from other förbund.
    expect(cy.nodes('[type = "coordinationAssociation"]').map((n) => n.id())).to.deep.equal([
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
      key(active(), 's');
      await el.updateComplete;
    }
    expect(active().dataset.id).to.equal('samordningsteamet');
    key(active(), 'Enter');
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
