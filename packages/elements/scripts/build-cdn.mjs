// Builds the script-tag bundles for webmasters into dist/cdn/: one self-contained ES module per
// element and one with all of them, plus Cytoscape and the map's drawing code as lazily loaded
// chunks. Writes the Subresource Integrity hash of every file to integrity.json and prints them.
//
// Why the files look the way they do (measured and explained in docs/bädda-in.md):
// - Each bundle carries its own Lit, so any bundles, in any number of copies, work side by side under
//   `trusted-types lit-html samordningskartan 'allow-duplicates'` with one <script> tag each.
// - SRI on the entry covers the lazy chunks too: the entry carries each chunk's hash and loads it
//   through `<link rel="modulepreload" integrity>`, so a chunk with other bytes is refused.
// - The catalogue (fetch, validation, merge; index and search, analysis) is one file per set of
//   features, chunks/catalogue-worker[-analysis|-all]-*.js (each bundle runs the smallest that does what
//   its elements need), run as a module worker from the bytes `fetch(…, { integrity })` accepted, or
//   imported into the page (verified as the Cytoscape chunk) where no worker may start. Granska's reader,
//   chunks/read-worker-*.js, runs the same way as a worker; where none starts, the entry reads in the page.
//
// Usage: node scripts/build-cdn.mjs [--quiet] [--metafile <file>]
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { build, runnerImport } from 'vite';

const here = new URL('..', import.meta.url).pathname;
const defaultOut = join(here, 'dist/cdn');
// Cytoscape's own minified ES build is about 10 % smaller than re-minifying its source.
const CYTOSCAPE = fileURLToPath(import.meta.resolve('cytoscape/dist/cytoscape.esm.min.mjs'));

export const ENTRIES = {
  'insats-sok': 'src/insats-sok/define.ts',
  'samordning-karta': 'src/samordning-karta/define.ts',
  'samordning-analys': 'src/samordning-analys/define.ts',
  // Its own bundle (with the three elements for its preview); its reader runs in a worker file
  // next to it in chunks/, so no other bundle carries the spreadsheet reader.
  'samordning-granska': 'src/samordning-granska/define.ts',
  samordningskartan: 'src/all.ts',
};

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The options every build shares: production Lit, ES2022, minified, no source maps. */
const common = (out, quiet, plugins = []) => ({
  root: here,
  configFile: false,
  logLevel: quiet ? 'silent' : 'warn',
  define: { 'process.env.NODE_ENV': '"production"' },
  resolve: { conditions: ['browser', 'production', 'import', 'default'] },
  // Lit's html and css templates keep their source indentation; minified they are about 2 % smaller
  // gzipped (whitespace collapsed to one space, so text renders the same). palette.styles.ts is only
  // generated rules (the plugin skips, and warns about, a file with `unsafeCSS`).
  plugins: [
    minifyTemplateLiterals({
      filter: (id) => id.startsWith(join(here, 'src/')) && !id.endsWith('palette.styles.ts'),
    }),
    ...plugins,
  ],
  // Relative URLs, so a worker file is found wherever the webmaster puts the folder.
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
    // No source maps: with the sources inside they made the package 1.7 MB; the readable ES modules in
    // dist/ are for debugging.
    sourcemap: false,
    // Not lib mode: lib mode keeps the whitespace of ES output (for tree-shaking by a later bundler),
    // and these files are final.
    modulePreload: false,
  },
});

/**
 * The worker files, each built alone first (one file: it runs from a `blob:` URL) so the entries that
 * start it carry its hash. `source` is the module that starts it; the script-tag build replaces it.
 */
const WORKERS = {
  catalogue: {
    source: 'src/shared/catalogue-source.ts',
    worker: 'src/shared/catalogue-worker.ts',
    // Any other way to the catalogue's code would load it unverified.
    guard: /catalogue-(worker|engine|search|serve)(\.js)?$/,
    // Where no worker starts, the same file is imported into the page (verified as Cytoscape is).
    inPage: true,
  },
  // The catalogue with the analysis and without the search: pages with <samordning-analys> and no
  // <insats-sok>.
  analysis: {
    source: 'src/shared/catalogue-source-analysis.ts',
    worker: 'src/shared/catalogue-worker-analysis.ts',
    guard: /catalogue-worker-analysis(\.js)?$/,
    inPage: true,
  },
  // With both: pages with <insats-sok> and <samordning-analys> (samordningskartan.js, granska).
  all: {
    source: 'src/shared/catalogue-source-all.ts',
    worker: 'src/shared/catalogue-worker-all.ts',
    guard: /catalogue-worker-all(\.js)?$/,
    inPage: true,
  },
  read: {
    source: 'src/samordning-granska/read-source.ts',
    worker: 'src/samordning-granska/read-worker.ts',
    guard: /read-worker(\.js)?$/,
    options: { type: 'module' },
    // Where no worker starts, read-client.ts reads in the page with the entry's own (verified) copy;
    // not a catalogue (no `code` with features to choose by).
    inPage: false,
  },
};
/** Which catalogue worker does what (the page runs the smallest that does all its elements need). */
const FEATURES = join(here, 'src/shared/catalogue-features.ts');
/** The controllers whose elements need a catalogue feature, and which. */
const NEEDS = {
  'src/shared/catalogue-controller.ts': 'search',
  'src/samordning-analys/analysis-controller.ts': 'analysis',
};
const virtualId = (key) => `\0sk-${key}-source`;

