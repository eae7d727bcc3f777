/**
 * The demo's improvement plan (sandbox/demo/plan/), read through the real resolvers of a seeded host, as the
 * personas would: actions in every state with their past, the weighing's values shown, an overdue and a refused
 * action, adjustments, two reviews; the customers' commitments without names; exactly one Jira issue per created
 * action; the plan page's two macros; the issue view's frame and context, and its panel's issue checked against
 * Jira. Then the seed against its own files: a second start, and either file lost.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { criteriaOf } from '../../src/domain/model/model';
import { parseBallot } from '../../src/domain/weighing/weighing';
import type { ActionView, PlanView } from '../../src/shared/contract/plan';
import type { FollowUpView } from '../../src/shared/contract/followup';
import type { CommitmentsView } from '../../src/shared/contract/commitments';
import type { IssuePanelView } from '../../src/shared/contract/issue-panel';
import { ballotOf, DEMO_ACTIONS, DEMO_REVIEWS, PLAN_PAGE_URL, votersOf } from '../../sandbox/demo/plan';
import { DEMO_MODEL_V2 } from '../../sandbox/demo/model';
import { ADMIN_PERSONA, DIRECTORY, PERSONAS } from '../../sandbox/personas';
import { invitedOf } from '../../sandbox/seed';
import {
  COMMITMENTS_MACRO_LOCAL_ID,
  FOLLOWUP_MACRO_LOCAL_ID,
  PLAN_CAMPAIGN_ID,
} from '../../sandbox/server/state';
import { hostFetch, invokeAs, startTestHost, type Host } from '../helpers/host';
import { PEOPLE } from '../helpers/people';

const campaignId = 'campaign-2025';
const FOLLOWUP = `macro-${FOLLOWUP_MACRO_LOCAL_ID}`;
const COMMITMENTS = `macro-${COMMITMENTS_MACRO_LOCAL_ID}`;
const ADMIN_FRAME = 'page-admin-page';
const today = new Date().toISOString().slice(0, 10);
const ACTION_PROPERTY = 'procurement-crm-action';

type Answer<T> = { ok: true; data: T } | { ok: false; error: { code: string } };

async function call<T>(who: string, frame: string, key: string, payload: unknown = { campaignId }) {
  const answer = await invokeAs(host, who, key, payload, frame);
  expect(answer.status).toBe(200);
  return answer.body as Answer<T>;
}
async function data<T>(who: string, frame: string, key: string, payload?: unknown): Promise<T> {
  const answer = await call<T>(who, frame, key, payload);
  if (!answer.ok) throw new Error(`${key}: ${JSON.stringify(answer.error)}`);
  return answer.data;
}

const byTitle = (actions: readonly ActionView[], prefix: string) =>
  actions.find((a) => a.title['en-US'].startsWith(prefix))!;

let host: Host;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.close());

describe('the demo plan of 2025, as the team reads it', () => {
  let plan: PlanView;
  beforeAll(async () => {
    plan = await data<PlanView>(PEOPLE.grace, ADMIN_FRAME, 'plan/get');
  });

  it('holds eight actions written from the 2025 report, owned by the buyers, on the frozen model’s criteria', () => {
    expect(plan.campaign).toMatchObject({ id: campaignId, status: 'closed' });
    expect(plan.canEdit).toBe(true);
    expect(plan.jira).toEqual({ kind: 'ready', projectKey: 'PROC', issueTypeId: '10003' });
    expect(plan.actions.map((a) => a.id)).toEqual(DEMO_ACTIONS.map((a) => a.id));
    expect(new Set(plan.actions.map((a) => a.owner?.displayName))).toEqual(
      new Set(['Grace Okafor', 'Hugo Moreau']),
    );
    const model = new Set(criteriaOf(DEMO_MODEL_V2).map(({ criterion }) => criterion.id));
    for (const action of plan.actions) {
      expect(action.criterionIds.length).toBeGreaterThan(0);
      for (const id of action.criterionIds) expect(model.has(id)).toBe(true);
      expect(action.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // The report's story: the falling lead times, the blind spot, the reworded tools criterion, Legal.
    const criteria = new Set(plan.actions.flatMap((a) => a.criterionIds));
    for (const id of ['communication-lead-times', 'communication-informed', 'transverse-tools'])
      expect(criteria.has(id)).toBe(true);
    expect(byTitle(plan.actions, 'Meet the Legal team').description['en-US']).toMatch(
      /below the survey’s threshold/,
    );
  });

  it('gives every action a French title, so a French reader reads the plan in French (issue 16, item 19)', () => {
    for (const action of plan.actions) expect(action.title['fr-FR']).toMatch(/\S/);
    expect(byTitle(plan.actions, 'Meet the Legal team').description['fr-FR']).toMatch(/sous le seuil/);
    // One description left in English: the French reader sees it in English (the fallback the screens mark).
    expect(plan.actions.filter((a) => a.description['fr-FR'] === undefined)).toHaveLength(1);
  });

  it('has actions in every state: not selected, To Do, In Progress, Done, and one Jira refused', () => {
    const states = plan.actions.map((a) => [
      a.title['en-US'].split(' ').slice(0, 3).join(' '),
      a.selected,
      a.jira.state,
      a.current?.statusName ?? null,
    ]);
    expect(states).toEqual([
      ['Weekly review of', true, 'created', 'Done'],
      ['Tell the requester', true, 'created', 'In Progress'],
      ['Publish the expected', true, 'created', 'In Progress'],
      ['Portal training for', true, 'created', 'To Do'],
      ['Meet the Legal', true, 'created', 'Done'],
      ['Name a buyer', true, 'failed', null],
      ['Quarterly supplier-issue report', false, 'none', null],
      ['Invite customers to', false, 'none', null],
    ]);
    const refused = byTitle(plan.actions, 'Name a buyer');
    expect(refused.jira).toMatchObject({
      state: 'failed',
      problem: 'forbidden',
      messages: [expect.stringContaining('permission to create issues')],
    });
    expect(plan.progress).toMatchObject({ selected: 6, created: 5, done: 2 });
  });

  it('keeps each issue’s history from the day it was created, and the adjusted dates with their reasons', () => {
    const history = (prefix: string) =>
      byTitle(plan.actions, prefix).history.map((h) => [new Date(h.at).toISOString().slice(0, 10), h.toName]);
    expect(history('Weekly review')).toEqual([
      ['2025-03-20', 'To Do'],
      ['2025-03-24', 'In Progress'],
      ['2025-06-20', 'Done'],
    ]);
    expect(history('Portal training')).toEqual([['2025-03-20', 'To Do']]);
    const adjusted = plan.actions.filter((a) => a.adjustments.length > 0);
    expect(adjusted.map((a) => a.adjustments)).toEqual([
      [
        expect.objectContaining({
          previousDueDate: '2025-09-30',
          dueDate: '2027-01-29',
          by: PEOPLE.hugo,
          reason: expect.stringMatching(/\w/),
        }),
      ],
      [expect.objectContaining({ previousDueDate: '2026-06-30', dueDate: '2027-03-31', by: PEOPLE.hugo })],
    ]);
    // What Jira says agrees with the plan: the adjusted due date was carried over.
    for (const action of adjusted) expect(action.current?.dueDate).toBe(action.dueDate);
  });

  it('is overdue where Jira’s due date has passed and the issue is not done (the lead-time table, since October 2026)', () => {
    const expected = plan.actions
      .filter((a) => a.jira.state === 'created' && a.current!.statusCategory !== 'done')
      .filter((a) => a.current!.dueDate! < today)
      .map((a) => a.id);
    expect(plan.actions.filter((a) => a.overdue).map((a) => a.id)).toEqual(expected);
    expect(expected).toContain(byTitle(plan.actions, 'Publish the expected').id);
    expect(plan.progress.overdue).toBe(expected.length);
  });

  it('suggests where to act from last year’s results, with importance from the customers’ weighing', () => {
    expect(plan).toMatchObject({
      resultsPreparing: false,
      resultsHidden: false,
      importanceSource: 'weighing',
    });
    expect(plan.suggestions.length).toBeGreaterThan(0);
  });

  it('shows the closed weighing’s values: settled long ago, with more ballots than the group size', () => {
    const voters = votersOf(invitedOf(campaignId));
    expect(plan.weighing).toMatchObject({
      status: 'closed',
      closesOn: '2025-03-14',
      suppressed: false,
      ballots: voters.length,
    });
    expect(voters.length).toBeGreaterThanOrEqual(5);
    const values = plan.weighing.values;
    expect(Object.keys(values).sort()).toEqual(DEMO_ACTIONS.map((a) => a.id).sort());
    for (const value of Object.values(values)) expect(value.voters).toBe(voters.length);
    // The customers chose the plan: what was not selected weighed least.
    const rankOf = (prefix: string) => values[byTitle(plan.actions, prefix).id]!.rank;
    expect([rankOf('Quarterly supplier-issue'), rankOf('Invite customers')]).toEqual([7, 8]);
    const total = Object.values(values).reduce((sum, v) => sum + v.value, 0);
    expect(total).toBeCloseTo(100, 6);
    // Ranked as the plan's comment tells: the first five became issues, the sixth was added later.
    expect(plan.actions.map((a) => values[a.id]!.rank)).toEqual([1, 2, 3, 5, 4, 6, 7, 8]);
  });

  it('writes ballots the app would accept: whole points on the candidates, 100 in all', () => {
    const candidates = DEMO_ACTIONS.map((a) => a.id);
    for (const voter of votersOf(invitedOf(campaignId))) {
      const ballot = ballotOf(voter);
      expect({ voter, ok: parseBallot(ballot, candidates).ok }).toEqual({ voter, ok: true });
      expect(ballotOf(voter)).toEqual(ballot);
    }
  });

  it('stores the ballots under pseudonyms only, and the round’s key is gone', () => {
    const { entities, secrets } = host.kvs.dump();
    const ballots = entities.filter((row) => row.entityName === 'ballot');
    expect(ballots.length).toBe(votersOf(invitedOf(campaignId)).length);
    for (const row of ballots) {
      const text = JSON.stringify(row);
      expect(text).toMatch(/"voterKey":"[0-9a-f]{64}"/);
      for (const person of DIRECTORY) expect(text).not.toContain(person.accountId);
    }
    expect(secrets.map((s) => s.key)).not.toContain('pseudonym-key:campaign-2025.weighing');
  });

  it('links every created action back to the plan page, as the app’s queue does', () => {
    for (const action of plan.actions.filter((a) => a.jira.state === 'created')) {
      expect(action.jira).toMatchObject({
        linked: true,
        linkTo: { url: PLAN_PAGE_URL, title: 'Procurement satisfaction survey 2025 (2025)' },
      });
      expect(action.issueUrl).toBe(
        `https://procurement-demo.atlassian.net/browse/${(action.jira as { key: string }).key}`,
      );
    }
  });
});

describe('the Jira sandbox', () => {
  it('holds exactly one issue per created action, carrying its id, labels and a link to the plan page', async () => {
    const plan = await data<PlanView>(PEOPLE.ines, ADMIN_FRAME, 'plan/get');
    const created = plan.actions.filter((a) => a.jira.state === 'created');
    const issues = host.jira.issues();
    expect(issues.map((i) => i.key)).toEqual(['PROC-1', 'PROC-2', 'PROC-3', 'PROC-4', 'PROC-5']);
    expect(issues.map((i) => (i.properties[ACTION_PROPERTY] as { actionId: string }).actionId)).toEqual(
      created.map((a) => a.id),
    );
    for (const action of created) {
      const jira = action.jira as { id: string; key: string };
      const issue = host.jira.issue(jira.key)!;
      expect(issue).toMatchObject({
        id: jira.id,
        issueType: 'Improvement',
        summary: action.title['en-US'],
        status: action.current!.statusName,
        assigneeAccountId: action.owner!.accountId,
        duedate: action.dueDate,
        labels: ['procurement-crm', 'campaign-2025'],
        properties: { [ACTION_PROPERTY]: { actionId: action.id, campaignId } },
        remoteLinks: [
          expect.objectContaining({ globalId: `procurement-crm:action:${action.id}`, url: PLAN_PAGE_URL }),
        ],
      });
      // Jira's own times: created with the plan, last changed when the follow-up last saw it.
      expect(issue.created.slice(0, 10)).toBe('2025-03-20');
      expect(Date.parse(issue.updated)).toBe(action.current!.updated);
    }
  });

  it('agrees with the plan: a refresh and the hourly reconciliation change nothing but the due-date notices', async () => {
    // The actions as stored, without their notice and revision (a notice's record is a write of its own).
    const withoutNotices = () =>
      host.kvs.dump().entities.map(({ updatedAt: _at, ...item }) => {
        if (item.entityName !== 'action') return item;
        const { notice: _notice, revision: _revision, ...value } = item.value as Record<string, unknown>;
        return { ...item, value };
      });
    const before = withoutNotices();
    const kvsBefore = host.kvs.dump().kvs;
    const refreshed = await data<PlanView>(PEOPLE.grace, ADMIN_FRAME, 'plan/refresh');
    expect(refreshed.jira).toMatchObject({ kind: 'ready' });
    expect(await host.fireScheduled('reconcile-plans')).toMatchObject({ ok: true });
    expect(withoutNotices()).toEqual(before);
    expect(host.kvs.dump().kvs).toEqual(kvsBefore);
    // The demo's overdue issues are assigned: each got one notice, recorded in the plan.
    const noticed = (await data<PlanView>(PEOPLE.grace, ADMIN_FRAME, 'plan/get')).actions.filter(
      (a) => a.lastNotice?.outcome === 'sent',
    );
    expect(
      host.jira
        .notifications()
        .map((n) => n.issueKey)
        .sort(),
    ).toEqual(noticed.map((a) => (a.jira.state === 'created' ? a.jira.key : '')).sort());
  });
});

describe('the follow-up and the commitments on the plan page', () => {
  it('gives the team its two reviews, newest first, each frozen as it was', async () => {
    const view = await data<FollowUpView>(PEOPLE.grace, FOLLOWUP, 'followup/get');
    expect(view.plan.actions).toHaveLength(8);
    expect(view.reviews.map((r) => r.at)).toEqual(DEMO_REVIEWS.map((r) => r.at).reverse());
    const [march, september] = view.reviews;
    expect(september).toMatchObject({
      by: { accountId: ADMIN_PERSONA.accountId, displayName: ADMIN_PERSONA.displayName },
      progress: { selected: 5, created: 5, done: 1, overdue: 0 },
    });
    expect(march!.progress).toEqual({ selected: 6, created: 5, done: 2, overdue: 0 });
    // The September review saw the lead-time table before it started, and the old due date of the notifications.
    expect(september!.actions.find((a) => a.title['en-US'].startsWith('Publish'))).toMatchObject({
      key: 'PROC-3',
      statusName: 'To Do',
    });
    expect(september!.actions.find((a) => a.title['en-US'].startsWith('Tell'))).toMatchObject({
      dueDate: '2025-09-30',
    });
    expect(march!.actions.find((a) => a.title['en-US'].startsWith('Name a buyer'))).not.toHaveProperty('key');
    // The quality manager reads it too.
    expect((await call(PEOPLE.ines, FOLLOWUP, 'followup/get')).ok).toBe(true);
  });

  it('shows a customer the commitments, without names, keys or Jira’s messages; the follow-up refuses them', async () => {
    const view = await data<CommitmentsView>(PEOPLE.alice, COMMITMENTS, 'commitments/get');
    const { plan } = await data<FollowUpView>(PEOPLE.grace, FOLLOWUP, 'followup/get');
    expect(view.progress).toEqual({
      total: 6,
      done: 2,
      inProgress: 2,
      planned: 2,
      overdue: plan.progress.overdue,
    });
    // Late for customers as for the team (none of the demo's selected actions without an issue is past its date).
    expect(view.commitments.filter((c) => c.overdue).map((c) => c.id)).toEqual(
      plan.actions.filter((a) => a.selected && a.overdue).map((a) => a.id),
    );
    expect(view.commitments.map((c) => c.title['en-US'])).toEqual(
      DEMO_ACTIONS.filter((a) => a.selectedAt).map((a) => a.title),
    );
    const text = JSON.stringify(view);
    for (const person of PERSONAS) {
      expect(text).not.toContain(person.accountId);
      expect(text).not.toContain(person.displayName);
    }
    expect(text).not.toMatch(/PROC-\d|permission/);
    expect(await call(PEOPLE.alice, FOLLOWUP, 'followup/get')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('puts both macros on “Improvement plan 2025”, configured for campaign-2025, viewable by everyone', async () => {
    expect(PLAN_CAMPAIGN_ID).toBe(campaignId);
    for (const who of [PEOPLE.alice, PEOPLE.grace]) {
      const page = await hostFetch(host, '/?page=65602', { persona: who });
      expect(page.status).toBe(200);
      const html = String(page.body);
      expect(html).toContain('<h1 class="page-title">Improvement plan 2025</h1>');
      expect(html).toContain(`src="/app/main/${FOLLOWUP}/index.html"`);
      expect(html).toContain(`src="/app/main/${COMMITMENTS}/index.html"`);
      expect(html).toContain('data-config-title="Follow-up settings"');
    }
    for (const [frame, moduleKey] of [
      [FOLLOWUP, 'followup-macro'],
      [COMMITMENTS, 'commitments-macro'],
    ] as const) {
      const context = await hostFetch(host, `/__host/context?frame=${frame}`, { persona: PEOPLE.alice });
      expect(context.body).toMatchObject({
        moduleKey,
        extension: { type: 'macro', content: { id: '65602', type: 'page' }, config: { campaignId } },
      });
    }
  });
});

describe('the issue view on the host’s Jira board', () => {
  const issue = () => host.jira.issue('PROC-2')!;
  const frameOf = () => `issue-panel-${issue().id}-${issue().key}`;

  it('opens PROC-2 with its fields and the app’s panel in a frame of the main resource', async () => {
    const page = await hostFetch(host, '/?view=jira&issue=PROC-2', { persona: PEOPLE.grace });
    const html = String(page.body);
    expect(html).toContain('<span class="jira-key">PROC-2</span>');
    expect(html).toContain('Tell the requester at each step of a request');
    expect(html).toMatch(/<dt>Status<\/dt><dd>In Progress<\/dd>/);
    expect(html).toMatch(/<dt>Assignee<\/dt><dd>Hugo Moreau<\/dd>/);
    expect(html).toMatch(/<dt>Due date<\/dt><dd>2027-01-29<\/dd>/);
    expect(html).toContain('href="/?persona=');
    expect(html).toContain(`src="/app/main/${frameOf()}/index.html"`);
  });

  it('gives the panel Forge’s issue panel context, with the host’s locale and theme', async () => {
    const context = await hostFetch(host, `/__host/context?frame=${frameOf()}`, {
      persona: PEOPLE.grace,
      headers: { 'x-forge-host-locale': 'fr-FR', 'x-forge-host-theme': 'dark' },
    });
    expect(context.status).toBe(200);
    expect(context.body).toMatchObject({
      accountId: PEOPLE.grace,
      moduleKey: 'action-issue-panel',
      locale: 'fr-FR',
      theme: { colorMode: 'dark' },
      extension: {
        type: 'jira:issuePanel',
        issue: { id: issue().id, key: 'PROC-2', type: 'Improvement', typeId: '10003' },
        project: { id: '10000', key: 'PROC', type: 'business' },
      },
    });
  });

  it('answers issue-panel/get for that issue through the host', async () => {
    const panel = await data<IssuePanelView>(PEOPLE.grace, frameOf(), 'issue-panel/get', {});
    expect(panel).toMatchObject({
      found: true,
      campaign: { id: campaignId },
      action: {
        id: DEMO_ACTIONS[1]!.id,
        title: { 'en-US': DEMO_ACTIONS[1]!.title, 'fr-FR': expect.any(String) },
      },
      criteria: [expect.objectContaining({ id: 'communication-informed' })],
      weighing: { voters: votersOf(invitedOf(campaignId)).length },
    });
  });

  it('shows a customer neither the issue nor anything of it through its frame', async () => {
    const page = String((await hostFetch(host, '/?view=jira&issue=PROC-2', { persona: PEOPLE.alice })).body);
    expect(page).not.toContain(frameOf());
    expect(page).toContain('does not exist or you do not have permission to see it');
    expect(await call(PEOPLE.alice, frameOf(), 'issue-panel/get', {})).toEqual({
      ok: true,
      data: { found: false },
    });
  });

  it('refuses forged frames and forged issues', async () => {
    const forge = (frame: string, payload: unknown = {}) =>
      invokeAs(host, ADMIN_PERSONA.accountId, 'issue-panel/get', payload, frame);
    // No such issue, or an id and a key of two different issues: no frame Jira would have rendered.
    expect((await forge('issue-panel-99999-PROC-99999')).status).toBe(404);
    const [first, second] = host.jira.issues();
    expect((await forge(`issue-panel-${first!.id}-${second!.key}`)).status).toBe(404);
    expect((await hostFetch(host, `/__host/context?frame=issue-panel-99999-PROC-9`)).status).toBe(404);
    // The issue comes from the frame, never from the payload.
    expect((await forge(frameOf(), { issueId: first!.id })).body).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD' },
    });
    // An issue of PROC that is no action's: its panel finds nothing.
    const other = host.jira.createIssue({ summary: 'Not an action' });
    expect((await forge(`issue-panel-${other.id}-${other.key}`)).body).toEqual({
      ok: true,
      data: { found: false },
    });
    expect(host.jira.deleteIssue(other.key)).toBe(true);
    // Once the issue is deleted, its panel's frame is gone with it.
    expect((await forge(`issue-panel-${other.id}-${other.key}`)).status).toBe(404);
  });
});

describe('the retry of the refused action', () => {
  it('creates its issue now that Hugo may create issues in PROC', async () => {
    const report = await data<{ created: number; failed: number; plan: PlanView }>(
      PEOPLE.hugo,
      ADMIN_FRAME,
      'plan/createIssues',
    );
    expect(report).toMatchObject({ created: 1, failed: 0 });
    const retried = byTitle(report.plan.actions, 'Name a buyer');
    expect(retried.jira).toMatchObject({ state: 'created' });
    const key = (retried.jira as { key: string }).key;
    expect(host.jira.issue(key)).toMatchObject({
      assigneeAccountId: PEOPLE.hugo,
      properties: { [ACTION_PROPERTY]: { actionId: retried.id, campaignId } },
    });
    await host.jira.idle();
  });
});

describe('the demo plan against its files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'forge-demo-plan-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const start = () => startTestHost({ dbFile: join(dir, 'app.sqlite') });
  const removeDb = () => {
    for (const suffix of ['', '-wal', '-shm', '.host.json'])
      rmSync(join(dir, `app.sqlite${suffix}`), { force: true });
  };
  const actionKeys = async (h: Host) => {
    const answer = (await invokeAs(h, PEOPLE.grace, 'plan/get', { campaignId }, ADMIN_FRAME))
      .body as Answer<PlanView>;
    if (!answer.ok) throw new Error('plan/get failed');
    return answer.data.actions.flatMap((a) =>
      a.jira.state === 'created' ? [[a.id, a.jira.id, a.jira.key]] : [],
    );
  };
  const issueKeys = (h: Host) =>
    h.jira
      .issues()
      .map((i) => [(i.properties[ACTION_PROPERTY] as { actionId: string }).actionId, i.id, i.key]);

  it('a second start changes nothing, in storage or in Jira', async () => {
    const first = await start();
    const stored = first.kvs.dump();
    const issues = first.jira.issues();
    await first.close();
    expect(existsSync(join(dir, 'app.sqlite.jira.json'))).toBe(true);
    const second = await start();
    try {
      expect(second.kvs.dump()).toEqual(stored);
      expect(second.jira.issues()).toEqual(issues);
    } finally {
      await second.close();
    }
  });

  it('with the storage deleted and the Jira file kept, the actions find their issues again: no duplicate', async () => {
    const first = await start();
    await first.jira.transition('PROC-4', 'In Progress', { by: PEOPLE.hugo });
    await first.jira.idle();
    const issues = issueKeys(first);
    await first.close();
    removeDb();
    const second = await start();
    try {
      expect(issueKeys(second)).toEqual(issues);
      expect(await actionKeys(second)).toEqual(issues);
      // The move made on the board since is what the plan now says.
      const plan = (await invokeAs(second, PEOPLE.grace, 'plan/get', { campaignId }, ADMIN_FRAME))
        .body as Answer<PlanView>;
      expect(plan.ok && byTitle(plan.data.actions, 'Portal training').current?.statusName).toBe(
        'In Progress',
      );
    } finally {
      await second.close();
    }
  });

  it('with the Jira file deleted and the storage kept, the issues are created again where the actions say', async () => {
    const first = await start();
    const issues = issueKeys(first);
    await first.close();
    rmSync(join(dir, 'app.sqlite.jira.json'));
    const second = await start();
    try {
      expect(issueKeys(second)).toEqual(issues);
      expect(await actionKeys(second)).toEqual(issues);
    } finally {
      await second.close();
    }
  });
});
