/**
 * The macros on the demo site's pages. Their settings are part of the page (Confluence stores them in the page
 * body), not of the app: the host keeps them, in a JSON file beside the storage between runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { modulesOf, type AppManifest } from '../events/manifest';
import type { DemoSite } from '../products/site';

/** A macro placed on a page: its config is part of the page (Confluence stores it in the page body), not the app. */
export interface MacroInstance {
  localId: string;
  pageId: string;
  moduleKey: string;
  config: Record<string, unknown>;
}

/** The campaign the demo page's survey macro shows; sandbox/seed.ts binds it to this macro. */
export const DEMO_CAMPAIGN_ID = 'campaign-2026';

export const SURVEY_MACRO_LOCAL_ID = '0d5a6c1e-4f7b-4e8a-9c3d-2b1f00002026';

/** The results macro on the demo results page, configured for last year's closed campaign. */
export const RESULTS_MACRO_LOCAL_ID = '7e2b4c90-1a3d-4f5e-8b6c-2d9e00002025';
export const RESULTS_CAMPAIGN_ID = 'campaign-2025';

/** The follow-up and commitments macros on the demo plan page, configured for last year's campaign. */
export const FOLLOWUP_MACRO_LOCAL_ID = '3c9d1e70-5b2a-4c8e-9f41-6a7b00002025';
export const COMMITMENTS_MACRO_LOCAL_ID = '8a4f2b13-9e6d-4b7c-a152-3d8c00002025';
export const PLAN_CAMPAIGN_ID = 'campaign-2025';

/** The macros of the demo's pages before anyone changes their settings, in the order the pages show them. */
export function demoMacros(manifest: AppManifest, site: DemoSite): MacroInstance[] {
  const macros: MacroInstance[] = [];
  const macroKeys = modulesOf(manifest, 'macro').map((m) => m.key);
  const macroKey = macroKeys.find((k) => k === 'survey-macro') ?? macroKeys[0] ?? 'survey-macro';
  const resultsPage = site.pages.find((p) => p.resultsPage);
  if (resultsPage && macroKeys.includes('results-macro')) {
    macros.push({
      localId: RESULTS_MACRO_LOCAL_ID,
      pageId: resultsPage.id,
      moduleKey: 'results-macro',
      config: { campaignId: RESULTS_CAMPAIGN_ID },
    });
  }
  const planPage = site.pages.find((p) => p.planPage);
  if (planPage) {
    for (const [localId, moduleKey] of [
      // What every reader may read first; the team's follow-up below it.
      [COMMITMENTS_MACRO_LOCAL_ID, 'commitments-macro'],
      [FOLLOWUP_MACRO_LOCAL_ID, 'followup-macro'],
    ] as const) {
      if (!macroKeys.includes(moduleKey)) continue;
      macros.push({
        localId,
        pageId: planPage.id,
        moduleKey,
        config: { campaignId: PLAN_CAMPAIGN_ID },
      });
    }
  }
  macros.push({
    localId: SURVEY_MACRO_LOCAL_ID,
    pageId: site.surveyPageId,
    moduleKey: macroKey,
    // The demo page's macro was configured for the open campaign (the seed binds that campaign to it).
    config: { campaignId: DEMO_CAMPAIGN_ID },
  });
  return macros;
}

/** Keeps the macros for the next run. */
export function saveMacros(file: string, macros: readonly MacroInstance[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ macros }, null, 2));
}
