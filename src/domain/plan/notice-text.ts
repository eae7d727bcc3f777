/**
 * What a due-date notice says, in the language the admin chose for the site (docs/decisions/plan.md): Jira
 * sends one text to every recipient, so it cannot be worded per reader. Only the team's own title and Jira's key
 * and date go in; the HTML body escapes them, so nothing typed in the plan becomes markup in an e-mail.
 */
import type { NoticeLocale } from './notices';

export interface NoticeFacts {
  issueKey: string;
  title: string;
  dueDate: string;
  overdue: boolean;
  /** The Confluence page of the plan, when known. */
  planUrl?: string;
}

export interface NoticeMessage {
  subject: string;
  textBody: string;
  htmlBody: string;
}

const WORDS: Record<
  NoticeLocale,
  { overdue: string; dueSoon: string; due: (date: string) => string; plan: string; why: string }
> = {
  'en-US': {
    overdue: 'Overdue improvement action',
    dueSoon: 'Improvement action due soon',
    due: (date) => `Due date: ${date}.`,
    plan: 'Improvement plan',
    why: 'You receive this because you are assigned to or watch this issue. At most one reminder a week.',
  },
  'fr-FR': {
    overdue: 'Action d’amélioration en retard',
    dueSoon: 'Action d’amélioration bientôt à échéance',
    due: (date) => `Échéance : ${date}.`,
    plan: 'Plan d’amélioration',
    why: 'Vous recevez ce message car cette demande vous est assignée ou vous la suivez. Au plus un rappel par semaine.',
  },
};

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Only http(s) links: a stored address is not trusted to be one. */
const safeUrl = (url: string | undefined): string | undefined => {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
};

export function noticeMessage(locale: NoticeLocale, facts: NoticeFacts): NoticeMessage {
  const words = WORDS[locale];
  const headline = facts.overdue ? words.overdue : words.dueSoon;
  const url = safeUrl(facts.planUrl);
  const subject = `${headline}: ${facts.issueKey} ${facts.title}`.slice(0, 255);
  const text = [`${facts.issueKey} ${facts.title}`, words.due(facts.dueDate)];
  if (url) text.push(`${words.plan}: ${url}`);
  const html = [
    `<p><strong>${escapeHtml(facts.issueKey)}</strong> ${escapeHtml(facts.title)}</p>`,
    `<p>${escapeHtml(words.due(facts.dueDate))}</p>`,
    ...(url ? [`<p><a href="${escapeHtml(url)}">${escapeHtml(words.plan)}</a></p>`] : []),
    `<p>${escapeHtml(words.why)}</p>`,
  ];
  return { subject, textBody: [...text, words.why].join('\n\n'), htmlBody: html.join('') };
}
