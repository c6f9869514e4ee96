// The packages as a developer gets them: builds the workspace, packs @samordningskartan/sdk, /elements
// and /cli with pnpm (which applies publishConfig), checks what the tarballs hold, installs them into
// an empty project from the registry, and uses them there: the SDK in Node, the CLI through npx, the
// typings from TypeScript (React 19, Vue, Svelte) and the example apps built with Vite and opened in
// Chromium.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { build } from 'vite';
import { launch, watch } from './support/browser.js';
import { startServer } from './support/server.js';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;
const PACKAGES = ['sdk', 'elements', 'cli'] as const;
type Pkg = (typeof PACKAGES)[number];
const ELEMENTS = ['insats-sok', 'samordning-karta', 'samordning-analys', 'samordning-granska'];
const VERSION = '0.1.0';

const tmp = mkdtempSync(join(tmpdir(), 'samordningskartan-pack-'));
const packs = join(tmp, 'packs');
const app = join(tmp, 'app');
const tarballs = {} as Record<Pkg, { file: string; entries: string[]; manifest: PackageJson }>;

interface PackageJson {
  name: string;
  version: string;
  files?: string[];
  exports?: Record<string, unknown>;
  sideEffects?: boolean | string[];
  customElements?: string;
  bin?: Record<string, string>;
  dependencies?: Record<string, string>;
  publishConfig?: unknown;
}

