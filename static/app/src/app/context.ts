/**
 * The few fields of the Forge view context the UI reads, parsed (the context comes from the host page).
 *   moduleKey                       → which view to render (main resource)
 *   locale                          → UI language (mapped onto en-US / fr-FR)
 *   extension.config.campaignId     → the campaign a macro shows (optional; a survey macro is bound to it)
 *   accountId                       → whose browser drafts these are (keys the local unsaved drafts; the server never
 *                                     trusts it, it takes identity from its own context)
 */
import { view } from '@forge/bridge';
import { toLocale, type Locale } from '@shared/i18n';

export const MODULE_KEYS = {
  surveyMacro: 'survey-macro',
  resultsMacro: 'results-macro',
  followupMacro: 'followup-macro',
  commitmentsMacro: 'commitments-macro',
  issuePanel: 'action-issue-panel',
  adminPage: 'admin-page',
  homeFeed: 'home-feed',
  suppliersPage: 'suppliers-page',
} as const;

export interface AppContext {
  moduleKey: string;
  locale: Locale;
  /** Raw config value (may be invalid: the resolver is the authority and answers INVALID_PAYLOAD). */
  campaignId?: string;
  /** The signed-in user (absent for anonymous viewers). */
  accountId?: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function parseContext(raw: unknown): AppContext {
  const ctx = isRecord(raw) ? raw : {};
  const extension = isRecord(ctx.extension) ? ctx.extension : {};
  const config = isRecord(extension.config) ? extension.config : {};
  const campaignId =
    typeof config.campaignId === 'string' && config.campaignId.trim() !== ''
      ? config.campaignId.trim()
      : undefined;
  return {
    moduleKey: typeof ctx.moduleKey === 'string' ? ctx.moduleKey : '',
    locale: toLocale(typeof ctx.locale === 'string' ? ctx.locale : undefined),
    ...(campaignId ? { campaignId } : {}),
    ...(typeof ctx.accountId === 'string' && ctx.accountId !== '' ? { accountId: ctx.accountId } : {}),
  };
}

export async function loadContext(): Promise<AppContext> {
  return parseContext(await view.getContext());
}
