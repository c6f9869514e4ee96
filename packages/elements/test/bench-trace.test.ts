import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  longest,
  mainThread,
  marks,
  median,
  ownTimeBetween,
  percentile,
  spread,
  type TraceEvent,
  tasksOf,
  workerThread,
} from '../bench/trace.js';

const meta = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  args: { name },
});
/** A task at `ms`, `wall` ms by the clock and `own` ms of its thread's time. */
const task = (pid: number, tid: number, ms: number, wall: number, own: number): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  pid,
  tid,
  ts: ms * 1000,
  dur: wall * 1000,
  tdur: own * 1000,
});

// Two renderers (a blank page that barely ran, and the bench page with its worker) and the GPU process.
const TRACE: TraceEvent[] = [
  meta(1, 1, 'CrRendererMain'),
  meta(2, 20, 'CrRendererMain'),
  meta(2, 21, 'DedicatedWorker thread'),
  meta(3, 30, 'CrGpuMain'),
  task(1, 1, 0, 2, 1),
  task(2, 20, 10, 40, 6),
  task(2, 20, 100, 12, 11),
  task(2, 20, 200, 3, 3),
  task(2, 21, 101, 25, 20),
  task(2, 21, 201, 5, 4),
  // A nested or instant event is no task; the GPU process's tasks are not the page's.
  { name: 'FunctionCall', ph: 'X', pid: 2, tid: 20, ts: 10_000, dur: 39_000, tdur: 5000 },
  task(3, 30, 0, 500, 500),
  { name: 'sk-key-0', ph: 'I', pid: 2, tid: 20, ts: 99_000 },
  { name: 'sk-key-1', ph: 'I', pid: 2, tid: 20, ts: 150_000 },
  { name: 'sk-key-end', ph: 'I', pid: 2, tid: 20, ts: 250_000 },
];

describe('bench trace', () => {
  it("finds the page's main thread and its worker: the busiest renderer, not the first", () => {
    assert.deepEqual(mainThread(TRACE), { pid: 2, tid: 20 });
    assert.deepEqual(workerThread(TRACE), { pid: 2, tid: 21 });
    assert.equal(mainThread([]), undefined);
  });

  it('reads tasks by the clock and by their own time, and the longest of each', () => {
    const tasks = tasksOf(TRACE, { pid: 2, tid: 20 });
    assert.deepEqual(tasks, [
      { start: 10, wall: 40, own: 6 },
      { start: 100, wall: 12, own: 11 },
      { start: 200, wall: 3, own: 3 },
    ]);
    // The task that waited longest for a core is not the one that ran longest.
    assert.deepEqual(longest(tasks), { wall: 40, own: 11 });
    assert.deepEqual(longest([]), { wall: 0, own: 0 });
  });

  it('sums what the page and its worker ran between keystroke marks', () => {
    const at = marks(TRACE, 'sk-key-').map(([, t]) => t);
    assert.deepEqual(at, [99, 150, 250]);
    const end = at.pop();
    const both = [...tasksOf(TRACE, { pid: 2, tid: 20 }), ...tasksOf(TRACE, { pid: 2, tid: 21 })];
    assert.deepEqual(ownTimeBetween(both, at, end), [31, 7]);
  });

  it('percentile by nearest rank, median, spread', () => {
    const xs = Array.from({ length: 20 }, (_, i) => i + 1);
    assert.equal(percentile(xs, 0.95), 19);
    assert.equal(percentile([5, 1, 3], 0.95), 5);
    assert.ok(Number.isNaN(percentile([], 0.95)));
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 2, 3]), 2.5);
    assert.deepEqual(spread([4.84, 13.06, 7.1]), [4.8, 13.1]);
  });
});
