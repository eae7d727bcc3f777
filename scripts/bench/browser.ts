/**
 * What a real first render loads and how long it takes, in headless Chromium on the local host: the JS files the
 * frame requested until its first interactive element showed (whatever was lazy too), read back from the build.
 * It should equal the initial JS computed from the build (bundles.ts); a difference means a chunk the first render
 * loads that the static graph does not see, or the reverse.
 * The time is a wall-clock reading for information only. Skipped when there is no Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ADMIN_PERSONA, DEFAULT_PERSONA } from '../../sandbox/personas';
import type { Report } from './report';

const VIEWS: { module: string; query: string; frame: string; ready: 'radiogroup' | 'heading' }[] = [
  {
    module: 'survey-macro',
    query: `?persona=${DEFAULT_PERSONA.accountId}`,
    frame: 'macro-',
    ready: 'radiogroup',
  },
  {
    module: 'admin-page',
    query: `?view=admin&persona=${ADMIN_PERSONA.accountId}`,
    frame: 'page-admin-page',
    ready: 'heading',
  },
];

export async function measureBrowser(report: Report, url: string): Promise<void> {
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromePath)) {
    report.row('front end in Chromium', `skipped: no Chromium at ${chromePath}`);
    return;
  }
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_FLAGS } = await import('../../test/e2e/browser');
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_FLAGS });
  try {
    for (const view of VIEWS) {
      const page = await browser.newPage();
      const scripts = new Set<string>();
      page.on('request', (request) => {
        const u = new URL(request.url());
        if (u.pathname.startsWith('/app/') && u.pathname.endsWith('.js')) scripts.add(u.pathname);
      });
      const started = Date.now();
      await page.goto(`${url}/${view.query}`);
      await page
        .frameLocator(`iframe[data-frame-id^="${view.frame}"]`)
        .first()
        .getByRole(view.ready)
        .first()
        .waitFor();
      const renderMs = Date.now() - started;
      let gzip = 0;
      let raw = 0;
      for (const script of scripts) {
        // /app/<resource>/<frame>/assets/x.js → the built file
        const [, , resource, , ...rest] = script.split('/');
        const bytes = readFileSync(path.resolve('static/app/build', resource!, ...rest));
        raw += bytes.length;
        gzip += gzipSync(bytes).length;
      }
      report.row(
        `${view.module}: JS loaded (files / raw KiB / gzip KiB)`,
        `${scripts.size} / ${(raw / 1024).toFixed(1)} / ${(gzip / 1024).toFixed(1)}`,
      );
      report.row(`${view.module}: first interactive render in headless Chromium (ms, indicative)`, renderMs);
      report.figure(`browser.${view.module}.jsGzipBytes`, gzip);
      report.figure(`browser.${view.module}.renderMs`, renderMs);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}
