/**
 * `npm run bench`: what a user action costs, measured on the local host (QUALITY.md "Performance").
 * Counts are exact and machine-independent; the render time is a wall-clock reading for information only.
 * Run `npm run build` first (npm run bench does not build).
 */
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startHost, type Host } from '../sandbox/server';
import { ADMIN_PERSONA, DEFAULT_PERSONA, PERSONAS } from '../sandbox/personas';
import { criteriaOf, DEFAULT_MODEL } from '../src/domain/model';
import { DEMO_CAMPAIGN_ID } from '../sandbox/server/state';

interface Row {
  measure: string;
  value: string;
}
const rows: Row[] = [];
const add = (measure: string, value: string | number) => rows.push({ measure, value: String(value) });

async function invokeCounts(host: Host, persona: string, functionKey: string, payload: unknown) {
  const response = await fetch(`${host.url}/__host/invoke`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forge-host-persona': persona,
      'x-forge-host-token': host.token,
    },
    body: JSON.stringify({ frame: 'macro-0d5a6c1e-4f7b-4e8a-9c3d-2b1f00002026', functionKey, payload }),
  });
  const counts = JSON.parse(response.headers.get('x-forge-call-counts') ?? '{}') as Record<string, number>;
  const body = (await response.json()) as { ok?: boolean };
  return { counts, ok: body.ok === true };
}

async function frontEnd(url: string) {
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromePath)) {
    add('front end', `skipped: no Chromium at ${chromePath}`);
    return;
  }
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_FLAGS } = await import('../test/e2e/browser');
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_FLAGS });
  try {
    const views: { module: string; query: string; frame: string; ready: string }[] = [
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
    for (const view of views) {
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
        .getByRole(view.ready as 'radiogroup' | 'heading')
        .first()
        .waitFor();
      const renderMs = Date.now() - started;
      let gzip = 0;
      let raw = 0;
      for (const script of scripts) {
        // /app/<resource>/<frame>/assets/x.js → the built file
        const [, , resource, , ...rest] = script.split('/');
        const file = path.resolve('static/app/build', resource!, ...rest);
        const bytes = readFileSync(file);
        raw += bytes.length;
        gzip += gzipSync(bytes).length;
      }
      add(
        `${view.module}: JS loaded (files / raw KiB / gzip KiB)`,
        `${scripts.size} / ${(raw / 1024).toFixed(1)} / ${(gzip / 1024).toFixed(1)}`,
      );
      add(`${view.module}: first interactive render in headless Chromium (ms, indicative)`, renderMs);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

async function main() {
  if (!existsSync('static/app/build/main/index.html')) {
    console.error('Build the Custom UI first: npm run build');
    process.exit(1);
  }
  const host = await startHost({ port: 0, dbFile: ':memory:', seed: true, eventsMsPerSecond: 0 });
  try {
    const campaignId = DEMO_CAMPAIGN_ID;
    const answers = Object.fromEntries(
      criteriaOf(DEFAULT_MODEL).map(({ criterion }) => [criterion.id, { value: 3 as const }]),
    );
    const buyer = PERSONAS.find((persona) => persona.role === 'buyer')!;
    const actions: { label: string; persona: string; key: string; payload: unknown }[] = [
      {
        label: 'open the survey (survey/getState)',
        persona: DEFAULT_PERSONA.accountId,
        key: 'survey/getState',
        payload: { campaignId },
      },
      {
        label: 'autosave a draft (survey/saveDraft)',
        persona: DEFAULT_PERSONA.accountId,
        key: 'survey/saveDraft',
        payload: {
          campaignId,
          kind: 'customer',
          answers: { [Object.keys(answers)[0]!]: { value: 3 } },
          baseRevision: 0,
        },
      },
      {
        label: 'submit an answer (survey/submit)',
        persona: DEFAULT_PERSONA.accountId,
        key: 'survey/submit',
        payload: { campaignId, kind: 'customer', answers, baseRevision: 1 },
      },
      {
        label: 'participation, demo campaign (participation/get)',
        persona: buyer.accountId,
        key: 'participation/get',
        payload: { campaignId },
      },
      {
        label: 'admin campaign list (campaign/list)',
        persona: ADMIN_PERSONA.accountId,
        key: 'campaign/list',
        payload: {},
      },
    ];
    for (const action of actions) {
      const { counts, ok } = await invokeCounts(host, action.persona, action.key, action.payload);
      add(
        `${action.label}: storage round trips / Confluence / Jira requests${ok ? '' : ' (FAILED)'}`,
        `${counts.storage ?? '?'} / ${counts.confluence ?? 0} / ${counts.jira ?? 0}`,
      );
    }
    await frontEnd(host.url);
  } finally {
    await host.close();
  }
  const width = Math.max(...rows.map((row) => row.measure.length));
  console.log(`${'measure'.padEnd(width)} | value`);
  console.log(`${'-'.repeat(width)}-|-------`);
  for (const row of rows) console.log(`${row.measure.padEnd(width)} | ${row.value}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
