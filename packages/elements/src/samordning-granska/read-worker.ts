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
    // Only the rows problems point at go back (as a sparse list): copying every cell of 10 000 rows
    // into the page would block it for longer than the whole rest of the result.
    const wanted = new Map<string, Set<number>>();
    for (const p of result.problems)
      if (p.table !== undefined && p.row !== undefined)
        wanted.set(p.table, (wanted.get(p.table) ?? new Set()).add(p.row - 2));
    const tables = result.tables.map((t) => {
      const rows: string[][] = [];
      rows.length = t.rows.length;
      for (const i of wanted.get(t.label ?? `${t.name}.csv`) ?? []) if (t.rows[i]) rows[i] = t.rows[i];
      return { ...t, rows };
    });
    scope.postMessage({ result: { ...result, tables } });
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
