/**
 * Real Chromium for the browser suite: Debian's /usr/bin/chromium (or CHROME_PATH), driven by playwright-core.
 */
import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Download, type Page } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}: install Debian's chromium (apt-get install -y chromium) or set CHROME_PATH.`,
    );
  }
  return path;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}

/** Where the run's one Chromium listens (./chromium-server.ts), for the test files to connect to. */
export const CHROMIUM_ENDPOINT = 'E2E_CHROMIUM_ENDPOINT';

/**
 * The run's Chromium when the suite started one (jest.e2e.config.js), else one of this file's own. Closing a
 * connected browser closes the contexts this file opened and leaves the others' alone.
 */
export function suiteChromium(): Promise<Browser> {
  const endpoint = process.env[CHROMIUM_ENDPOINT];
  return endpoint ? chromium.connect(endpoint) : launchChromium();
}

/** A download's content as text, read through Playwright: a connected browser's files are not on this side. */
export async function downloadedText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serious and critical axe violations on the page and its same-origin frames, as readable lines. Every rule runs;
 * `resultTypes` only has axe list one node per rule for the passes and the inapplicable (its documented option for
 * heavy pages): violations are listed in full as before.
 */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')})`,
    );
}
