export const ENTRIES: Record<string, string>;

/** The build's output graph in the shape of esbuild's metafile (https://esbuild.github.io/api/#metafile). */
export interface Metafile {
  inputs: Record<string, { bytes: number; imports: Array<{ path: string; kind: string }> }>;
  outputs: Record<
    string,
    {
      bytes: number;
      inputs: Record<string, { bytesInOutput: number }>;
      imports: Array<{ path: string; kind: 'import-statement' | 'dynamic-import' }>;
      exports: string[];
      entryPoint?: string;
    }
  >;
}

export function buildCdn(options?: {
  outDir?: string;
  quiet?: boolean;
}): Promise<{ out: string; integrity: Record<string, string>; metafile: Metafile }>;
