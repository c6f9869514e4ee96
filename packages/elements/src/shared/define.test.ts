import { expect } from '@open-wc/testing';
import { defineElement } from './define.js';

describe('defineElement', () => {
  it('defines a tag once and warns instead of throwing when it is taken', () => {
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('test-define-a', A);
      defineElement('test-define-a', B);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('test-define-a')).to.equal(A);
    expect(warnings).to.have.length(1);
  });
});
