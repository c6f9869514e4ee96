// Builds the script-tag bundles for webmasters into dist/cdn/: one self-contained ES module per
// element and one with all of them. Only Cytoscape stays a separate, lazily loaded chunk next to
// them. Prints the Subresource Integrity hash of every file.
// Usage: node scripts/build-cdn.mjs [--quiet]
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const here = new URL('..', import.meta.url).pathname;
const defaultOut = join(here, 'dist/cdn');

export const ENTRIES = {
  'insats-sok': 'src/insats-sok/define.ts',
  'samordning-karta': 'src/samordning-karta/define.ts',
  'samordning-analys': 'src/samordning-analys/define.ts',
  // Its own bundle (with the three elements for its preview); its reader runs in a worker file
  // next to it in chunks/, so no other bundle carries the spreadsheet reader.
  'samordning-granska': 'src/samordning-granska/define.ts',
  samordningskartan: 'src/all.ts',
};

/** Builds into `outDir` (default dist/cdn; tests pass their own folder so parallel builds never collide). */
export async function buildCdn({ outDir = defaultOut, quiet = process.argv.includes('--quiet') } = {}) {
  const out = outDir;
  rmSync(out, { recursive: true, force: true });
  // One build per entry so each file is self-contained (no chunks shared between entries).
  for (const [name, entry] of Object.entries(ENTRIES)) {
    await build({
      root: here,
      configFile: false,
      logLevel: quiet ? 'silent' : 'warn',
      define: { 'process.env.NODE_ENV': '"production"' },
      resolve: {
        conditions: ['browser', 'production', 'import', 'default'],
        // Cytoscape's own minified ES build is about 10 % smaller than re-minifying its source.
        alias: [{ find: /^cytoscape$/, replacement: 'cytoscape/dist/cytoscape.esm.min.mjs' }],
      },
      // Relative URLs, so the worker file is found wherever the webmaster puts the folder.
      base: './',
      worker: {
        format: 'es',
        rollupOptions: {
          output: { entryFileNames: 'chunks/[name]-[hash].js', chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
      build: {
        outDir: out,
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        // No source maps: with the sources inside they made the package 1.7 MB; the readable ES
        // modules in dist/ are for debugging.
        sourcemap: false,
        // Not lib mode: lib mode keeps the whitespace of ES output (for tree-shaking by a later bundler),
        // and these files are final.
        modulePreload: false,
        rollupOptions: {
          input: join(here, entry),
          preserveEntrySignatures: 'strict',
          output: {
            format: 'es',
            entryFileNames: `${name}.js`,
            chunkFileNames: 'chunks/[name]-[hash].js',
            manualChunks: (id) =>
              id.includes('node_modules/cytoscape') || id.includes('node_modules/.pnpm/cytoscape')
                ? 'cytoscape'
                : undefined,
          },
        },
      },
    });
  }
  const files = listFiles(out).filter((f) => f.endsWith('.js'));
  const integrity = Object.fromEntries(
    files.map((f) => [
      f.slice(out.length + 1),
      `sha384-${createHash('sha384').update(readFileSync(f)).digest('base64')}`,
    ]),
  );
  writeFileSync(join(out, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
  return { out, integrity };
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)],
  );
}

if (process.argv[1]?.endsWith('build-cdn.mjs')) {
  const { integrity } = await buildCdn();
  console.log('Subresource Integrity (add as integrity="…" with crossorigin="anonymous"):');
  for (const [file, hash] of Object.entries(integrity)) console.log(`  ${file.padEnd(40)} ${hash}`);
}
