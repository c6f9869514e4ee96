// Installs what the two README commands need on a machine that has only Node and npm:
// pnpm, the workspace's dependencies and (with --browser) a Chromium for the browser tests.
// Stops with a clear message where it cannot.
import { execSync, spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

const PNPM_VERSION = '12.21.0';
const wantBrowser = process.argv.includes('--browser');

function fail(message) {
  console.error(`\n✗ ${message}\n`);
  process.exit(1);
}
function has(cmd, args = ['--version']) {
  return spawnSync(cmd, args, { stdio: 'ignore', shell: process.platform === 'win32' }).status === 0;
}
function run(cmd, env = {}) {
  console.log(`$ ${cmd}`);
  execSync(cmd, { stdio: 'inherit', env: { ...process.env, ...env } });
}

const [major] = process.versions.node.split('.').map(Number);
if (major < 20) fail(`Node ${process.versions.node} is too old: Node 20 or newer is needed.`);

if (!has('pnpm')) {
  console.log('pnpm is missing: installing it.');
  try {
    run(`corepack enable && corepack prepare pnpm@${PNPM_VERSION} --activate`, {
      COREPACK_INTEGRITY_KEYS: '0',
    });
  } catch {
    try {
      run(`npm install --global pnpm@${PNPM_VERSION}`);
    } catch {
      fail(
        `Could not install pnpm. Install it by hand (npm install --global pnpm@${PNPM_VERSION}) and run the command again.`,
      );
    }
  }
  if (!has('pnpm'))
    fail(
      "pnpm was installed but is not on PATH. Open a new shell (or add npm's global bin folder to PATH) and run the command again.",
    );
}

try {
  run('pnpm install --frozen-lockfile --reporter=append-only');
} catch {
  fail('Installing the dependencies failed (see above). Check the network connection to the npm registry.');
}

if (wantBrowser && !findChromium()) {
  console.log("No Chromium found: installing Debian's chromium package for the browser tests.");
  const root = process.getuid?.() === 0;
  if (has('apt-get', ['--version'])) {
    try {
      run(
        `${root ? '' : 'sudo '}apt-get update -qq && ${root ? '' : 'sudo '}apt-get install -y -qq chromium`,
        { DEBIAN_FRONTEND: 'noninteractive' },
      );
    } catch {
      /* reported below */
    }
  }
  if (!findChromium()) {
    fail(
      'The browser tests need Chromium. Install it (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium executable.',
    );
  }
}
