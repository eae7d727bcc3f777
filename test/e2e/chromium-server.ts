/**
 * The browser suite's one Chromium (jest.e2e.config.js: `globalSetup` and `globalTeardown`). Launched once per run
 * as a Playwright browser server; each test file connects to it (./browser.ts `suiteChromium`) and still opens
 * contexts of its own, so files stay apart as when each launched its own Chromium, without paying that launch
 * (about a second and a half each on CI's cores) per file.
 */
import { chromium, type BrowserServer } from 'playwright-core';
import { CHROMIUM_ENDPOINT, CHROMIUM_FLAGS, chromiumPath } from './browser';

const held = globalThis as { e2eChromium?: BrowserServer };

export async function startChromiumServer(): Promise<void> {
  const server = await chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  held.e2eChromium = server;
  // Workers inherit the parent's environment: how each test file finds the server.
  process.env[CHROMIUM_ENDPOINT] = server.wsEndpoint();
}

export async function stopChromiumServer(): Promise<void> {
  await held.e2eChromium?.close();
  delete held.e2eChromium;
  delete process.env[CHROMIUM_ENDPOINT];
}
