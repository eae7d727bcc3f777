/** Which actions' issues get a due-date notice, what it says, and how its record moves (claim, then outcome). */
import type { Action } from '../../../src/domain/plan/action';
import type { Observation } from '../../../src/domain/followup';
import {
  DAY_MS,
  DEFAULT_NOTICE_SETTINGS,
  dueForNotice,
  needsNotice,
  withNoticeClaimed,
  withNoticeOutcome,
} from '../../../src/domain/plan/notices';
import { noticeMessage } from '../../../src/domain/plan/notice-text';

const NOW = Date.UTC(2026, 5, 10, 9, 0);
const TODAY = '2026-06-10';

const current = (overrides: Partial<Observation> = {}): Observation => ({
  updated: NOW - DAY_MS,
  statusCategory: 'indeterminate',
  statusName: 'In Progress',
  assigneeAccountId: 'grace',
  dueDate: '2026-06-12',
  ...overrides,
});

const action = (overrides: Partial<Observation> = {}, extra: Partial<Action> = {}): Action => ({
  id: 'act-0123456789abcdef',
  campaignId: 'cmp-2026',
  title: { 'en-US': 'Publish lead times per category' },
  description: { 'en-US': '' },
  criterionIds: [],
  selected: true,
  jira: { state: 'created', id: '10001', key: 'PROC-1', createdAt: 1, linked: true },
  followUp: { current: current(overrides), sightings: [] },
  adjustments: [],
  adjustmentCount: 0,
  createdBy: 'grace',
  createdAt: 1,
  revision: 3,
  ...extra,
});

const due = (a: Action, now = NOW, today = TODAY) => needsNotice(a, now, today);

describe('needsNotice', () => {
  it('takes an overdue issue', () => {
    expect(due(action({ dueDate: '2026-06-01' }))).toBe(true);
  });

  it('takes an issue due today and one due in 7 days, not one due in 8', () => {
    expect(due(action({ dueDate: TODAY }))).toBe(true);
    expect(due(action({ dueDate: '2026-06-17' }))).toBe(true);
    expect(due(action({ dueDate: '2026-06-18' }))).toBe(false);
  });

  it('leaves out done issues, issues without a due date or an assignee', () => {
    expect(due(action({ dueDate: '2026-06-01', statusCategory: 'done', statusName: 'Done' }))).toBe(false);
    expect(due(action({ dueDate: null }))).toBe(false);
    expect(due(action({ assigneeAccountId: null }))).toBe(false);
  });

  it('leaves out actions without an issue, or never read from Jira', () => {
    expect(due(action({}, { jira: { state: 'none' } }))).toBe(false);
    expect(
      due(
        action({}, { jira: { state: 'pending', attempt: 1, since: NOW, by: 'grace' }, followUp: undefined }),
      ),
    ).toBe(false);
    const { followUp: _none, ...unread } = action();
    expect(due(unread)).toBe(false);
  });

  it('waits 7 days after a notice: 6 days later no, 7 days later yes', () => {
    const sentAt = NOW - 7 * DAY_MS;
    expect(due(action({}, { notice: { at: sentAt + 1, outcome: 'sent' } }))).toBe(false);
    expect(due(action({}, { notice: { at: NOW - 6 * DAY_MS, outcome: 'sent' } }))).toBe(false);
    expect(due(action({}, { notice: { at: sentAt, outcome: 'sent' } }))).toBe(true);
  });

  it('counts a claim without outcome, a refusal and an unknown outcome as the week’s notice; not a 429', () => {
    for (const outcome of ['claimed', 'refused', 'unknown'] as const) {
      expect(due(action({}, { notice: { at: NOW - DAY_MS, outcome } }))).toBe(false);
    }
    expect(due(action({}, { notice: { at: NOW - DAY_MS, outcome: 'deferred' } }))).toBe(true);
  });
});

describe('dueForNotice', () => {
  const actions = [action(), action({ dueDate: '2026-07-01' }, { id: 'act-1111111111111111' })];

  it('picks the due ones', () => {
    expect(dueForNotice(actions, DEFAULT_NOTICE_SETTINGS, NOW, TODAY).map((a) => a.id)).toEqual([
      'act-0123456789abcdef',
    ]);
  });

  it('picks none when notices are off', () => {
    expect(dueForNotice(actions, { enabled: false, locale: 'en-US' }, NOW, TODAY)).toEqual([]);
  });
});

describe('the notice record', () => {
  it('keeps the claim’s time with its outcome', () => {
    const claimed = withNoticeClaimed(action(), NOW);
    expect(claimed.notice).toEqual({ at: NOW, outcome: 'claimed' });
    expect(withNoticeOutcome(claimed, NOW, 'refused', 'forbidden').notice).toEqual({
      at: NOW,
      outcome: 'refused',
      problem: 'forbidden',
    });
  });

  it('gives the slot back after a 429, with the notice before it', () => {
    const before = { at: NOW - 8 * DAY_MS, outcome: 'sent' as const };
    const claimed = withNoticeClaimed(action({}, { notice: before }), NOW);
    expect(withNoticeOutcome(claimed, NOW, 'deferred', 'rateLimited', before).notice).toEqual(before);
    expect(withNoticeOutcome(withNoticeClaimed(action(), NOW), NOW, 'deferred').notice).toBeUndefined();
  });

  it('never overwrites another run’s later claim', () => {
    const later = withNoticeClaimed(action(), NOW + 1);
    expect(withNoticeOutcome(later, NOW, 'sent')).toBe(later);
  });
});

describe('noticeMessage', () => {
  const facts = {
    issueKey: 'PROC-1',
    title: 'Lead times <b>now</b>',
    dueDate: '2026-06-12',
    overdue: false,
    planUrl: 'https://example.atlassian.net/wiki/spaces/PROC/pages/65602',
  };

  it('words the notice in the chosen language, with the plan’s link', () => {
    const en = noticeMessage('en-US', facts);
    expect(en.subject).toBe('Improvement action due soon: PROC-1 Lead times <b>now</b>');
    expect(en.textBody).toContain(`Improvement plan: ${facts.planUrl}`);
    const fr = noticeMessage('fr-FR', { ...facts, overdue: true });
    expect(fr.subject).toMatch(/^Action d’amélioration en retard: PROC-1/);
    expect(fr.htmlBody).toContain(`<a href="${facts.planUrl}">Plan d’amélioration</a>`);
  });

  it('escapes the team’s text in the HTML body and drops a link that is not http(s)', () => {
    const html = noticeMessage('en-US', { ...facts, planUrl: 'javascript:alert(1)' }).htmlBody;
    expect(html).toContain('Lead times &#60;b&#62;now&#60;/b&#62;');
    expect(html).not.toContain('<a ');
  });
});
