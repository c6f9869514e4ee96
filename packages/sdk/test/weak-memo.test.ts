import assert from 'node:assert/strict';
import { test } from 'node:test';
import { weakMemo } from '../src/index.js';

test('weakMemo computes an answer once per owner and key, and again after delete', () => {
  const memo = weakMemo<object, number>();
  const a = {};
  const b = {};
  let calls = 0;
  const compute = () => ++calls;
  assert.equal(memo.get(a, 'k', compute), 1);
  assert.equal(memo.get(a, 'k', compute), 1, 'kept');
  assert.equal(memo.get(b, 'k', compute), 2, 'another owner has its own answers');
  assert.equal(memo.get(a, 'other', compute), 3, 'another key too');
  memo.delete(a, 'k');
  assert.equal(memo.get(a, 'k', compute), 4, 'computed again after delete');
});