const VERIFIED_IMPORT = '\0sk-verified-import';

/**
 * `verifiedImport(file, integrity)`: `import()` of `file` (relative to the bundle) only when its bytes
 * match `integrity`; `verifiedWorker(file, integrity, options)`: a worker from those bytes (by
 * default a catalogue's: a module worker named samordningskartan). One module per bundle, shared by
 * every lazy chunk and worker it loads.
 */
const VERIFIED_IMPORT_CODE = `import { blobScriptUrl } from ${JSON.stringify(join(here, 'src/shared/trusted-url.ts'))};
export async function verifiedWorker(file, integrity, options = { type: 'module', name: 'samordningskartan' }) {
  const url = new URL(file, import.meta.url).href;
  const response = await fetch(url, { integrity, mode: 'cors', credentials: 'omit' });
  if (!response.ok) throw new Error(url + ': ' + response.status);
  const blob = new Blob([await response.arrayBuffer()], { type: 'text/javascript' });
  return new Worker(blobScriptUrl(blob), options);
}
export function verifiedImport(file, integrity) {
  const url = new URL(file, import.meta.url).href;
  const link = document.createElement('link');
  // Browsers from before modulepreload (Safari 16, Firefox 114) would never fire load or error.
  if (!link.relList.supports('modulepreload')) return import(/* @vite-ignore */ url);
  return new Promise((resolve, reject) => {
    link.rel = 'modulepreload';
    link.crossOrigin = 'anonymous';
    link.integrity = integrity;
    link.href = url;
    link.onload = resolve;
    link.onerror = () =>
      reject(new Error(url + ' was refused: missing, or its content does not match ' + integrity + ' (Subresource Integrity)'));
    (document.head ?? document.documentElement).append(link);
  }).then(() => import(/* @vite-ignore */ url));
}
`;

/** Provides the shared `verifiedImport` module to a bundle. */
const verifiedImportHelper = () => ({
  name: 'sk-verified-import',
  enforce: 'pre',
  resolveId: (id) => (id === VERIFIED_IMPORT ? id : null),
  load: (id) => (id === VERIFIED_IMPORT ? VERIFIED_IMPORT_CODE : null),
});

/**
 * In the script-tag build a worker's code is one file (chunks/<name>-worker-*.js), started as a module
 * worker from a `blob:` URL of the bytes `fetch(…, { integrity })` accepted (a worker has no
 * `integrity` of its own, and a worker from another origin is refused anyway). The catalogue's file
 * also runs, where no worker starts, imported into the page through `<link rel="modulepreload"
 * integrity>` as the Cytoscape chunk is.
 */
function verifiedWorker(key, file, integrity, features) {
  const { source, guard, options, inPage } = WORKERS[key];
  const id = virtualId(key);
  // The module that starts it, however a file imports it (`./x.js` next to it, `../shared/x.js`).
  const sourcePath = join(here, source.replace(/\.ts$/, ''));
  const isSource = (spec, importer) =>
    !!importer &&
    spec.startsWith('.') &&
    join(dirname(importer), spec).replace(/\.[jt]s$/, '') === sourcePath;
  return {
    name: `sk-verified-${key}`,
    enforce: 'pre',
    resolveId(spec, importer) {
      if (spec === id) return id;
      if (isSource(spec, importer)) return id;
      if (guard.test(spec) && importer !== id)
        this.error(
          `the script-tag build loads ${file} only through ${source}, found "${spec}" in ${importer}`,
        );
      return null;
    },
    load(loaded) {
      if (loaded !== id) return null;
      return `import { verifiedImport, verifiedWorker } from ${JSON.stringify(VERIFIED_IMPORT)};
const file = ${JSON.stringify(`./${file}`)};
const integrity = ${JSON.stringify(integrity)};
const startWorker = () => verifiedWorker(file, integrity${options ? `, ${JSON.stringify(options)}` : ''});
${
  !inPage
    ? 'export { startWorker };'
    : `export const code = { startWorker, importEngine: () => verifiedImport(file, integrity), features: ${JSON.stringify(features[key])} };`
}
`;
    },
  };
}

