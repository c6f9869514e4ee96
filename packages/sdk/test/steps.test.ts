import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateCatalogue } from '../bench/generate-catalogue.js';
import { Dataset, finish, inSlices, mapSteps, type Steps, validateDataset } from '../src/index.js';
import { decodeText, decodeTextSteps } from '../src/text/decode.js';

// Long work runs as steps so a page's main thread (where no worker may start) gets a turn between
// slices: the same code gives the same result at once and in slices, and really takes steps.

function count<T>(steps: Steps<T>): { steps: number; value: T } {
  let n = 0;
  let step = steps.next();
  while (!step.done) {
    n++;
    step = steps.next();
  }
  return { steps: n, value: step.value };
}

describe('work in steps', () => {
  it('indexes a dataset in steps, with the same answers as at once', () => {
    const data = validateDataset(generateCatalogue(5000, 3)).data;
    const { steps, value: stepwise } = count(Dataset.steps(data));
    assert.ok(steps >= 10, `${steps} steps`);
    const atOnce = new Dataset(data);
    assert.equal(stepwise.services.length, 5000);
    const org = atOnce.organisations.find((o) => atOnce.servicesByOrganisation(o.id).length > 0)!;
    assert.deepEqual(
      stepwise.servicesByOrganisation(org.id).map((s) => s.id),
      atOnce.servicesByOrganisation(org.id).map((s) => s.id),
    );
    assert.deepEqual(stepwise.allRelationsList().length, atOnce.allRelationsList().length);
    assert.ok(stepwise.allRelationsList().length > 5000);
  });

  it('decodes UTF-8 a few megabytes per step, and falls back to Windows-1252 for a bad byte late in the file', () => {
    const text = `{"a":"${'å'.repeat(5_000_000)}"}`;
    const bytes = new TextEncoder().encode(text);
    const { steps, value } = count(decodeTextSteps(bytes));
    assert.ok(steps >= 2, `${steps} steps`);
    assert.equal(value.text, text);
    assert.equal(value.encoding, 'utf-8');
    // A Windows-1252 "ö" (0xF6) after the first step's bytes: the whole file is read as Windows-1252.
    const late = new Uint8Array(9_000_000).fill(0x61);
    late[8_000_000] = 0xf6;
    const decoded = finish(decodeTextSteps(late));
    assert.equal(decoded.encoding, 'windows-1252');
    assert.equal(decoded.text.length, late.length);
    assert.equal(decoded.text[8_000_000], 'ö');
    assert.equal(decoded.problem?.code, 'not-utf8');
    assert.deepEqual(decodeText(late), decoded);
  });

  it('gives the page a turn between slices', async () => {
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    function* work(): Steps<number> {
      for (let i = 0; i < 10; i++) {
        busy(4);
        yield;
      }
      return 10;
    }
    let turns = 0;
    const other = setInterval(() => turns++, 0);
    try {
      assert.equal(await inSlices(work(), { sliceMs: 8 }), 10);
    } finally {
      clearInterval(other);
    }
    assert.ok(turns >= 2, `other work ran ${turns} times`);
  });

  it('maps in steps', () => {
    const list = Array.from({ length: 2500 }, (_, i) => i);
    const { steps, value } = count(mapSteps(list, (x) => x * 2));
    assert.equal(steps, 2);
    assert.deepEqual(
      value,
      list.map((x) => x * 2),
    );
  });
});
