/**
 * The survey resolvers through the real routing: `handler` from src/index.ts (built with @forge/resolver), the
 * real @forge/kvs SDK, and the local host's KVS. Only the platform is emulated.
 */
import { DEFAULT_MODEL, type EvaluationModel } from '../../src/domain/model';
import { KvsSurveyStore } from '../../src/adapters/kvs-store';
import { RESOLVERS } from '../../src/shared/contract';
import { aCampaign } from '../helpers/builders';
import { startTestRuntime, type TestRuntime } from '../helpers/forge-runtime';
import type * as IndexModule from '../../src/index';

// Imported after the runtime exists: @forge/kvs inspects the runtime globals when it loads.
let rt: TestRuntime;
let handler: (typeof IndexModule)['handler'];

beforeAll(async () => {
  rt = startTestRuntime();
  ({ handler } = await import('../../src/index'));
});
afterAll(() => rt.close());
beforeEach(() => rt.kvs.reset());

const customer = { accountId: 'acc-customer-1' };

function call(
  functionKey: string,
  payload: unknown,
  context: Record<string, unknown> = {},
  accountId?: string,
) {
  return rt.invoke({ accountId, moduleKey: 'survey-macro' }, () =>
    handler(
      { call: { functionKey, payload }, context: { moduleKey: 'survey-macro', locale: 'en-US', ...context } },
      { principal: accountId ? { accountId } : undefined },
    ),
  );
}

const revised: EvaluationModel = {
  ...DEFAULT_MODEL,
  version: 2,
  sections: DEFAULT_MODEL.sections.slice(0, 2),
};

async function seedCampaign(model: EvaluationModel) {
  await rt.invoke({ accountId: 'acc-admin' }, async () => {
    const store = new KvsSurveyStore();
    await store.saveModel(model);
    await store.saveCurrentCampaign(
      aCampaign({
        id: 'cmp-2026',
        name: 'Procurement satisfaction 2026',
        period: '2026',
        modelId: model.id,
        modelVersion: model.version,
      }),
    );
  });
}

describe(`${RESOLVERS.getSurveyModel} through the Forge handler`, () => {
  it('answers the default model on a new installation, with no campaign', async () => {
    const { result } = await call(RESOLVERS.getSurveyModel, {}, {}, customer.accountId);
    expect(result).toEqual({ ok: true, data: { campaign: null, model: DEFAULT_MODEL, locale: 'en-US' } });
  });

  it("answers the current campaign's frozen model version, in three storage round trips", async () => {
    await seedCampaign(revised);
    const { result, counts } = await call(
      RESOLVERS.getSurveyModel,
      {},
      { locale: 'fr_FR' },
      customer.accountId,
    );
    expect(result).toMatchObject({
      ok: true,
      data: {
        campaign: { id: 'cmp-2026', name: 'Procurement satisfaction 2026', period: '2026' },
        model: { version: 2, sections: revised.sections },
        locale: 'fr-FR',
      },
    });
    expect(counts.storage).toBe(3);
    expect(counts.jira + counts.confluence).toBe(0);
  });

  it('answers NOT_FOUND for an unknown campaign id', async () => {
    await seedCampaign(DEFAULT_MODEL);
    const { result } = await call(
      RESOLVERS.getSurveyModel,
      { campaignId: 'cmp-1999' },
      {},
      customer.accountId,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers a typed INVALID_PAYLOAD for a payload of the wrong shape, without touching storage', async () => {
    for (const payload of [{ campaignId: { $ne: null } }, { campaignId: 7 }, ['cmp-2026'], 'cmp-2026']) {
      const { result, counts } = await call(RESOLVERS.getSurveyModel, payload, {}, customer.accountId);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
      expect(counts.storage).toBe(0);
    }
  });

  it('takes identity from the platform principal only: a context or payload accountId is not enough', async () => {
    const { result } = await call(RESOLVERS.getSurveyModel, {}, { accountId: 'acc-forged' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('treats a corrupt stored model as missing rather than trusting it', async () => {
    await seedCampaign(DEFAULT_MODEL);
    await rt.invoke({ accountId: 'acc-admin' }, async () => {
      const { kvs } = await import('@forge/kvs');
      await kvs.set('model:procurement-default:v1', { sections: 'not a model' });
    });
    const { result } = await call(RESOLVERS.getSurveyModel, {}, {}, customer.accountId);
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('routes an unknown function key to an error from @forge/resolver', async () => {
    await expect(call('survey/doesNotExist', {}, {}, customer.accountId)).rejects.toThrow(/no definition/);
  });
});
