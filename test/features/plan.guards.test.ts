/**
 * The plan's guards around Jira, each with the test that notices when it is removed: an action with its issue,
 * or whose issue's creation is pending (it may exist), is neither deleted, unselected nor edited (Jira holds it
 * now); an outcome Jira may have carried out stays pending (never "failed") until a look-up settles it; a date
 * adjustment needs its reason.
 */
import { ADMIN_PAGE } from '../helpers/builders';
import { PEOPLE } from '../helpers/people';
import { startBackend, type HostBackend } from '../helpers/backend';
import { campaignId } from './support/plan';
import { jiraPlanCalls, resetHost } from './support/plan-jira';

let p: HostBackend;
beforeAll(async () => {
  p = await startBackend({ products: 'host', context: ADMIN_PAGE });
});
afterAll(() => p.close());
beforeEach(() => resetHost(p));
afterEach(() => p.clock.reset());

const { selectedActions, create, later, byActionId } = jiraPlanCalls(() => p);

async function actionWithIssue() {
  const [id] = await selectedActions(1);
  expect((await create()).result).toMatchObject({ ok: true, data: { created: 1 } });
  const plan = (await p.call(PEOPLE.grace, 'plan/get', { campaignId })).result.data;
  return plan.actions.find((a) => a.id === id)!;
}

/** An action whose issue Jira may have created: the creation's outcome was lost (5xx), so it stays pending. */
async function actionWithPendingIssue() {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  await selectedActions(1);
  p.host.jira.faults.serverError({ path: '/rest/api/3/issue/bulk', times: 10 });
  const { result } = await create();
  expect(result).toMatchObject({ ok: true, data: { pending: 1 } });
  p.host.jira.faults.clear();
  return result.data.plan.actions[0]!;
}

const REFUSALS = [
  ['deleted', 'plan/deleteAction', {}, 'plan.hasIssue'],
  ['unselected', 'plan/select', { selected: false }, 'plan.hasIssue'],
  [
    'edited',
    'plan/saveAction',
    {
      title: { 'en-US': 'Renamed' },
      description: { 'en-US': 'Other text.' },
      criterionIds: ['sourcing-lead'],
    },
    'plan.notEditable',
  ],
] as const;

/** Each of REFUSALS on the action `made` gives: refused with its reason, nothing written. */
const refusedOn =
  (made: () => Promise<{ id: string; revision: number }>) =>
  async (_what: string, key: (typeof REFUSALS)[number][1], extra: object, reason: string) => {
    const action = await made();
    const before = p.snapshot();
    const { result } = await p.call(PEOPLE.grace, key, {
      campaignId,
      actionId: action.id,
      revision: action.revision,
      ...extra,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason } });
    expect(p.snapshot()).toBe(before);
  };

describe('an action with its Jira issue', () => {
  it.each(REFUSALS)('is not %s: refused with the reason, nothing written', refusedOn(actionWithIssue));
});

it('an action with its issue may still be selected again (it stays in the plan)', async () => {
  const action = await actionWithIssue();
  const { result } = await p.call(PEOPLE.grace, 'plan/select', {
    campaignId,
    actionId: action.id,
    revision: action.revision,
    selected: true,
  });
  expect(result).toMatchObject({ ok: true, data: { selected: true, jira: { state: 'created' } } });
});

describe('an action whose issue may exist (creation pending)', () => {
  it.each(REFUSALS)('is not %s either: refused, nothing written', refusedOn(actionWithPendingIssue), 30_000);
});

it('an outcome Jira may have carried out stays pending, and a look-up settles it later', async () => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  await selectedActions(1);
  p.host.jira.faults.serverError({ path: '/rest/api/3/issue/bulk', times: 10 });
  const { result } = await create();
  expect(result).toMatchObject({ ok: true, data: { created: 0, failed: 0, pending: 1 } });
  expect(result.data.plan.actions[0]!.jira).toMatchObject({ state: 'pending' });
  p.host.jira.faults.clear();
  later(3);
  p.host.jira.resetRequests();
  const retried = await create();
  expect(retried.result).toMatchObject({ ok: true, data: { created: 1, failed: 0, pending: 0 } });
  expect(byActionId()).toHaveLength(1);
}, 30_000);

it('a date adjustment without a reason is refused, nothing written', async () => {
  const action = await actionWithIssue();
  const before = p.snapshot();
  for (const reason of ['', '   ', '\u200b']) {
    const { result } = await p.call(PEOPLE.grace, 'plan/adjust', {
      campaignId,
      actionId: action.id,
      revision: action.revision,
      dueDate: '2027-01-31',
      reason,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  }
  expect(p.snapshot()).toBe(before);
  expect(p.host.jira.issue('PROC-1')!.duedate).toBe('2026-09-30');
});
