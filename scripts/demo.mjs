// Serves the example pages with the demo dataset: `npm start`.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setup } from './setup.mjs';

if (process.argv.includes('--setup')) setup();
const root = new URL('..', import.meta.url).pathname;
const port = process.env.PORT ?? '5173';
console.log(`\nSamordningskartan demo: http://127.0.0.1:${port}/  (Ctrl+C stops it)\n`);
const child = spawn(
  join(root, 'node_modules/.bin/vite'),
  ['--config', 'examples/vite.config.ts', '--port', port, '--strictPort'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
child.on('exit', (code) => process.exit(code ?? 0));
