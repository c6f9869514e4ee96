type Scheduler = { yield?: () => Promise<void> };

/** Gives the page a turn: `scheduler.yield()` where it exists, else a message-channel task. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (s?.yield) return s.yield();
  if (typeof MessageChannel !== 'undefined') {
    return new Promise((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Work written once as steps: a generator that yields between steps and returns the result. `finish`
 * runs it at once (Node, a worker); `inSlices` runs it on a page's main thread in slices, giving the page
 * a turn between them (where no worker may start), so no task runs long.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result. */
export function finish<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * Runs the steps in slices of about `sliceMs` milliseconds (default 10), giving the page a turn before
 * each slice, and returns the result. Stops with the signal's reason when it aborts.
 */
export async function inSlices<T>(
  steps: Steps<T>,
  options: { sliceMs?: number; signal?: AbortSignal } = {},
): Promise<T> {
  const slice = options.sliceMs ?? 10;
  let start = Number.NEGATIVE_INFINITY;
  let step: IteratorResult<void, T> | undefined;
  while (!step?.done) {
    // A turn first too: work awaited before this call may have just run a slice of its own.
    if (performance.now() - start > slice) {
      await yieldToPage();
      options.signal?.throwIfAborted();
      start = performance.now();
    }
    step = steps.next();
  }
  return step.value;
}

/** `list.map(f)` as steps, a step every thousand items. */
export function* mapSteps<T, U>(list: readonly T[], f: (item: T, index: number) => U): Steps<U[]> {
  const out: U[] = [];
  for (const [i, item] of list.entries()) {
    out.push(f(item, i));
    if ((i & 1023) === 1023) yield;
  }
  return out;
}

/** `list.filter(keep)` as steps, a step every thousand items. */
export function* filterSteps<T>(list: readonly T[], keep: (item: T, index: number) => boolean): Steps<T[]> {
  const out: T[] = [];
  for (const [i, item] of list.entries()) {
    if (keep(item, i)) out.push(item);
    if ((i & 1023) === 1023) yield;
  }
  return out;
}
