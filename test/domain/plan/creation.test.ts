/** The rules of creating an action's issue at most once, and what the issue says. */
import type { Action } from '../../../src/domain/plan/action';
import {
  afterEmptyLookUp,
  isUncertain,
  MAX_ATTEMPTS,
  nextAttempt,
  PENDING_SETTLE_MS,
  withFailure,
  withIntent,
  withIssue,
} from '../../../src/domain/plan/creation';
import {
  APP_LABEL,
  batchesOf,
  campaignLabel,
  issueDraftOf,
  SUMMARY_LIMIT,
  type IssueContext,
} from '../../../src/domain/plan/jira-issue';

const action = (overrides: Partial<Action> = {}): Action => ({
  id: 'act-0123456789abcdef',
  campaignId: 'campaign-2025',
  // The French texts never reach Jira: the issue has the English (default) text only (docs/decisions/plan.md).
  title: { 'en-US': 'Publish lead times per category', 'fr-FR': 'Publier les délais par catégorie' },
  description: {
    'en-US': 'Share the expected lead time of each purchase category.\n\nReview it every quarter.',
    'fr-FR': 'Partager le délai attendu de chaque catégorie.',
  },
  criterionIds: ['lead-times'],
  selected: true,
  jira: { state: 'none' },
  adjustments: [],
  adjustmentCount: 0,
  createdBy: 'buyer',
  createdAt: 1,
  revision: 1,
  ...overrides,
});

const context: IssueContext = {
  campaign: { id: 'campaign-2025', period: '2025', name: 'Satisfaction 2025' },
  criterionTexts: new Map([['lead-times', 'Lead times are met']]),
  pageUrl: 'https://example.atlassian.net/wiki/spaces/PROC/pages/65602',
};

describe('nextAttempt', () => {
  const noRandom = () => 0.5;

  it('waits Retry-After on 429 and 503', () => {
    expect(nextAttempt({ kind: 'rateLimited', retryAfterSeconds: 3, messages: [] }, 1, 10_000)).toEqual({
      retry: true,
      waitMs: 3000,
    });
    expect(nextAttempt({ kind: 'unavailable', retryAfterSeconds: 1, messages: [] }, 2, 10_000)).toEqual({
      retry: true,
      waitMs: 1000,
    });
  });

  it('backs off exponentially with jitter when Jira says nothing', () => {
    // 500 ms · 2^(attempt−1) · (0.5 + random/2): attempt 3 with random 0.5 → 2000 · 0.75 = 1500 ms.
    expect(nextAttempt({ kind: 'timeout', messages: [] }, 3, 10_000, noRandom)).toEqual({
      retry: true,
      waitMs: 1500,
    });
    expect(nextAttempt({ kind: 'timeout', messages: [] }, 1, 10_000, () => 0)).toEqual({
      retry: true,
      waitMs: 250,
    });
  });

  it('stops after MAX_ATTEMPTS, past the time left, and on what Jira refused', () => {
    expect(nextAttempt({ kind: 'timeout', messages: [] }, MAX_ATTEMPTS, 10_000)).toEqual({ retry: false });
    expect(nextAttempt({ kind: 'rateLimited', retryAfterSeconds: 30, messages: [] }, 1, 10_000)).toEqual({
      retry: false,
    });
    for (const kind of ['forbidden', 'notFound', 'rejected', 'notConnected'] as const) {
      expect(nextAttempt({ kind, messages: [] }, 1, 10_000)).toEqual({ retry: false });
    }
  });

  it('counts a timeout, a 5xx and an unreadable answer as "may have happened"', () => {
    expect(isUncertain({ kind: 'timeout', messages: [] })).toBe(true);
    expect(isUncertain({ kind: 'unavailable', messages: [] })).toBe(true);
    expect(isUncertain({ kind: 'shape', messages: [] })).toBe(true);
    expect(isUncertain({ kind: 'rateLimited', messages: [] })).toBe(false);
    expect(isUncertain({ kind: 'rejected', messages: [] })).toBe(false);
  });
});

