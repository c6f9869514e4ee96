// Reading Chromium traces (the JSON of `browser.stopTracing()`) for the benchmarks: the tasks of the
// page's main thread and its catalogue worker, each with its time by the clock and by the thread's own
// running time. On a machine shared with other work the clock also counts the time a thread waited for
// a core; the thread's own time is what the page itself did.

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds. */
  ts?: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, microseconds. */
  tdur?: number;
  args?: { name?: string };
}

export interface Thread {
  pid: number;
  tid: number;
}

/** One task of a thread, in milliseconds: when it began (trace clock), by the clock, by its own run time. */
export interface Task {
  start: number;
  wall: number;
  own: number;
}

const RUN_TASK = 'RunTask';

function threadsNamed(events: readonly TraceEvent[], name: string): Thread[] {
  return events
    .filter((e) => e.name === 'thread_name' && e.ph === 'M' && e.args?.name === name)
    .map((e) => ({ pid: e.pid, tid: e.tid }));
}

/** The tasks (top-level `RunTask` events) a thread ran, in order. */
export function tasksOf(events: readonly TraceEvent[], thread: Thread): Task[] {
  return events
    .filter(
      (e) =>
        e.name === RUN_TASK &&
        e.ph === 'X' &&
        e.pid === thread.pid &&
        e.tid === thread.tid &&
        e.ts !== undefined,
    )
    .map((e) => ({ start: e.ts! / 1000, wall: (e.dur ?? 0) / 1000, own: (e.tdur ?? e.dur ?? 0) / 1000 }))
    .sort((a, b) => a.start - b.start);
}

/**
 * The page's main thread: of the renderer main threads in the trace (other tabs, a blank page), the
 * one that ran the most. Undefined when the trace has none.
 */
export function mainThread(events: readonly TraceEvent[]): Thread | undefined {
  return busiest(events, threadsNamed(events, 'CrRendererMain'));
}

/** The busiest dedicated worker of the page's renderer (the catalogue worker), if any. */
export function workerThread(events: readonly TraceEvent[]): Thread | undefined {
  const main = mainThread(events);
  const workers = threadsNamed(events, 'DedicatedWorker thread').filter((w) => !main || w.pid === main.pid);
  return busiest(events, workers);
}

function busiest(events: readonly TraceEvent[], threads: Thread[]): Thread | undefined {
  let best: Thread | undefined;
  let most = -1;
  for (const t of threads) {
    const total = tasksOf(events, t).reduce((n, k) => n + k.own, 0);
    if (total > most) {
      most = total;
      best = t;
    }
  }
  return best;
}

/** The longest task, by the clock and by the thread's own time (each its own maximum); 0 for none. */
export function longest(tasks: readonly Task[]): { wall: number; own: number } {
  return {
    wall: Math.max(0, ...tasks.map((t) => t.wall)),
    own: Math.max(0, ...tasks.map((t) => t.own)),
  };
}

/** Instant events with this prefix (`performance.mark()` names), by time: [name, ms]. */
export function marks(events: readonly TraceEvent[], prefix: string): Array<[string, number]> {
  return events
    .filter(
      (e) =>
        e.name.startsWith(prefix) && e.ts !== undefined && (e.ph === 'I' || e.ph === 'R' || e.ph === 'n'),
    )
    .map((e): [string, number] => [e.name, e.ts! / 1000])
    .sort((a, b) => a[1] - b[1]);
}

/**
 * The threads' own time spent between each mark and the next (the last runs to `end`): per keystroke,
 * what the page and its worker did for it, without the time they waited for a core.
 */
export function ownTimeBetween(
  tasks: readonly Task[],
  at: readonly number[],
  end = Number.POSITIVE_INFINITY,
): number[] {
  return at.map((from, i) => {
    const to = at[i + 1] ?? end;
    return tasks.filter((t) => t.start >= from && t.start < to).reduce((n, t) => n + t.own, 0);
  });
}

/** The p-th percentile (0–1) by the nearest-rank method: the smallest value with p of all at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]): number => {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Smallest and largest, rounded to 0.1: the spread across runs. */
export const spread = (values: readonly number[]): [number, number] => [
  Math.round(Math.min(...values) * 10) / 10,
  Math.round(Math.max(...values) * 10) / 10,
];
