// The README's commands install pnpm without corepack: on a PATH whose `pnpm` is a broken shim (as
// corepack leaves when its download fails the signature check), set-up must neither use it nor
// overwrite it, but install the pinned pnpm into the repository's .tools/ and put that first on PATH.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const root = new URL('..', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'sk-setup-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('set-up on a machine with a broken pnpm shim', () => {
  it('installs the pinned pnpm into .tools/ and leaves the shim alone', () => {
    const shim = join(tmp, 'bin', 'pnpm');
    mkdirSync(join(tmp, 'bin'));
    const broken = '#!/bin/sh\necho "carries no npm registry signature" >&2\nexit 1\n';
    writeFileSync(shim, broken);
    chmodSync(shim, 0o755);
    cpSync(join(root, 'scripts'), join(tmp, 'scripts'), { recursive: true });
    const probe = `import { ensurePnpm, PNPM_VERSION } from ${JSON.stringify(join(tmp, 'scripts/setup.mjs'))};
      import { execSync } from 'node:child_process';
      ensurePnpm();
      console.log(JSON.stringify({ want: PNPM_VERSION, path: execSync('command -v pnpm', { shell: '/bin/sh' }).toString().trim(), version: execSync('pnpm --version').toString().trim() }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
      env: { ...process.env, PATH: `${join(tmp, 'bin')}:${process.env.PATH}` },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const result = JSON.parse(out.trim().split('\n').at(-1)!);
    assert.equal(result.path, join(tmp, '.tools/node_modules/.bin/pnpm'));
    assert.equal(result.version, result.want);
    assert.equal(readFileSync(shim, 'utf8'), broken, 'the shim on PATH is not overwritten');
  });
});
