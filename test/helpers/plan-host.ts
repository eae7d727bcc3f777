/**
 * The local host (in memory) for the plan's tests: the app's real handler and functions on the real SDKs, the
 * Confluence and Jira sandboxes, the queue and the Jira trigger wired as Forge wires them. `call` counts the
 * platform requests of one resolver invocation.
 */
import { ENTITIES, KEYS } from '../../src/adapters/keys';
import type { CampaignRecord } from '../../src/adapters/records/campaign';
import { toModelRecord } from '../../src/adapters/records/model';
import { toRolesRecord } from '../../src/adapters/records/roles';
import type { EvaluationModel } from '../../src/domain/model/model';
import type { Output, ResolverKey } from '../../src/shared/contract';
import type { CallCounts } from '../../sandbox/platform';
import { PEOPLE, type LooseResult } from './builders';
import { startTestHost, type Host } from './host';

export interface PlanHost {
  host: Host;
  call<K extends ResolverKey>(
    accountId: string,
    functionKey: K,
    payload: unknown,
    context?: Record<string, unknown>,
  ): Promise<{ result: LooseResult<Output<K>>; counts: CallCounts }>;
  seed(seed: { campaigns: CampaignRecord[]; models: EvaluationModel[]; jira?: boolean }): Promise<void>;
  /** Runs `fn` as one invocation of the app (no user), as triggers and jobs run. */
  asApp<T>(fn: () => Promise<T>): Promise<{ result: T; counts: CallCounts }>;
  /** Waits for the queue and the Jira events under way. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export const ADMIN_PAGE = { moduleKey: 'admin-page', locale: 'en-US' };
export const JIRA_TARGET = { projectKey: 'PROC', issueTypeId: '10003' };

/**
 * `n` actions drafted and selected by Grace through the real endpoints, on the closed campaign `cmp-2026` (which
 * `seed` must have written). Throws on a refusal: a test that counts requests must not count a failed set-up.
 */
export async function draftSelected(
  p: PlanHost,
  n: number,
  overrides: (i: number) => Record<string, unknown> = () => ({}),
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const saved = await p.call(PEOPLE.grace, 'plan/saveAction', {
      campaignId: 'cmp-2026',
      revision: 0,
      title: `Action ${i + 1}`,
      description: `What we will do, number ${i + 1}.`,
      criterionIds: ['sourcing-lead'],
      dueDate: '2026-09-30',
      ...overrides(i),
    });
    if (!saved.result.ok) throw new Error(`plan/saveAction: ${JSON.stringify(saved.result.error)}`);
    const selected = await p.call(PEOPLE.grace, 'plan/select', {
      campaignId: 'cmp-2026',
      actionId: saved.result.data.id,
      revision: 1,
      selected: true,
    });
    if (!selected.result.ok) throw new Error(`plan/select: ${JSON.stringify(selected.result.error)}`);
    ids.push(saved.result.data.id);
  }
  return ids;
}

export async function startPlanHost(): Promise<PlanHost> {
  const host = await startTestHost({ seed: false });
  const { handler } = await import('../../src/index');
  const asApp = <T>(fn: () => Promise<T>) => host.runtime.invoke({ moduleKey: 'plan-tests' }, fn);
  return {
    host,
    async call(accountId, functionKey, payload, context = ADMIN_PAGE) {
      const { result, counts } = await host.runtime.invoke(
        { accountId, moduleKey: typeof context.moduleKey === 'string' ? context.moduleKey : 'admin-page' },
        () =>
          handler(
            { call: { functionKey, payload }, context: { accountId, ...context } },
            { principal: { accountId } },
          ),
      );
      return { result: result as never, counts };
    },
    async seed({ campaigns, models, jira = true }) {
      await asApp(async () => {
        const { kvs } = await import('@forge/kvs');
        for (const model of models) await kvs.set(KEYS.model(model.id, model.version), toModelRecord(model));
        for (const campaign of campaigns) await kvs.entity(ENTITIES.campaign).set(campaign.id, campaign);
        await kvs.set(
          KEYS.roles,
          toRolesRecord({
            admins: [PEOPLE.jean],
            team: [PEOPLE.grace, PEOPLE.hugo],
            quality: [PEOPLE.ines],
            revision: 1,
          }),
        );
        if (jira) await kvs.set(KEYS.jiraSettings, { schemaVersion: 1, ...JIRA_TARGET });
      });
    },
    asApp,
    async idle() {
      await host.queue.idle();
      await host.jira.idle();
      await host.queue.idle();
    },
    close: () => host.close(),
  };
}
