/**
 * What an action's Jira issue says, built from the team's own text only: never a customer's comment (DOMAIN.md
 * "never copy raw comments into Jira"), never markup from a payload. ADF is built node by node, so nothing typed
 * in the plan can become a link, a mention or a macro in Jira.
 */
import type { Action } from './action';

/** The issue property carrying the action id, written in the create request and searched before any retry. */
export const ACTION_PROPERTY_KEY = 'procurement-crm-action';
/** Jira's bulk create takes at most 50 issues. */
export const BULK_CREATE_LIMIT = 50;
/** Jira's summary limit. */
export const SUMMARY_LIMIT = 255;
/** The label every issue of the app carries. */
export const APP_LABEL = 'procurement-crm';

export interface AdfText {
  type: 'text';
  text: string;
  marks?: { type: 'link'; attrs: { href: string } }[];
}
export interface AdfParagraph {
  type: 'paragraph';
  content: AdfText[];
}
export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: AdfParagraph[];
}

export interface IssueDraft {
  actionId: string;
  campaignId: string;
  summary: string;
  description: AdfDoc;
  labels: string[];
  assigneeAccountId?: string;
  dueDate?: string;
}

/**
 * What the issue says besides the action's own text. The app adds no words of its own (no headings such as
 * "Criteria:"): the issue is read by everyone on the site in their own language, and the app knows only its
 * creator's. The criteria and the campaign are the campaign's own texts, in the creator's language.
 */
export interface IssueContext {
  campaign: { id: string; period: string; name: string };
  /** The criteria's texts, by id. */
  criterionTexts: ReadonlyMap<string, string>;
  /** The Confluence page the plan lives on, when known. */
  pageUrl?: string;
}

const paragraph = (...content: AdfText[]): AdfParagraph => ({ type: 'paragraph', content });
const text = (value: string): AdfText => ({ type: 'text', text: value });

/** A label is one word of Jira: letters, digits, `-` and `_` only. */
export const campaignLabel = (period: string): string =>
  `campaign-${period.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'unnamed'}`;

/** Only an https link to the site survives; anything else is left out rather than shown as a link. */
const isSafeUrl = (url: string) => {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
};

export function descriptionOf(action: Pick<Action, 'description' | 'criterionIds'>, context: IssueContext) {
  // Texts arrive cleaned by the contract (src/shared/text.ts): no control character is left to strip here.
  // One text for every reader of the site: the default language's (see docs/decisions/plan.md).
  const content: AdfParagraph[] = action.description['en-US']
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block) => paragraph(text(block)));
  const criteria = action.criterionIds
    .map((id) => (context.criterionTexts.get(id) ?? id).trim())
    .filter((t) => t.length > 0);
  // Without a heading in anyone's language: the criteria one to a line, then the campaign, linked to its page.
  for (const criterion of criteria) content.push(paragraph(text(`• ${criterion}`)));
  const campaign = `${context.campaign.name} (${context.campaign.period})`;
  content.push(
    context.pageUrl && isSafeUrl(context.pageUrl)
      ? paragraph({
          type: 'text',
          text: campaign,
          marks: [{ type: 'link', attrs: { href: context.pageUrl } }],
        })
      : paragraph(text(campaign)),
  );
  return { type: 'doc', version: 1, content } satisfies AdfDoc;
}

export function issueDraftOf(action: Action, context: IssueContext): IssueDraft {
  // A summary is one line: a title kept from before titles were one line still makes a valid issue.
  const summary = action.title['en-US'].replace(/\s+/g, ' ').trim();
  return {
    actionId: action.id,
    campaignId: action.campaignId,
    summary: summary.length > SUMMARY_LIMIT ? `${summary.slice(0, SUMMARY_LIMIT - 1)}…` : summary,
    description: descriptionOf(action, context),
    labels: [APP_LABEL, campaignLabel(context.campaign.period)],
    ...(action.ownerAccountId ? { assigneeAccountId: action.ownerAccountId } : {}),
    ...(action.dueDate ? { dueDate: action.dueDate } : {}),
  };
}

/** Splits into requests of at most `size`. */
export function batchesOf<T>(items: readonly T[], size = BULK_CREATE_LIMIT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
