import { expect } from '@open-wc/testing';
import { formatDate, formatNumber } from './format.js';

describe('format', () => {
  it('writes dates in the UI language, and leaves a non-date as it is', () => {
    expect(formatDate('sv', '2025-03-03')).to.equal('3 mars 2025');
    expect(formatDate('en', '2025-03-03')).to.equal('3 March 2025');
    expect(formatDate('sv', '2025-03')).to.equal('2025-03');
    // Cached per language: Swedish again after English.
    expect(formatDate('sv', '2024-12-24')).to.equal('24 december 2024');
  });

  it('writes numbers and kronor in the UI language', () => {
    expect(formatNumber('sv', 12345).replace(/\s/g, ' ')).to.equal('12 345');
    expect(formatNumber('en', 12345)).to.equal('12,345');
    expect(formatNumber('sv', 2.25, 'decimal').replace(/\s/g, ' ')).to.match(/^2,[23]$/);
    expect(formatNumber('sv', 16044000, 'currency').replace(/\s/g, ' ')).to.equal('16 044 000 kr');
  });
});
