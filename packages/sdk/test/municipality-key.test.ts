import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMunicipality, municipalities, suggestMunicipalities } from '../src/index.js';

describe('kommun names', () => {
  it('finds a kommun by code or by name, case, diacritics and a "kommun"/"stad" suffix aside', () => {
    for (const s of ['1980', 'Västerås', ' vasteras ', 'VÄSTERÅS STAD', 'västerås kommun'])
      assert.equal(findMunicipality(s)?.code, '1980', s);
    assert.equal(findMunicipality('Nowhere'), undefined);
    assert.equal(findMunicipality('9999'), undefined);
  });

  it('tells apart names that differ only by diacritics (Håbo and Habo)', () => {
    for (const m of municipalities) assert.equal(findMunicipality(m.name)?.code, m.code, m.name);
    assert.equal(findMunicipality('håbo kommun')?.name, 'Håbo');
    assert.equal(findMunicipality('habo')?.name, 'Habo');
    assert.deepEqual(
      suggestMunicipalities('Haabo').map((m) => m.name),
      ['Habo', 'Håbo'],
    );
  });
});
