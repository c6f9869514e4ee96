import { expect } from '@open-wc/testing';
import { aliasDatasetToData } from './dataset-alias.js';

describe('aliasDatasetToData', () => {
  it('forwards an assignment to `data` and keeps reading data-* attributes', () => {
    class WithData extends HTMLElement {
      data: unknown;
    }
    aliasDatasetToData(WithData);
    customElements.define('test-dataset-alias', WithData);
    const el = document.createElement('test-dataset-alias') as WithData;
    el.setAttribute('data-kind', 'karta');
    const value = { formatVersion: 1 };
    (el as unknown as { dataset: unknown }).dataset = value;
    expect(el.data).to.equal(value);
    expect(el.dataset.kind).to.equal('karta');
  });
});
