// Browser tests for the elements, in the system's headless Chromium.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';

export default {
  files: ['packages/elements/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // A worker's URL (`new URL('./x.js', import.meta.url)`) names the .js file the build will emit:
  // serve the TypeScript source in its place, as imports are.
  middleware: [
    (ctx, next) => {
      const m = /^(\/packages\/[^?]*)\.js(\?.*)?$/.exec(ctx.url);
      if (m && !existsSync(`.${m[1]}.js`) && existsSync(`.${m[1]}.ts`)) ctx.url = `${m[1]}.ts${m[2] ?? ''}`;
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.base.json' })],
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
