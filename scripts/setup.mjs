// Installs what the two README commands need on a machine that has only Node and npm:
// pnpm, the workspace's dependencies and (with --browser) a Chromium for the browser tests.
// Stops with a clear message where it cannot. Used as a module by test.mjs and demo.mjs (so the
// PATH it sets reaches every child process) and runnable on its own: `node scripts/setup.mjs`.
//
// pnpm comes from npm, never from corepack: corepack's pnpm shim fails the registry signature check
// on these machines and is left broken. Where a global npm install is not allowed (or a broken shim
// is in the way), pnpm goes into .tools/ in the repository and is used from there.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium.mjs';

export const PNPM_VERSION = '12.21.0';
const root = fileURLToPath(new URL('..', import.meta.url));
const localPrefix = join(root, '.tools');
const localBin = join(localPrefix, 'node_modules', '.bin');

function fail(message) {
  console.error(`\n✗ ${message}\n`);
  process.exit(1);
}
function works(cmd, args = ['--version']) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', shell: process.platform === 'win32' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}
function run(cmd, env = {}) {
  console.log(`$ ${cmd}`);
  execSync(cmd, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
}
function tryRun(cmd) {
  try {
    run(cmd);
    return true;
  } catch {
    return false;
  }
}
function usePathFirst(dir) {
  if (!process.env.PATH?.split(delimiter).includes(dir))
    process.env.PATH = `${dir}${delimiter}${process.env.PATH ?? ''}`;
}

/** Makes sure a working pnpm of the pinned major version is on process.env.PATH. */
export function ensurePnpm() {
  if (existsSync(join(localBin, 'pnpm'))) usePathFirst(localBin);
  const found = works('pnpm');
  if (found && found.split('.')[0] === PNPM_VERSION.split('.')[0]) return;
  console.log(
    found
      ? `pnpm ${found} is not version ${PNPM_VERSION}: installing it.`
      : 'pnpm is missing or does not run: installing it with npm.',
  );
  // A global install is tried only where nothing named pnpm is in the way (a broken corepack shim
  // would make npm refuse or, worse, be overwritten without asking).
  const onPath = spawnSync('sh', ['-c', 'command -v pnpm'], { encoding: 'utf8' }).stdout.trim();
  if (!onPath && tryRun(`npm install --global --no-audit --no-fund pnpm@${PNPM_VERSION}`) && works('pnpm'))
    return;
  if (tryRun(`npm install --prefix "${localPrefix}" --no-audit --no-fund --no-save pnpm@${PNPM_VERSION}`)) {
    usePathFirst(localBin);
    if (works('pnpm')) return;
  }
  fail(
    `Could not install pnpm ${PNPM_VERSION} with npm. Check the connection to the npm registry, or install it yourself (npm install --global pnpm@${PNPM_VERSION}) and run the command again.`,
  );
}

function ensureDependencies() {
  try {
    run('pnpm install --frozen-lockfile --reporter=append-only');
  } catch {
    fail('Installing the dependencies failed (see above). Check the network connection to the npm registry.');
  }
}

function ensureChromium() {
  if (findChromium()) return;
  const root = process.getuid?.() === 0;
  const command = 'apt-get update && apt-get install -y chromium';
  if (!root) {
    // Never run sudo unasked: say exactly what to run.
    fail(
      `The browser tests need Chromium, and none was found. Install it and run the command again:\n    sudo sh -c '${command}'\n  or set CHROME_PATH to a Chrome or Chromium executable.`,
    );
  }
  console.log("No Chromium found: installing Debian's chromium package for the browser tests.");
  if (works('apt-get')) {
    try {
      run('apt-get update -qq && apt-get install -y -qq chromium', { DEBIAN_FRONTEND: 'noninteractive' });
    } catch {
      /* reported below */
    }
  }
  if (!findChromium()) {
    fail(
      `The browser tests need Chromium. Install it (Debian/Ubuntu: ${command}) or set CHROME_PATH to a Chrome or Chromium executable.`,
    );
  }
}

/** Installs what is missing. `browser`: also a Chromium for the browser and end-to-end tests. */
export function setup({ browser = false } = {}) {
  const [major] = process.versions.node.split('.').map(Number);
  if (major < 20) fail(`Node ${process.versions.node} is too old: Node 20 or newer is needed.`);
  ensurePnpm();
  ensureDependencies();
  if (browser) ensureChromium();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  setup({ browser: process.argv.includes('--browser') });
}
