import type { DataFilesResult, ReadStage } from '@samordningskartan/sdk/interop';
import { startWorker } from './read-source.js';

/** Where the reading is: a stage of the SDK's reader, or done. */
export type ReadProgressStage = ReadStage | 'start' | 'done';

/** Starts the reader worker; undefined when the page cannot run it (another origin, no workers, refused by SRI). */
async function startReaderWorker(): Promise<Worker | undefined> {
  try {
    return await startWorker();
  } catch {
    return undefined;
  }
}

interface WorkerAnswer {
  stage?: ReadStage;
  result?: DataFilesResult;
  error?: string;
}

/**
 * Reads chosen files with the SDK's one reading path (`readDataFiles`) in a worker, reporting each
 * stage; where no worker can start (the script served from another origin, a CSP without workers, a
 * worker file whose bytes do not match its hash) it
 * reads in the page after giving it a frame to show the progress. Rejects with the reader's message.
 */
export async function readFiles(
  files: readonly File[],
  onStage: (stage: ReadProgressStage) => void,
  signal: AbortSignal,
): Promise<DataFilesResult> {
  onStage('start');
  const inputs = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
  const worker = await startReaderWorker();
  if (worker) {
    const answer = await new Promise<DataFilesResult | Error | undefined>((resolve) => {
      signal.addEventListener('abort', () => resolve(new DOMException('aborted', 'AbortError')), {
        once: true,
      });
      worker.onmessage = (e: MessageEvent<WorkerAnswer>) => {
        if (e.data.stage) onStage(e.data.stage);
        else if (e.data.result) resolve(e.data.result);
        else resolve(new Error(e.data.error ?? 'unknown error'));
      };
      // The worker file did not load or run: read in the page instead.
      worker.onerror = (e) => {
        e.preventDefault();
        resolve(undefined);
      };
      worker.postMessage({ files: inputs });
    });
    worker.terminate();
    if (answer instanceof Error) throw answer;
    if (answer) return answer;
  }
  const { readDataFiles } = await import('@samordningskartan/sdk/interop');
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  if (signal.aborted) throw new DOMException('aborted', 'AbortError');
  return readDataFiles(inputs, { onStage });
}
