// Runs every test suite in turn and ends with one line "N passed, N failed", counting every test
// (and each static check as one), so a run that executed nothing is visible.
// Usage: node scripts/test.mjs [--only lint,types,node,browser,size] [node test files...]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { setup } from './setup.mjs';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules/.bin', name);
const args = process.argv.slice(2).filter((a) => a !== '--setup');
// `--setup` (the README's `npm test`) first installs what is missing, pnpm and Chromium included.
if (process.argv.includes('--setup')) setup({ browser: true });
const onlyIdx = args.indexOf('--only');
const only = onlyIdx >= 0 ? new Set(args[onlyIdx + 1].split(',')) : undefined;
const want = (suite) => !only || only.has(suite);

function findFiles(dir, pattern, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) findFiles(p, pattern, out);
    else if (pattern.test(name)) out.push(p);
  }
  return out;
}

function run(cmd, cmdArgs, env = {}) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(cmd, cmdArgs, { cwd: root, env: { ...process.env, FORCE_COLOR: '0', ...env } });
    const onData = (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const totals = { passed: 0, failed: 0 };
const lines = [];
function record(name, passed, failed) {
  totals.passed += passed;
  totals.failed += failed;
  lines.push(`${failed ? '✗' : '✓'} ${name}: ${passed} passed, ${failed} failed`);
}
async function check(name, cmd, cmdArgs) {
  console.log(`\n── ${name} ──`);
  const { code } = await run(cmd, cmdArgs);
  record(name, code === 0 ? 1 : 0, code === 0 ? 0 : 1);
}

if (want('lint')) await check('lint (biome)', bin('biome'), ['check', '.', '--diagnostic-level=error']);
if (want('types')) await check('typecheck (tsc)', bin('tsc'), ['-p', 'tsconfig.json']);

if (want('node')) {
  const explicit = args.filter((a, i) => !a.startsWith('--') && i !== onlyIdx + 1);
  const files = explicit.length
    ? explicit
    : [
        ...findFiles(join(root, 'packages'), /\.test\.ts$/).filter((f) => /\/test\//.test(f)),
        ...findFiles(join(root, 'tests'), /\.test\.(ts|mjs)$/),
      ];
  console.log(`\n── node tests (${files.length} files) ──`);
  const { code, output } = await run(process.execPath, [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=tap',
    '--test-concurrency=2',
    ...files.map((f) => relative(root, f)),
  ]);
  const pass = Number(/^# pass (\d+)/m.exec(output)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(output)?.[1] ?? 0);
  record('node tests (SDK, CLI, end-to-end)', pass, fail || (code !== 0 && pass === 0 ? 1 : 0));
}

if (want('browser') && findFiles(join(root, 'packages/elements/src'), /\.test\.ts$/).length) {
  console.log('\n── browser tests (web-test-runner, Chromium) ──');
  const countFile = join(mkdtempSync(join(tmpdir(), 'wtr-')), 'count.json');
  const { code } = await run(bin('wtr'), ['--config', 'web-test-runner.config.mjs'], {
    WTR_COUNT_FILE: countFile,
  });
  const counts = existsSync(countFile)
    ? JSON.parse(readFileSync(countFile, 'utf8'))
    : { passed: 0, failed: 0 };
  record('browser tests (elements)', counts.passed, counts.failed || (code !== 0 ? 1 : 0));
}

if (want('size') && existsSync(join(root, 'scripts/size.mjs')))
  await check('size (no growth; goals in budgets.json)', process.execPath, ['scripts/size.mjs', '--ratchet']);

console.log(`\n${lines.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 ? 1 : 0;