async function sh(cmd: string, args: string[], cwd = root, env: Record<string, string> = {}) {
  try {
    return await run(cmd, args, {
      cwd,
      env: { ...process.env, FORCE_COLOR: '0', npm_config_update_notifier: 'false', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as Error & { stdout?: string; stderr?: string; code?: number };
    throw new Error(`${cmd} ${args.join(' ')} failed (${e.code}):\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

/** Every string target of an exports map (conditions flattened), with the subpath it belongs to. */
function exportTargets(exports: Record<string, unknown>): Array<{ subpath: string; target: string }> {
  const out: Array<{ subpath: string; target: string }> = [];
  const walk = (subpath: string, value: unknown) => {
    if (typeof value === 'string') out.push({ subpath, target: value });
    else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(subpath, v);
  };
  for (const [subpath, value] of Object.entries(exports)) walk(subpath, value);
  return out;
}

/** The files a module loads statically (relative imports), following them through the package. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/g))
    staticClosure(join(dirname(file), m[1]!), seen);
  for (const m of code.matchAll(/(?:^|\n)\s*import\s*['"](\.{1,2}\/[^'"]+)['"]/g))
    staticClosure(join(dirname(file), m[1]!), seen);
  return seen;
}

before(
  async () => {
    await sh('pnpm', ['run', 'build']);
    for (const pkg of PACKAGES) {
      const { stdout } = await sh('pnpm', ['pack', '--pack-destination', packs], join(root, 'packages', pkg));
      const file = stdout.trim().split('\n').at(-1)!.trim();
      assert.ok(existsSync(file), `pnpm pack wrote ${file}`);
      const entries = (await sh('tar', ['-tzf', file])).stdout.trim().split('\n').sort();
      const manifest = JSON.parse((await sh('tar', ['-xzOf', file, 'package/package.json'])).stdout);
      tarballs[pkg] = { file, entries, manifest };
    }
    cpSync(join(root, 'examples/data'), join(app, 'data'), { recursive: true });
    writeFileSync(
      join(app, 'package.json'),
      `${JSON.stringify({ name: 'pack-test-app', private: true, type: 'module' }, null, 2)}\n`,
    );
    // A plain registry install, as a developer would do it (npm, no workspace, no lockfile).
    await sh(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        ...PACKAGES.map((p) => tarballs[p].file),
        'react@19.3.1',
        'react-dom@19.3.1',
        '@types/react@19.3.0',
        '@types/react-dom@19.3.0',
      ],
      app,
    );
  },
  { timeout: 240_000 },
);

after(() => rmSync(tmp, { recursive: true, force: true }));

test('every tarball is version 0.1.0 with licence, changelog, readme and no tests, fixtures or sources', () => {
  for (const pkg of PACKAGES) {
    const { entries, manifest } = tarballs[pkg];
    const files = entries.map((e) => e.replace(/^package\//, ''));
    assert.equal(manifest.version, VERSION, pkg);
    for (const f of ['package.json', 'LICENSE', 'CHANGELOG.md', 'README.md'])
      assert.ok(files.includes(f), `${pkg} ships ${f}`);
    assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), /MIT License/);
    const forbidden = files.filter((f) =>
      /(^|\/)(src|test|tests|fixtures|bench|stories|node_modules)\/|\.(test|spec|stories|tmp)\.|\.tsbuildinfo$|\.map$|(?<!\.d)\.ts$/.test(
        f,
      ),
    );
    assert.deepEqual(
      forbidden,
      [],
      `${pkg} ships no tests, fixtures, stories, source maps or TypeScript sources`,
    );
    for (const [name, range] of Object.entries(manifest.dependencies ?? {}))
      assert.doesNotMatch(range, /^workspace:/, `${pkg}: ${name} is a real version range`);
    assert.equal(manifest.dependencies?.['@samordningskartan/sdk'] ?? VERSION, VERSION);
  }
});

test('exports maps point at files in the tarball, types first', () => {
  for (const pkg of ['sdk', 'elements'] as const) {
    const { entries, manifest } = tarballs[pkg];
    assert.ok(manifest.exports, `${pkg} has exports`);
    for (const { subpath, target } of exportTargets(manifest.exports)) {
      assert.match(target, /^\.\/(dist|schema)\/|^\.\/(package|custom-elements)\.json$/, `${pkg} ${subpath}`);
      if (target.includes('*')) {
        const prefix = `package/${target.slice(2, target.indexOf('*'))}`;
        assert.ok(
          entries.some((e) => e.startsWith(prefix)),
          `${pkg} ${subpath}: files under ${prefix}`,
        );
      } else assert.ok(entries.includes(`package/${target.slice(2)}`), `${pkg} ${subpath} → ${target}`);
    }
    for (const [subpath, value] of Object.entries(manifest.exports))
      if (value && typeof value === 'object' && 'types' in value)
        assert.equal(Object.keys(value)[0], 'types', `${pkg} ${subpath}: "types" comes first`);
  }
  const sdk = tarballs.sdk.manifest;
  assert.equal(sdk.sideEffects, false);
  for (const entry of [
    'dist/index.d.ts',
    'dist/interop/index.d.ts',
    'schema/samordningskartan-v1.schema.json',
  ])
    assert.ok(tarballs.sdk.entries.includes(`package/${entry}`), entry);
});

test('the elements ship custom-elements.json, JSX types, script-tag bundles and define entries', () => {
  const { entries, manifest } = tarballs.elements;
  assert.equal(manifest.customElements, 'custom-elements.json');
  const cem = JSON.parse(
    readFileSync(join(app, 'node_modules/@samordningskartan/elements/custom-elements.json'), 'utf8'),
  );
  const tags = cem.modules.flatMap((m: { declarations?: Array<{ tagName?: string }> }) =>
    (m.declarations ?? []).map((d) => d.tagName).filter(Boolean),
  );
  assert.deepEqual([...tags].sort(), [...ELEMENTS].sort());
  for (const m of cem.modules)
    assert.ok(entries.includes(`package/${m.path}`), `manifest module ${m.path} shipped`);
  const exp = manifest.exports as Record<string, unknown>;
  for (const el of ELEMENTS) {
    assert.ok(exp[`./${el}`], `export ./${el}`);
    assert.ok(exp[`./${el}/define.js`], `export ./${el}/define.js`);
    for (const f of [`dist/${el}/index.d.ts`, `dist/${el}/define.js`, `dist/cdn/${el}.js`])
      assert.ok(entries.includes(`package/${f}`), f);
  }
  for (const f of ['react', 'vue', 'svelte', 'types'])
    assert.ok(entries.includes(`package/dist/jsx/${f}.d.ts`), `dist/jsx/${f}.d.ts`);
  assert.ok(entries.includes('package/dist/cdn/integrity.json'));
  const sideEffects = manifest.sideEffects as string[];
  assert.ok(Array.isArray(sideEffects));
  assert.ok(sideEffects.includes('./dist/*/define.js') && sideEffects.includes('./dist/all.js'));
  assert.ok(
    !sideEffects.some((s) => /index|\*\*?\.js$/.test(s) && !s.includes('cdn')),
    'index files are pure',
  );
});

test('element classes import without registering; define.js registers', () => {
  const dir = join(app, 'node_modules/@samordningskartan/elements');
  // A call with a literal tag name registers; shared/define.js only holds the helper.
  const registers = (files: Set<string>) =>
    [...files].some((f) => /(?:customElements\.define|defineElement)\(\s*['"]/.test(readFileSync(f, 'utf8')));
  for (const entry of ['dist/index.js', ...ELEMENTS.map((el) => `dist/${el}/index.js`)]) {
    const files = staticClosure(join(dir, entry));
    assert.ok(files.size > 1, `${entry} imports its class`);
    assert.ok(![...files].some((f) => f.endsWith('/define.js') && !f.endsWith('shared/define.js')), entry);
    assert.ok(!registers(files), `${entry} registers no tag`);
  }
  for (const el of ELEMENTS) assert.ok(registers(staticClosure(join(dir, `dist/${el}/define.js`))), el);
});

test('the SDK loads and analyses the demo data in Node from the installed package', async () => {
  const script = `
    import { readFileSync } from 'node:fs';
    import { coverage, formatProblem, loadDataset } from '@samordningskartan/sdk';
    import { datasetToTables } from '@samordningskartan/sdk/interop';
    const result = await loadDataset(JSON.parse(readFileSync('data/demo.json', 'utf8')), { labels: ['demo.json'] });
    const tables = datasetToTables(result.dataset.data);
    console.log(JSON.stringify({
      errors: result.errors, fatal: result.fatal, problems: result.problems.map((p) => formatProblem(p)),
      services: result.dataset.services.length, associations: result.dataset.associations().length,
      gaps: coverage(result.dataset).gaps.length, tables: tables.length,
    }));`;
  writeFileSync(join(app, 'sdk-check.mjs'), script);
  const out = JSON.parse((await sh(process.execPath, ['sdk-check.mjs'], app)).stdout);
  assert.equal(out.errors, 0, out.problems.join('\n'));
  assert.equal(out.fatal, false);
  assert.ok(out.services > 10 && out.associations > 1, JSON.stringify(out));
  assert.ok(out.gaps > 0);
  assert.ok(out.tables > 0);
});

test('npx samordningskartan validate works from the installed CLI', async () => {
  const ok = await sh(
    'npx',
    ['--no-install', 'samordningskartan', 'validate', 'data/demo.json', '--json'],
    app,
  );
  const report = JSON.parse(ok.stdout);
  assert.equal(report.errors, 0);
  assert.ok(report.counts.services > 10);
  writeFileSync(join(app, 'broken.json'), '{"formatVersion": 1, "organisations": [{"id": 5}]}');
  await assert.rejects(
    sh('npx', ['--no-install', 'samordningskartan', 'validate', 'broken.json'], app),
    /failed \(1\)/,
    'invalid data exits with 1',
  );
  const help = await sh('npx', ['--no-install', 'samordningskartan', '--help'], app);
  assert.match(help.stdout, /validate/);
});

test('TypeScript users get typed SDK, elements and JSX for React 19, Vue and Svelte', async () => {
  // Vue and Svelte are not installed into the test project (time); their types come from the workspace.
  const vue = join(root, 'packages/elements/node_modules/vue');
  const svelte = join(root, 'packages/elements/node_modules/svelte');
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
        paths: { vue: [vue], 'svelte/elements': [join(svelte, 'elements.d.ts')] },
      },
      include: ['types-check/*.ts', 'types-check/*.tsx', 'react/*.tsx', 'sdk-app/*.ts'],
    }),
  );
  cpSync(join(root, 'examples/sdk-app'), join(app, 'sdk-app'), { recursive: true });
  cpSync(join(root, 'examples/react'), join(app, 'react'), { recursive: true });
  rmSync(join(app, 'react/tsconfig.json'), { force: true });
  const dir = join(app, 'types-check');
  cpSync(join(root, 'tests/pack-fixtures'), dir, { recursive: true });
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  await sh(process.execPath, [tsc, '-p', 'tsconfig.json'], app);
  // The fixtures' @ts-expect-error lines hold only while the typings are strict; prove a wrong prop fails.
  writeFileSync(
    join(dir, 'wrong.tsx'),
    'import type {} from \'@samordningskartan/elements/jsx/react\';\nexport const x = <insats-sok staleMonths="12" />;\n',
  );
  await assert.rejects(sh(process.execPath, [tsc, '-p', 'tsconfig.json'], app), /staleMonths|not assignable/);
  rmSync(join(dir, 'wrong.tsx'));
});

test('the example apps build against the packed packages and run in Chromium', async () => {
  const outDir = join(app, 'dist');
  await build({
    root: app,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: {
        input: { sdk: join(app, 'sdk-app/index.html'), react: join(app, 'react/index.html') },
      },
    },
  });
  const server = await startServer({ mounts: { '/data/': join(app, 'data'), '/': outDir } });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const w = await watch(page);
    await page.goto(`${server.url}/sdk-app/?kommun=0780`);
    await page.locator('#gaps li').first().waitFor();
    assert.match((await page.locator('#result h2').textContent()) ?? '', /Växjö/);
    assert.deepEqual(w.errors, []);

    const react = await browser.newPage();
    const rw = await watch(react);
    await react.goto(`${server.url}/react/`);
    await react.getByText('Insatserna är laddade.').waitFor();
    await react.selectOption('#kommun', '0780');
    assert.equal(
      await react.evaluate(() => document.querySelector('insats-sok')?.getAttribute('municipality')),
      '0780',
    );
    assert.equal(
      await react.evaluate(() => customElements.get('samordning-karta') !== undefined),
      true,
      'the define entry registered the map',
    );
    assert.deepEqual(rw.errors, []);
    assert.deepEqual([...rw.origins], [server.url], 'no third-party requests');
  } finally {
    await browser.close();
    await server.close();
  }
});
