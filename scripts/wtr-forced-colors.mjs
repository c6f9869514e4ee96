// A web-test-runner command that turns forced colours (Windows high contrast) on or off in the test
// page, and brings the page to the front: `executeServerCommand('forced-colors', { active: true })`.
// Puppeteer's own media emulation accepts only the prefers-* features, so this asks Chromium through
// the DevTools Protocol. The session is kept per page: Chromium drops a session's emulation when it
// detaches.
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`forced-colors needs the Chrome launcher, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      // Test files run in several tabs at once and only the tab in front gets animation frames, in
      // which the map's canvas paints: a test that looks at the pixels needs its tab in front.
      await page.bringToFront();
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const value = payload?.active ? 'active' : 'none';
      await sessions
        .get(page)
        .send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}
