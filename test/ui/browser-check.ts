/**
 * Smoke check of the *built* Custom UI in real Chromium (not part of jest): `npm run build`, then
 *   npx tsx test/ui/browser-check.ts            (CHROME_PATH overrides /usr/bin/chromium)
 * Serves static/app/build/{main,config} under a Forge-like CSP (no inline scripts), plays the host (`__bridge`,
 * `./__LOCALES__/`, theming with the real Atlassian token CSS), and checks in light and dark theme: the view renders,
 * only its own chunk loads, axe (colour contrast included) finds no serious/critical violation, no console errors,
 * native radio keyboard behaviour, and the config submit. Exits non-zero on any failure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { DEFAULT_MODEL } from '../../src/domain/model';

const root = path.resolve(__dirname, '../..');
const requireFromRoot = createRequire(path.join(root, 'package.json'));
const themeCss = [
  'atlassian-light',
  'atlassian-dark',
  'atlassian-spacing',
  'atlassian-typography',
  'atlassian-shape',
]
  .map(
    (t) =>
      (requireFromRoot(`@atlaskit/tokens/dist/cjs/artifacts/themes/${t}.js`) as { default: string }).default,
  )
  .join('\n');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
const i18nInfo = { config: { locales: ['en-US', 'fr-FR'], fallback: { default: 'en-US' } } };

interface Case {
  name: string;
  resource: 'main' | 'config';
  moduleKey: string;
  locale: string;
  mode: 'light' | 'dark';
  ready: string;
  ownChunk?: RegExp;
  foreignChunk?: RegExp;
  campaign?: { id: string; name: string; period: string };
  extra?: (page: Page) => Promise<void>;
}

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

function hostScript(c: Case): string {
  const ctx = { moduleKey: c.moduleKey, locale: c.locale, extension: { config: {} } };
  const reply = { ok: true, data: { campaign: c.campaign ?? null, model: DEFAULT_MODEL, locale: c.locale } };
  return `
    window.__calls = [];
    window.__bridge = { callBridge: function (name, payload) {
      window.__calls.push({ name: name, payload: payload });
      if (name === 'getContext') return Promise.resolve(${JSON.stringify(ctx)});
      if (name === 'invoke') return Promise.resolve(${JSON.stringify(reply)});
      if (name === 'submit' || name === 'close') return Promise.resolve(true);
      if (name === 'enableTheming') {
        var style = document.createElement('style');
        style.textContent = ${JSON.stringify(themeCss)};
        document.head.appendChild(style);
        document.documentElement.setAttribute('data-theme', 'dark:dark light:light spacing:spacing typography:typography shape:shape');
        document.documentElement.setAttribute('data-color-mode', ${JSON.stringify(c.mode)});
        return Promise.resolve();
      }
      return Promise.reject(new Error('unexpected bridge call ' + name));
    } };`;
}

async function run(browser: Browser, c: Case) {
  console.log(`\n${c.name}`);
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const scripts: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(path.basename(new URL(r.url()).pathname));
  });
  await page.route('http://forge.test/**', async (route) => {
    const rel = new URL(route.request().url()).pathname.replace(/^\/(main|config)\//, '');
    if (rel.startsWith('__LOCALES__/')) {
      const file = rel.slice('__LOCALES__/'.length);
      const body =
        file === 'i18n-info.json'
          ? JSON.stringify(i18nInfo)
          : fs.readFileSync(path.join(root, 'locales', file), 'utf8');
      return route.fulfill({ body, contentType: 'application/json' });
    }
    const file = path.join(root, 'static/app/build', c.resource, rel);
    if (!fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    const contentType = file.endsWith('.js')
      ? 'text/javascript'
      : file.endsWith('.css')
        ? 'text/css'
        : 'text/html';
    return route.fulfill({
      body: fs.readFileSync(file),
      contentType,
      headers: { 'content-security-policy': CSP },
    });
  });
  await page.addInitScript(hostScript(c));
  await page.goto(`http://forge.test/${c.resource}/index.html`);
  const rendered = await page
    .waitForSelector(c.ready, { timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  check(rendered, `renders (${c.ready})`);
  if (rendered) {
    await page.waitForTimeout(300);
    check(
      (await page.evaluate(() => document.documentElement.lang)) === c.locale,
      `<html lang="${c.locale}">`,
    );
    if (c.ownChunk)
      check(
        scripts.some((s) => c.ownChunk!.test(s)),
        `loads its chunk ${c.ownChunk}`,
      );
    if (c.foreignChunk)
      check(!scripts.some((s) => c.foreignChunk!.test(s)), `does not load ${c.foreignChunk}`);
    const axe = await new AxeBuilder({ page }).analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    check(
      serious.length === 0,
      `axe: no serious/critical (${serious.map((v) => v.id).join(', ') || 'none'})`,
    );
    if (c.extra) await c.extra(page);
    await page.screenshot({ path: path.join(process.env.SHOT_DIR ?? '/tmp', `pcrm-${c.name}.png`) });
  }
  check(problems.length === 0, `no console errors (${problems.slice(0, 3).join(' | ') || 'none'})`);
  await context.close();
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLInputElement;
    return `${e.name}=${e.value}${e.checked ? '*' : ''}`;
  });

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  const survey = { resource: 'main', moduleKey: 'survey-macro', ready: '[role=radiogroup]' } as const;
  const admin = { resource: 'main', moduleKey: 'admin-page', ready: 'ol' } as const;
  const config = { resource: 'config', moduleKey: 'survey-macro', ready: 'input' } as const;
  await run(browser, {
    ...survey,
    name: 'survey-light-en',
    locale: 'en-US',
    mode: 'light',
    ownChunk: /^SurveyView-/,
    foreignChunk: /^AdminView-/,
    extra: async (page) => {
      await page.keyboard.press('Tab');
      const a = await focused(page);
      await page.keyboard.press('ArrowDown');
      const b = await focused(page);
      await page.keyboard.press('Tab');
      const c = await focused(page);
      check(
        a === 'rating-hse-suppliers=1' && b === 'rating-hse-suppliers=2*' && c === 'rating-hse-onsite=1',
        `keyboard: one tab stop per criterion, arrows select (${a} → ${b} → ${c})`,
      );
    },
  });
  await run(browser, {
    ...survey,
    name: 'survey-dark-fr',
    locale: 'fr-FR',
    mode: 'dark',
    campaign: { id: 'c-2025', name: 'Enquête 2025', period: '2025' },
  });
  await run(browser, {
    ...admin,
    name: 'admin-light-en',
    locale: 'en-US',
    mode: 'light',
    ownChunk: /^AdminView-/,
    foreignChunk: /^SurveyView-/,
  });
  await run(browser, { ...admin, name: 'admin-dark-fr', locale: 'fr-FR', mode: 'dark' });
  await run(browser, {
    ...config,
    name: 'config-dark-en',
    locale: 'en-US',
    mode: 'dark',
    extra: async (page) => {
      await page.fill('input', 'bad id!');
      await page.click('button[type=submit]');
      await page.waitForTimeout(200);
      const axe = await new AxeBuilder({ page }).analyze();
      check(
        !axe.violations.some((v) => v.impact === 'serious' || v.impact === 'critical'),
        'axe: invalid state clean',
      );
      await page.fill('input', 'survey-2025');
      await page.click('button[type=submit]');
      await page.waitForTimeout(300);
      const submits = await page.evaluate(() =>
        (window as unknown as { __calls: { name: string; payload: unknown }[] }).__calls.filter(
          (x) => x.name === 'submit',
        ),
      );
      check(
        JSON.stringify(submits) ===
          JSON.stringify([{ name: 'submit', payload: { config: { campaignId: 'survey-2025' } } }]),
        `submits only the valid id (${JSON.stringify(submits)})`,
      );
    },
  });
  await run(browser, { ...config, name: 'config-light-fr', locale: 'fr-FR', mode: 'light' });
  await browser.close();
  console.log(failures.length ? `\n${failures.length} failure(s)` : '\nall browser checks passed');
  process.exit(failures.length ? 1 : 0);
}

void main();