describe('the states of an action with Jira', () => {
  it('records the intent, then the issue or the failure, counting attempts', () => {
    const pending = withIntent(action(), 'buyer', 100);
    expect(pending.jira).toEqual({ state: 'pending', attempt: 1, since: 100, by: 'buyer' });
    const failed = withFailure(pending, { kind: 'rateLimited', messages: ['slow down'] }, 200);
    expect(failed.jira).toEqual({
      state: 'failed',
      problem: 'rateLimited',
      messages: ['slow down'],
      at: 200,
      attempt: 1,
    });
    expect(withIntent(failed, 'buyer', 300).jira).toMatchObject({ state: 'pending', attempt: 2 });
    const page = { url: 'https://example.atlassian.net/wiki/x', title: 'Satisfaction 2025 (2025)' };
    expect(withIssue(pending, { id: '10001', key: 'PROC-1' }, 400, page).jira).toEqual({
      state: 'created',
      id: '10001',
      key: 'PROC-1',
      createdAt: 400,
      linked: false,
      linkTo: page,
    });
    // Without a page there is no remote link to make.
    expect(withIssue(pending, { id: '10001', key: 'PROC-1' }, 400).jira).toMatchObject({ linked: true });
    expect(withIntent(pending, 'buyer', 500).jira).toMatchObject({ state: 'pending', attempt: 2 });
  });

  it('an empty look-up fails a pending action only once its intent has settled', () => {
    const pending = withIntent(action(), 'buyer', 0);
    expect(afterEmptyLookUp(pending, PENDING_SETTLE_MS - 1)).toBe(pending);
    expect(afterEmptyLookUp(pending, PENDING_SETTLE_MS).jira).toMatchObject({
      state: 'failed',
      problem: 'timeout',
    });
  });
});

describe('the issue', () => {
  it('says the action, its criteria and the campaign, linked to its page, in ADF text nodes only and no words of its own', () => {
    const draft = issueDraftOf(action({ ownerAccountId: 'owner-1', dueDate: '2026-03-31' }), context);
    expect(draft).toMatchObject({
      actionId: 'act-0123456789abcdef',
      summary: 'Publish lead times per category',
      labels: [APP_LABEL, 'campaign-2025'],
      assigneeAccountId: 'owner-1',
      dueDate: '2026-03-31',
    });
    expect(draft.description.content.map((p) => p.content.map((t) => t.text).join(''))).toEqual([
      'Share the expected lead time of each purchase category.',
      'Review it every quarter.',
      '• Lead times are met',
      'Satisfaction 2025 (2025)',
    ]);
    const nodes = draft.description.content.flatMap((p) => p.content);
    expect(nodes.every((n) => n.type === 'text')).toBe(true);
    expect(nodes.filter((n) => n.marks).map((n) => [n.text, n.marks])).toEqual([
      ['Satisfaction 2025 (2025)', [{ type: 'link', attrs: { href: context.pageUrl } }]],
    ]);
    // No heading in the creator's language (or any other): readers of every language read the issue.
    expect(JSON.stringify(draft.description)).not.toMatch(
      /Answers|Campaign|Improvement plan|Répond|Campagne/,
    );
  });

  // Control characters are dropped once, where text enters (test/features/plan.text.test.ts).
  it('never makes a link of anything but the https page', () => {
    const draft = issueDraftOf(action({ description: { 'en-US': 'See javascript:alert(1) now' } }), {
      ...context,
      pageUrl: 'javascript:alert(1)',
    });
    const nodes = draft.description.content.flatMap((p) => p.content);
    expect(nodes.some((n) => n.marks)).toBe(false);
    expect(nodes[0]!.text).toBe('See javascript:alert(1) now');
  });

  it('keeps the summary within Jira’s limit and labels within one word', () => {
    const long = issueDraftOf(action({ title: { 'en-US': 'x'.repeat(400) } }), context);
    expect(long.summary).toHaveLength(SUMMARY_LIMIT);
    expect(campaignLabel('FY 2025/26')).toBe('campaign-FY-2025-26');
  });

  it('splits requests at 50', () => {
    expect(batchesOf(Array.from({ length: 120 }, (_, i) => i)).map((b) => b.length)).toEqual([50, 50, 20]);
  });
});
