export const ENTRIES: Record<string, string>;
export function buildCdn(options?: {
  outDir?: string;
  quiet?: boolean;
}): Promise<{ out: string; integrity: Record<string, string> }>;
