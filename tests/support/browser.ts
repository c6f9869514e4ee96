// Launches the system Chromium through playwright-core (npm cannot download browsers here).
import { type Browser, chromium, type Page } from 'playwright-core';
// @ts-expect-error: plain JavaScript helper shared with the web-test-runner config
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROME_PATH.');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export interface PageWatch {
  /** `securitypolicyviolation` events seen in the page. */
  violations: () => Promise<string[]>;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Origins of every request the page made. */
  origins: Set<string>;
}

/** Records CSP violations, errors and request origins of a page from its first script on. */
export async function watch(page: Page): Promise<PageWatch> {
  const errors: string[] = [];
  const origins = new Set<string>();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'http:' || u.protocol === 'https:') origins.add(u.origin);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return {
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    errors,
    origins,
  };
}
