import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { SkTestElement } from './fixtures/test-element.js';

const DATA = {
  formatVersion: 1,
  meta: { id: 't', name: 'T', publisher: 'T', updated: '2026-01-01', license: 'CC0-1.0' },
  organisations: [{ id: 'o', kind: 'municipality', name: 'Kommunen', municipalities: ['1980'] }],
  services: [
    {
      id: 's',
      name: 'Insatsen',
      kind: 'individual',
      status: 'paused',
      providers: ['o'],
      description: { sv: 'Beskrivning', en: 'Description' },
    },
  ],
};

async function mount(template = html`<sk-test-element></sk-test-element>`, data: object = DATA) {
  const host = await fixture<HTMLElement>(template);
  const el = (host instanceof SkTestElement ? host : host.querySelector('sk-test-element')!) as SkTestElement;
  const loaded = oneEvent(el, 'sk-test-load');
  el.data = structuredClone(data);
  await loaded;
  await el.updateComplete;
  return el;
}
const text = (el: SkTestElement, sel: string) => el.shadowRoot!.querySelector(sel)!.textContent!.trim();
const nextRender = async (el: SkTestElement) => {
  // The observer's callback was queued as a microtask by the attribute change: this one runs after it.
  await new Promise<void>((r) => queueMicrotask(r));
  await el.updateComplete;
};

describe('LocalizeController', () => {
  const original = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = original;
  });

  it('follows <html lang> when it changes, without anything else changing', async () => {
    document.documentElement.lang = 'sv';
    const el = await mount();
    expect(text(el, '.hello')).to.equal('Hej du');
    expect(text(el, '.status')).to.equal('Pausad');
    document.documentElement.lang = 'en';
    await nextRender(el);
    expect(text(el, '.hello')).to.equal('Hello du');
    expect(text(el, '.status')).to.equal('Paused');
    document.documentElement.lang = 'sv-SE';
    await nextRender(el);
    expect(text(el, '.hello')).to.equal('Hej du');
  });

  it('follows an ancestor across a shadow root, and its own lang wins', async () => {
    // Built by hand: open-wc's fixture() waits for an animation frame for a plain element, which a
    // background test page never gets.
    const outer = document.createElement('div');
    outer.lang = 'sv';
    outer.append(document.createElement('section'));
    document.body.append(outer);
    const inner = document.createElement('div');
    const shadow = inner.attachShadow({ mode: 'open' });
    const wrapper = document.createElement('div');
    shadow.append(wrapper);
    outer.querySelector('section')!.append(inner);
    const el = document.createElement('sk-test-element') as SkTestElement;
    const loaded = oneEvent(el, 'sk-test-load');
    wrapper.append(el);
    el.data = structuredClone(DATA);
    await loaded;
    await el.updateComplete;
    expect(text(el, '.hello')).to.equal('Hej du');
    outer.setAttribute('lang', 'en');
    await nextRender(el);
    expect(text(el, '.hello')).to.equal('Hello du');
    wrapper.setAttribute('lang', 'sv');
    await nextRender(el);
    expect(text(el, '.hello')).to.equal('Hej du');
    el.lang = 'en';
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('en');
    expect(text(el, '.hello')).to.equal('Hello du');
    outer.remove();
  });

  it('takes overrides from strings, also for shared labels', async () => {
    const el = await mount();
    el.strings = { hello: 'Tjena {name}', status_paused: 'Vilande' };
    await el.updateComplete;
    expect(text(el, '.hello')).to.equal('Tjena du');
    expect(text(el, '.status')).to.equal('Vilande');
  });

  it('marks a text from the data with its own lang when it differs from the UI language', async () => {
    document.documentElement.lang = 'en';
    const el = await mount();
    const p = () => el.shadowRoot!.querySelector('.description')!;
    expect(p().textContent).to.equal('Description');
    expect(p().hasAttribute('lang')).to.equal(false);
    // An English-only description (e.g. from HSDS) in the Swedish UI is marked lang="en".
    document.documentElement.lang = 'sv';
    const english = structuredClone(DATA);
    english.meta = { ...english.meta, language: 'en' } as typeof english.meta;
    (english.services[0] as Record<string, unknown>).description = 'Support for young adults';
    const loaded = oneEvent(el, 'sk-test-load');
    el.data = english;
    await loaded;
    await el.updateComplete;
    expect(p().textContent).to.equal('Support for young adults');
    expect(p().getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });
});
