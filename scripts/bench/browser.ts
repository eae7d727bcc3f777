/**
 * What a real first render loads and how long it takes, in headless Chromium on the local host: the JS files the
 * frame requested until its first interactive element showed (whatever was lazy too), read back from the build.
 * It should equal the initial JS computed from the build (bundles.ts); a difference means a chunk the first render
 * loads that the static graph does not see, or the reverse.
 * The time is a wall-clock reading for information only. Skipped when there is no Chromium.
 *
 * Then the survey macro's render ratio (browser.survey-macro.renderRatio), in the same Chromium: the time to the
 * survey macro's first interactive render (the host's page with the macro's frame, demo data, as `npm start` serves
 * them) over the time a bare React 18 page (./baseline: no Atlaskit, no app, no bridge, no data) takes to render
 * the same grid: as many criteria as the macro showed, each a radio group of the 4 levels and "not applicable",
 * and a comment field. The baseline is built with Vite like the app and served over HTTP with the headers the host
 * gives the app's files. Each run is a fresh browser context (nothing cached, no cookie, no draft), the two pages
 * taking turns; the time of a run is from the navigation's start (the top page's `performance.timeOrigin`) to the
 * moment Playwright sees the first radio group (its polling adds the same few milliseconds to both). The median of
 * RUNS runs of each, after one warm-up of each, is kept. A figure of this machine, for information: no test
 * asserts it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { appFrameCsp, contentTypeOf, sendText } from '../../sandbox/server/http';
import { readFileIn } from '../../sandbox/server/resources';
import { ADMIN_PERSONA, DEFAULT_PERSONA } from '../../sandbox/personas';
import type { Report } from './report';

const RUNS = 7;
const BASELINE_DIR = path.resolve(__dirname, 'baseline');

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
        // Only the module's own frame: the page banner's frame above the title loads its bundle too.
        const frame = u.pathname.split('/')[3] ?? '';
        if (u.pathname.startsWith('/app/') && u.pathname.endsWith('.js') && frame.startsWith(view.frame))
          scripts.add(u.pathname);
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
    await measureRenderRatio(report, browser, url);
  } finally {
    await browser.close();
  }
}

interface Timed {
  ms: number;
  radiogroups: number;
  textareas: number;
}

/** Opens `url` in a fresh context and times its first radio group: in the page, or in its frame `frameSelector`. */
async function timeFirstRadiogroup(
  browser: Browser,
  url: string,
  frameSelector: string | null,
): Promise<Timed> {
  const context = await browser.newContext();
  try {
    const page: Page = await context.newPage();
    await page.goto(url);
    const frame = frameSelector ? page.frameLocator(frameSelector).first() : page;
    await frame.getByRole('radiogroup').first().waitFor();
    const shownAt = Date.now();
    // Epoch milliseconds, the same clock as Date.now() on this machine: the navigation's start.
    const start = await page.evaluate(() => performance.timeOrigin);
    return {
      ms: shownAt - start,
      radiogroups: await frame.getByRole('radiogroup').count(),
      textareas: await frame.locator('textarea').count(),
    };
  } finally {
    await context.close();
  }
}

/** The baseline page built as the app is (Vite, React plugin, production), into a temporary directory. */
async function buildBaseline(outDir: string): Promise<void> {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    configFile: false,
    root: BASELINE_DIR,
    base: './',
    logLevel: 'silent',
    mode: 'production',
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { outDir, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } },
  });
}

/** Serves `dir` as the host serves a resource's files: same content types, CSP and cache headers. */
async function serve(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const file = readFileIn(dir, rel || 'index.html');
    if (!file) return sendText(res, 404, 'text/plain; charset=utf-8', 'not found');
    sendText(res, 200, contentTypeOf(rel || 'index.html'), file, {
      'content-security-policy': appFrameCsp(true),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function measureRenderRatio(report: Report, browser: Browser, hostUrl: string): Promise<void> {
  const appUrl = `${hostUrl}/?persona=${DEFAULT_PERSONA.accountId}`;
  const macroFrame = 'iframe[data-frame-id^="macro-"]';
  const outDir = mkdtempSync(path.join(tmpdir(), 'bench-baseline-'));
  let served: { url: string; server: Server } | undefined;
  try {
    await buildBaseline(outDir);
    served = await serve(outDir);
    // The warm-up also counts what the macro shows, for the baseline to show as much.
    const warm = await timeFirstRadiogroup(browser, appUrl, macroFrame);
    const baselineUrl = `${served.url}/index.html?criteria=${warm.radiogroups}`;
    await timeFirstRadiogroup(browser, baselineUrl, null);
    const app: number[] = [];
    const bare: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      app.push((await timeFirstRadiogroup(browser, appUrl, macroFrame)).ms);
      bare.push((await timeFirstRadiogroup(browser, baselineUrl, null)).ms);
    }
    const ratio = median(app) / median(bare);
    const runs = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
    report.row(
      `survey-macro: first interactive render, median of ${RUNS} (ms; runs)`,
      `${median(app).toFixed(0)} (${runs(app)})`,
    );
    report.row(
      `bare React 18 page, same grid (${warm.radiogroups} criteria × 4 levels + n/a, comments): median (ms; runs)`,
      `${median(bare).toFixed(0)} (${runs(bare)})`,
    );
    report.row('survey-macro: render ratio, app / bare React (goal ≤ 1.5)', ratio.toFixed(2));
    report.figure('browser.survey-macro.renderRatio', Number(ratio.toFixed(3)));
    report.figure('browser.survey-macro.medianRenderMs', Number(median(app).toFixed(1)));
    report.figure('browser.baseline.medianRenderMs', Number(median(bare).toFixed(1)));
  } finally {
    if (served) await new Promise((resolve) => served!.server.close(resolve));
    rmSync(outDir, { recursive: true, force: true });
  }
}
