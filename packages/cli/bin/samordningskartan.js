#!/usr/bin/env node
// Inside the repository the TypeScript source runs through tsx, so a stale dist/ never shadows it
// (dist/ there would also resolve the SDK to its .ts sources, which plain Node cannot load).
// Published packages ship dist/ and no src/, so they run the compiled JavaScript.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const src = new URL('../src/cli.ts', import.meta.url);
if (existsSync(fileURLToPath(src))) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(src.href);
} else {
  await import(new URL('../dist/cli.js', import.meta.url).href);
}