/**
 * The lazily loaded chunks: Cytoscape, and the map's drawing code (layout, routes, labels; it needs
 * Cytoscape, which the entry loads beside it). `call` is how our code imports one; `owns` tells which
 * module specifiers are that chunk (any other import of them fails the build: it would put the code
 * into the entry, or load it unverified).
 */
const LAZY = {
  cytoscape: {
    input: CYTOSCAPE,
    fileName: 'chunks/cytoscape-[hash].js',
    call: /(?<!typeof\s+)\bimport\(\s*(['"])cytoscape\1\s*\)/g,
    owns: (id) => id === 'cytoscape' || id.startsWith('cytoscape/'),
  },
  drawing: {
    input: join(here, 'src/samordning-karta/map-drawing.ts'),
    fileName: 'chunks/map-drawing-[hash].js',
    call: /(?<!typeof\s+)\bimport\(\s*(['"])\.\/map-drawing\.js\1\s*\)/g,
    owns: (id) => /(^|\/)map-drawing(\.[jt]s)?$/.test(id),
  },
};
const lazyId = (key) => `\0sk-verified-${key}`;

/**
 * In the script-tag build, the `import()` of a lazy chunk becomes a call that first fetches it
 * through `<link rel="modulepreload" integrity>` and imports it only when its bytes match the hash
 * the entry carries. A failed preload leaves the module map entry failed, and the chunk is never
 * imported.
 */
function verifiedLazy(key, file, integrity) {
  const { call, owns } = LAZY[key];
  const id = lazyId(key);
  return {
    name: `sk-verified-${key}`,
    enforce: 'pre',
    resolveId(spec, importer) {
      if (spec === id) return id;
      if (owns(spec))
        this.error(
          `the script-tag build loads ${file} only through import('${spec}'), found it in ${importer}`,
        );
      return null;
    },
    load(loaded) {
      if (loaded !== id) return null;
      return `import { verifiedImport } from ${JSON.stringify(VERIFIED_IMPORT)};
export const load = () => verifiedImport(${JSON.stringify(`./${file}`)}, ${JSON.stringify(integrity)});
`;
    },
    transform(code, module) {
      if (!module.startsWith(join(here, 'src')) || !call.test(code)) return null;
      call.lastIndex = 0;
      const name = `__skLoad_${key}`;
      return `import { load as ${name} } from ${JSON.stringify(id)};\n${code.replace(call, `${name}()`)}`;
    },
  };
}

/** Builds into `outDir` (default dist/cdn; tests pass their own folder so parallel builds never collide). */
export async function buildCdn({ outDir = defaultOut, quiet = process.argv.includes('--quiet') } = {}) {
  const out = outDir;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const meta = { inputs: {}, outputs: {} };
  const { WORKER_FEATURES } = (await runnerImport(FEATURES)).module;

  // 1. The lazy chunks, each alone, so their hashes are known when the entries are built: Cytoscape
  // first, then the drawing code (which may only ask for Cytoscape the verified way).
  const lazy = {};
  for (const [key, { input, fileName }] of Object.entries(LAZY)) {
    const plugins = [
      verifiedImportHelper(),
      ...Object.entries(lazy).map(([k, c]) => verifiedLazy(k, c.file, c.integrity)),
    ];
    const [chunk, ...more] = await bundle(common(out, quiet, plugins), input, fileName, meta, out);
    if (more.length) throw new Error(`${input} must build to one file, got ${more.map((c) => c.fileName)}`);
    lazy[key] = { file: chunk.fileName, integrity: sri(readFileSync(join(out, chunk.fileName))) };
    for (const k of Object.keys(lazy))
      if (chunk.moduleIds.includes(lazyId(k)))
        meta.outputs[chunk.fileName].imports.push({ path: lazy[k].file, kind: 'dynamic-import' });
  }

  // 2. Each worker alone (one file: it runs from a blob: URL), for its hash.
  const workers = {};
  for (const [key, { worker }] of Object.entries(WORKERS)) {
    const [chunk, ...more] = await bundle(
      common(out, quiet),
      join(here, worker),
      `chunks/${basename(worker, '.ts')}-[hash].js`,
      meta,
      out,
    );
    if (more.length) throw new Error(`${worker} must build to one file, got ${more.map((c) => c.fileName)}`);
    workers[key] = { file: chunk.fileName, integrity: sri(readFileSync(join(out, chunk.fileName))) };
  }

  // 3. One build per entry so each file is self-contained (no chunks shared between entries).
  for (const [name, entry] of Object.entries(ENTRIES)) {
    const plugins = [
      verifiedImportHelper(),
      ...Object.entries(lazy).map(([key, c]) => verifiedLazy(key, c.file, c.integrity)),
      ...Object.entries(workers).map(([key, w]) => verifiedWorker(key, w.file, w.integrity, WORKER_FEATURES)),
    ];
    const [chunk, ...rest] = await bundle(
      common(out, quiet, plugins),
      join(here, entry),
      `${name}.js`,
      meta,
      out,
    );
    if (rest.length) throw new Error(`${name}.js must be one file, got ${rest.map((c) => c.fileName)}`);
    for (const [key, c] of Object.entries(lazy))
      if (chunk.moduleIds.includes(lazyId(key)))
        meta.outputs[chunk.fileName].imports.push({ path: c.file, kind: 'dynamic-import' });
    // A worker file is fetched (or imported) by the entry once an element loads or reads data: the
    // smallest catalogue that does all the entry's elements need (catalogue-client.ts, useCatalogueCode).
    const ids = new Set(chunk.moduleIds.map((id) => relative(here, id)));
    const needs = Object.entries(NEEDS).flatMap(([file, need]) => (ids.has(file) ? [need] : []));
    const catalogues = Object.keys(WORKER_FEATURES)
      .filter((key) => chunk.moduleIds.includes(virtualId(key)))
      .filter((key) => needs.every((need) => WORKER_FEATURES[key].includes(need)))
      .sort((a, b) => WORKER_FEATURES[a].length - WORKER_FEATURES[b].length);
    for (const [key, w] of Object.entries(workers))
      if (chunk.moduleIds.includes(virtualId(key)) && (key === 'read' || key === catalogues[0]))
        meta.outputs[chunk.fileName].imports.push({ path: w.file, kind: 'worker' });
  }

  const files = listFiles(out)
    .filter((f) => f.endsWith('.js'))
    .map((f) => relative(out, f));
  const integrity = Object.fromEntries(files.map((f) => [f, sri(readFileSync(join(out, f)))]));
  writeFileSync(join(out, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
  return { out, integrity, metafile: meta };
}

/**
 * One Vite (Rolldown) build; records its output in `meta` in the shape of esbuild's metafile
 * (https://esbuild.github.io/api/#metafile), so scripts/size.mjs and esbuild's bundle analyzer read it.
 * Paths of outputs are relative to the output folder, paths of inputs to the package.
 */
async function bundle(config, input, fileName, meta, out) {
  const result = await build({
    ...config,
    build: {
      ...config.build,
      rollupOptions: {
        input,
        preserveEntrySignatures: 'strict',
        output: {
          format: 'es',
          entryFileNames: fileName,
          chunkFileNames: 'chunks/[name]-[hash].js',
          // Lazy parts of our own code stay in the entry, so the entry's SRI hash covers them.
          codeSplitting: false,
        },
      },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result])
    .flatMap((r) => r.output)
    .filter((c) => c.type === 'chunk');
  const name = (id) => (id.startsWith('\0') ? id.slice(1) : relative(here, id));
  for (const c of chunks) {
    const inputs = {};
    for (const [id, m] of Object.entries(c.modules)) {
      inputs[name(id)] = { bytesInOutput: m.renderedLength };
      meta.inputs[name(id)] ??= {
        bytes: id.startsWith('\0') ? m.renderedLength : statSync(id).size,
        imports: [],
      };
    }
    meta.outputs[c.fileName] = {
      bytes: readFileSync(join(out, c.fileName)).length,
      inputs,
      imports: [
        ...c.imports.map((path) => ({ path, kind: 'import-statement' })),
        ...c.dynamicImports.map((path) => ({ path, kind: 'dynamic-import' })),
      ],
      exports: c.exports,
      ...(c.isEntry && c.facadeModuleId && { entryPoint: name(c.facadeModuleId) }),
    };
  }
  return chunks;
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)],
  );
}

if (process.argv[1]?.endsWith('build-cdn.mjs')) {
  const { integrity, metafile } = await buildCdn();
  const at = process.argv.indexOf('--metafile');
  if (at > 0) {
    const file = process.argv[at + 1];
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(metafile));
  }
  if (!process.argv.includes('--quiet')) {
    console.log('Subresource Integrity (add as integrity="…" with crossorigin="anonymous"):');
    for (const [file, hash] of Object.entries(integrity)) console.log(`  ${file.padEnd(40)} ${hash}`);
  }
}
