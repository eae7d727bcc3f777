/**
 * The demo's improvement plan (sandbox/demo/plan.ts), read through the real resolvers of a seeded host: actions in
 * every state, the weighing's values shown, an overdue and a refused action, an adjustment, a review; the
 * customers' commitments without names; one Jira issue per created action; the plan page's two macros; the issue
 * view's panel, whose issue comes from the frame and is checked against Jira.
 */
/* eslint-disable @typescript-eslint/no-unsafe-return -- the answers are read loosely, as JSON */
import { COMMITMENTS_MACRO_LOCAL_ID, FOLLOWUP_MACRO_LOCAL_ID } from '../../sandbox/server/state';
import { ADMIN_PERSONA, PERSONAS } from '../../sandbox/personas';
import { hostFetch, invokeAs, startTestHost, type Host } from '../helpers/host';

let host: Host;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.close());

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- answers read loosely
const GRACE = PERSONAS.find((p) => p.displayName.startsWith('Grace'))!.accountId;
const ALICE = PERSONAS.find((p) => p.role === 'customer')!.accountId;
const campaignId = 'campaign-2025';
const FOLLOWUP = `macro-${FOLLOWUP_MACRO_LOCAL_ID}`;
const COMMITMENTS = `macro-${COMMITMENTS_MACRO_LOCAL_ID}`;

const call = async (persona: string, frame: string, key: string, payload: unknown = { campaignId }) =>
  (await invokeAs(host, persona, key, payload, frame)).body as Json;

it('tells the plan’s story to the team: every state, the weighing, an overdue and a refused action', async () => {
  const { ok, data } = await call(GRACE, FOLLOWUP, 'followup/get');
  expect(ok).toBe(true);
  const actions = data.plan.actions as Json[];
  expect(actions).toHaveLength(7);
  const states = actions.map((a) => [a.selected, a.jira.state, a.current?.statusName ?? null]);
  expect(states).toEqual([
    [true, 'created', 'Done'],
    [true, 'created', 'In Progress'],
    [true, 'created', 'In Progress'],
    [true, 'created', 'To Do'],
    [true, 'failed', null],
    [false, 'none', null],
    [false, 'none', null],
  ]);
  expect(actions[4]!.jira).toMatchObject({ problem: 'rejected' });
  expect(actions[0]!.history.map((h: Json) => h.toName)).toEqual(['In Progress', 'Done']);
  expect(actions[1]!.adjustments).toEqual([
    expect.objectContaining({ dueDate: '2026-12-31', reason: expect.any(String) }),
  ]);
  expect(actions[2]!.overdue).toBe(true);
  expect(data.plan.weighing).toMatchObject({ status: 'closed', suppressed: false });
  expect(data.plan.weighing.ballots).toBeGreaterThanOrEqual(5);
  expect(data.plan.weighing.values[actions[0]!.id].rank).toBe(1);
  expect(data.plan.progress).toMatchObject({ selected: 5, created: 4, done: 1 });
  // Due on 2026-09-30 and still in progress: overdue from then on.
  expect(data.plan.progress.overdue).toBeGreaterThanOrEqual(1);
  expect(data.reviews).toHaveLength(1);
  // One Jira issue per created action, carrying its id.
  const issues = host.jira.issues();
  expect(issues.map((i) => (i.properties['procurement-crm-action'] as Json).actionId).sort()).toEqual(
    actions
      .filter((a) => a.jira.state === 'created')
      .map((a) => a.id)
      .sort(),
  );
});

it('shows customers the commitments without names or keys, and refuses them the follow-up', async () => {
  const { ok, data } = await call(ALICE, COMMITMENTS, 'commitments/get');
  expect(ok).toBe(true);
  expect(data.progress).toEqual({ total: 5, done: 1, inProgress: 2, planned: 2 });
  const text = JSON.stringify(data);
  for (const person of PERSONAS) expect(text).not.toContain(person.accountId);
  expect(text).not.toMatch(/PROC-\d/);
  expect(await call(ALICE, FOLLOWUP, 'followup/get')).toMatchObject({
    ok: false,
    error: { code: 'NOT_FOUND' },
  });
});

it('puts the follow-up and commitments macros on the plan page', async () => {
  const page = (await hostFetch(host, '/?page=65602', { persona: GRACE })).body as string;
  expect(page).toContain(`data-frame-id="${FOLLOWUP}"`);
  expect(page).toContain(`data-frame-id="${COMMITMENTS}"`);
});

it('opens an issue with the app’s panel, whose issue is checked against Jira', async () => {
  const issue = host.jira.issues()[0]!;
  const page = (await hostFetch(host, `/?view=jira&issue=${issue.key}`, { persona: GRACE })).body as string;
  const frame = `issue-panel-${issue.id}-${issue.key}`;
  expect(page).toContain(`data-frame-id="${frame}"`);
  const context = (await hostFetch(host, `/__host/context?frame=${frame}`, { persona: GRACE })).body as Json;
  expect(context).toMatchObject({
    moduleKey: 'action-issue-panel',
    extension: { type: 'jira:issuePanel', issue: { id: issue.id, key: issue.key }, project: { key: 'PROC' } },
  });
  const shown = await call(GRACE, frame, 'issuePanel/get', {});
  expect(shown).toMatchObject({ ok: true, data: { found: true, campaign: { id: campaignId } } });
  // A customer cannot browse PROC: the same frame shows them nothing, and the page does not open the issue.
  expect(await call(ALICE, frame, 'issuePanel/get', {})).toEqual({ ok: true, data: { found: false } });
  const hidden = (await hostFetch(host, `/?view=jira&issue=${issue.key}`, { persona: ALICE })).body as string;
  expect(hidden).not.toContain(`data-frame-id="${frame}"`);
  // A forged frame naming an issue that is not an action shows nothing either.
  expect(await call(ADMIN_PERSONA.accountId, 'issue-panel-99999-PROC-99999', 'issuePanel/get', {})).toEqual({
    ok: true,
    data: { found: false },
  });
});
