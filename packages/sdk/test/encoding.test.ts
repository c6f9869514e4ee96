import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeText, loadDataset } from '../src/index.js';
import { minimalDataset } from './fixtures/minimal.js';

// The dataset with the names that showed "Steg f�r steg" and "Arbetsf�rmedlingen".
const text = JSON.stringify(minimalDataset()).replace('Samordningsteamet', 'Steg för steg');

const utf16 = (s: string, le: boolean, bom = true) => {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const units = bom ? `\uFEFF${s}` : s;
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[2 * i + (le ? 0 : 1)] = c & 0xff;
    out[2 * i + (le ? 1 : 0)] = c >> 8;
  }
  return out;
};

const encodings: Array<[string, Uint8Array, boolean]> = [
  ['UTF-8', new TextEncoder().encode(text), false],
  ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), false],
  ['UTF-16 LE with BOM', utf16(text, true), false],
  ['UTF-16 BE with BOM', utf16(text, false), false],
  ['UTF-16 LE without BOM (Windows "Unicode")', utf16(text, true, false), false],
  ['Windows-1252 (Swedish Excel and Notepad)', new Uint8Array(Buffer.from(text, 'latin1')), true],
];

describe('encodings in the loader', () => {
  for (const [name, bytes, warned] of encodings) {
    it(`reads ${name} with å, ä, ö intact${warned ? ' and says how to save as UTF-8' : ''}`, async () => {
      const r = await loadDataset(new Response(bytes as Uint8Array<ArrayBuffer>));
      assert.equal(r.fatal, false, JSON.stringify(r.problems));
      assert.equal(r.dataset.services.find((s) => s.id === 'team')?.name, 'Steg för steg');
      assert.equal(r.dataset.organisations.find((o) => o.id === 'af')?.name, 'Arbetsförmedlingen');
      assert.equal(r.dataset.services.length, 4);
      assert.equal(JSON.stringify(r.dataset.data).includes('\uFFFD'), false);
      const p = r.problems.find((x) => x.code === 'not-utf8');
      if (!warned) {
        assert.equal(p, undefined);
        return;
      }
      assert.equal(p?.severity, 'warning');
      assert.match(p!.message.sv, /inte sparad som UTF-8 och lästes som Windows-1252.*CSV UTF-8/);
      assert.match(p!.message.en, /not saved as UTF-8 and was read as Windows-1252.*Save it as UTF-8/);
    });
  }
  it('never yields U+FFFD for any byte', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    assert.equal(decodeText(all).text.includes('\uFFFD'), false);
  });
});
