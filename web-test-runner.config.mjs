import { existsSync } from 'node:fs';
import { join } from 'node:path';
// Browser tests for the elements, in the system's headless Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';
import { forcedColorsPlugin } from './scripts/wtr-forced-colors.mjs';

// papaparse ships only a UMD file; bundlers wrap it, the test server does not. This gives it the
// default export the SDK's interop entry imports (used by <samordning-granska>).
const umdAsEsm = {
  name: 'umd-as-esm',
  transform(context) {
    if (!/\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) return undefined;
    return {
      body: `const module = { exports: {} }; const exports = module.exports;\n${context.body}\nexport default module.exports;`,
    };
  },
};

// Sources name their worker file `./x.js` (what tsc emits into dist/); the test server serves the
// `.ts` source for such a request, as Vite does.
const jsToTs = (context, next) => {
  if (context.path.endsWith('.js') && !context.path.includes('/node_modules/')) {
    const file = join(process.cwd(), decodeURIComponent(context.path));
    if (!existsSync(file) && existsSync(`${file.slice(0, -3)}.ts`))
      context.url = context.url.replace(/\.js(?=$|\?)/, '.ts');
  }
  return next();
};

export default {
  files: ['packages/elements/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  middleware: [jsToTs],
  plugins: [
    umdAsEsm,
    forcedColorsPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.base.json' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  concurrency: 2,
  testsFinishTimeout: 240_000,
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), countingReporter()],
};
