/**
 * Real Chromium for the browser suite: Debian's /usr/bin/chromium (or CHROME_PATH), driven by playwright-core.
 */
import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { PERSONAS } from '../../sandbox/personas';

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

/** Serious and critical axe violations on the page and its same-origin frames, as readable lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
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

/** The account id of a demo persona, by display name. */
export const accountOf = (name: string): string => {
  const persona = PERSONAS.find((p) => p.displayName === name);
  if (!persona) throw new Error(`no persona named ${name}`);
  return persona.accountId;
};

/**
 * The host page as `name`, in a fresh browser context (its own cookies: another person, another tab), with the
 * survey macro's frame. `query` adds to the URL's query (`&view=admin`, `&locale=fr-FR`).
 */
export async function openAs(
  browser: Browser,
  hostUrl: string,
  name: string,
  query = '',
  viewport = { width: 1280, height: 900 },
): Promise<{ page: Page; macro: FrameLocator }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${hostUrl}/?persona=${encodeURIComponent(accountOf(name))}${query}`);
  return { page, macro: page.frameLocator('iframe[data-frame-id^="macro-"]').first() };
}
