/**
 * The browser suite's set-up, once per test file: the local host with the demo data, as `npm start` runs it, and
 * real Chromium (./browser.ts: the run's one, or the file's own when run without jest.e2e.config.js's set-up);
 * pages opened as a persona, resolver calls made as a frame of the page makes them, and axe. Call `browserSuite()`
 * at the top of a test file: it starts both before the tests and stops them after.
 */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { invokeAs, startTestHost, type Host } from '../helpers/host';
import { personaNamed } from '../helpers/people';
import { suiteChromium } from './browser';

export { downloadedText, seriousA11yViolations } from './browser';

/** Where the suite's screenshots go. */
export const SHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp';

export interface Viewport {
  width: number;
  height: number;
}

export interface BrowserSuite {
  readonly host: Host;
  readonly browser: Browser;
  /**
   * The host page as `name` ("Alice Martin"), in a fresh browser context (its own cookies: another person, another
   * tab), with the survey macro's frame. `query` adds to the URL's query (`&view=admin`, `&locale=fr-FR`).
   */
  openAs(name: string, query?: string, viewport?: Viewport): Promise<{ page: Page; macro: FrameLocator }>;
  /** A resolver call through the host as `name`, as the frame `frame` of the page makes it: the Result it answers. */
  invoke<T = unknown>(name: string, frame: string, functionKey: string, payload: unknown): Promise<T>;
}

export function browserSuite(): BrowserSuite {
  let host: Host | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    host = await startTestHost();
    browser = await suiteChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser suite starts in beforeAll: use it inside tests');
    return value;
  };
  const suite: BrowserSuite = {
    get host() {
      return started(host);
    },
    get browser() {
      return started(browser);
    },
    async openAs(name, query = '', viewport = { width: 1280, height: 900 }) {
      const context = await suite.browser.newContext({ viewport });
      const page = await context.newPage();
      const persona = encodeURIComponent(personaNamed(name).accountId);
      await page.goto(`${suite.host.url}/?persona=${persona}${query}`);
      return { page, macro: page.frameLocator('iframe[data-frame-id^="macro-"]').first() };
    },
    async invoke<T>(name: string, frame: string, functionKey: string, payload: unknown) {
      const answer = await invokeAs(suite.host, personaNamed(name).accountId, functionKey, payload, frame);
      return answer.body as T;
    },
  };
  return suite;
}
