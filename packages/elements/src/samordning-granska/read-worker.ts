// The reading of <samordning-granska> off the page's thread: 10 000 insatser take seconds to check,
// and the page must stay usable meanwhile. Messages: in { files }, out { stage } … then { result } or { error }.
import { type DataFileInput, readDataFiles } from '@samordningskartan/sdk/interop';

const scope = self as unknown as {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent<{ files: DataFileInput[] }>) => void) | null;
};

scope.onmessage = (event) => {
  try {
    const result = readDataFiles(event.data.files, { onStage: (stage) => scope.postMessage({ stage }) });
    scope.postMessage({ result });
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
