import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { kartaFixture } from './fixtures/karta-fixture.js';
import type { SamordningKarta } from './samordning-karta.js';
import './define.js';

// Own file: the policy added here stays on the page for the rest of it.
describe('<samordning-karta> under a strict style-src', () => {
  const violations: string[] = [];
  before(async () => {
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "style-src 'self'";
    document.head.append(meta);
    // The check can fail: an inline <style> is reported.
    const probe = document.createElement('style');
    probe.textContent = '.probe { color: red; }';
    document.head.append(probe);
    await waitUntil(() => violations.length > 0, 'the policy reports inline styles');
    probe.remove();
    violations.length = 0;
  });

  it('draws every view, selects and fades without a single violation or <style> in head', async () => {
    const styles = document.head.querySelectorAll('style').length;
    const el = await fixture<SamordningKarta>(
      html`<samordning-karta view="organisation" focus-depth="1" .data=${kartaFixture()}></samordning-karta>`,
    );
    await waitUntil(() => el.layout?.nodes.length, 'map drawn', { timeout: 5000 });
    el.select('samordningsteamet');
    el.view = 'samverkan';
    await el.updateComplete;
    await waitUntil(() => el.layout?.nodes.every((n) => n.type !== 'service'), 'samverkan drawn');
    expect(el.layout!.nodes.find((n) => n.id === 'samordningsteamet')).to.equal(undefined);
    el.view = 'lista';
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 200));
    expect(el.shadowRoot!.querySelector('[role="tree"]')).to.exist;
    expect(violations).to.deep.equal([]);
    expect(document.head.querySelectorAll('style').length).to.equal(styles);
  });
});
