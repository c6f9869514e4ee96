// The documentation stays true: docs/api/ is what TypeDoc generates from the SDK's types today
// (regenerated into a temporary folder and compared file by file), and every relative link in
// docs/**/*.md and README.md points at a file that exists.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'sk-docs-api-'));

after(() => rmSync(tmp, { recursive: true, force: true }));

/** Every file under `dir`, as paths relative to it, sorted. */
function files(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? files(p, base) : [relative(base, p)];
    })
    .sort();
}

/** Relative link targets of a markdown text: inline links, images, reference definitions, HTML src/href. */
function relativeLinks(markdown: string): string[] {
  // Code is not links: drop fenced blocks, then inline code spans.
  const text = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm, '').replace(/`[^`\n]*`/g, '');
  const targets = [
    ...[...text.matchAll(/\]\(\s*(?:<([^>]+)>|([^)\s]+))(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] ?? m[2]),
    ...[...text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)/gm)].map((m) => m[1]),
    ...[...text.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]),
  ];
  return targets.filter(
    (t): t is string => !!t && !t.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(t) && !t.startsWith('//'),
  );
}

describe('SDK API reference (docs/api/)', () => {
  it('is up to date with the types (run `pnpm docs:api` when this fails)', async () => {
    try {
      await run(join(root, 'node_modules/.bin/typedoc'), ['--out', tmp, '--logLevel', 'Warn'], {
        cwd: root,
        env: { ...process.env, FORCE_COLOR: '0' },
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (error) {
      const e = error as Error & { stdout?: string; stderr?: string };
      throw new Error(`typedoc failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
    }
    const committed = join(root, 'docs/api');
    assert.ok(existsSync(committed), 'docs/api/ is missing: run `pnpm docs:api`');
    const want = files(tmp);
    assert.ok(want.length > 20 && want.includes('index.md'), `TypeDoc wrote only ${want.length} files`);
    assert.deepEqual(files(committed), want, 'docs/api/ has other files than TypeDoc generates');
    const stale = want.filter(
      (f) => readFileSync(join(committed, f), 'utf8') !== readFileSync(join(tmp, f), 'utf8'),
    );
    assert.deepEqual(stale, [], 'these pages in docs/api/ differ from the generated ones');
  });

  it('documents both entry points', () => {
    const index = readFileSync(join(root, 'docs/api/index.md'), 'utf8');
    for (const f of ['loadDataset', 'validateDataset', 'coverage']) {
      assert.ok(existsSync(join(root, `docs/api/index/functions/${f}.md`)), `no page for ${f}`);
    }
    assert.ok(existsSync(join(root, 'docs/api/interop/functions/datasetToTables.md')), 'no interop pages');
    assert.match(index, /interop/);
  });
});

describe('links in the documentation', () => {
  const pages = [
    ...files(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => join('docs', f)),
    'README.md',
  ];

  it('finds the pages and their links', () => {
    assert.ok(pages.length > 20, `only ${pages.length} pages`);
    assert.deepEqual(relativeLinks('[a](x.md#y) [b](https://e.se) `[c](no.md)` [d](#z) <img src="i.png">'), [
      'x.md#y',
      'i.png',
    ]);
  });

  it('every relative link points at an existing file', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const target of relativeLinks(readFileSync(join(root, page), 'utf8'))) {
        const path = decodeURIComponent(target.split('#')[0]?.split('?')[0] ?? '');
        if (path && !existsSync(join(root, dirname(page), path))) broken.push(`${page} → ${target}`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it('docs/index.md links every part of the documentation', () => {
    const links = new Set(
      relativeLinks(readFileSync(join(root, 'docs/index.md'), 'utf8')).map(decodeURIComponent),
    );
    for (const page of [
      'getting-started.md',
      'data-format.md',
      'insats-sok.md',
      'samordning-karta.md',
      'samordning-analys.md',
      'api/index.md',
      'cli.md',
      'bädda-in.md',
      'theming.md',
      'tillganglighet.md',
      'glossary.md',
      'redigera-data.md',
      'hsds.md',
      'licens.md',
    ]) {
      assert.ok(links.has(page), `docs/index.md does not link ${page}`);
    }
    assert.ok(
      relativeLinks(readFileSync(join(root, 'README.md'), 'utf8')).includes('docs/index.md'),
      'README.md does not link docs/index.md',
    );
  });
});
