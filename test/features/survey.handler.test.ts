/**
 * The survey through the real routing: the app's `handler` (createApp, built with @forge/resolver), the real
 * @forge/kvs SDK, and the local host's KVS. Only the platform is emulated. (The first slice's survey/getModel is
 * gone: the macro reads survey/getState; the routing guarantees it carried are asserted here on that key.)
 */
import { ENTITIES, KEYS } from '../../src/adapters/keys';
import { aCampaign, aModel, macroContext } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(() => h.kvs.reset());

const model = aModel();
const campaignId = 'cmp-2026';

describe('survey/getState through the Forge handler', () => {
  it("answers the campaign's frozen model version in the caller's locale", async () => {
    const revised = aModel({ version: 2 });
    await h.seed({ campaigns: [aCampaign({ modelVersion: 2 })], models: [model, revised], roles: {} });
    const { result, counts } = await h.call(
      PEOPLE.alice,
      'survey/getState',
      { campaignId },
      macroContext({ locale: 'fr_FR' }),
    );
    expect(result).toMatchObject({
      ok: true,
      data: { campaign: { id: campaignId, period: '2026' }, model: { version: 2 }, locale: 'fr-FR' },
    });
    // The bound page is checked as the user (issue 7, item 6): one Confluence request, no Jira.
    expect(counts).toMatchObject({ jira: 0, confluence: 1 });
  });

  it('answers NOT_FOUND for an unknown campaign id', async () => {
    await h.seed({ campaigns: [aCampaign()], models: [model], roles: {} });
    const { result } = await h.call(PEOPLE.alice, 'survey/getState', { campaignId: 'cmp-1999' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'campaign.missing' } });
  });

  it('answers a typed INVALID_PAYLOAD for a payload of the wrong shape, without touching storage', async () => {
    for (const payload of [{ campaignId: { $ne: null } }, { campaignId: 7 }, ['cmp-2026'], 'cmp-2026', {}]) {
      const { result, counts } = await h.call(PEOPLE.alice, 'survey/getState', payload);
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'INVALID_PAYLOAD', reason: 'request.invalid' },
      });
      expect(counts.storage).toBe(0);
    }
  });

  it('takes identity from the platform principal only: a context or payload accountId is not enough', async () => {
    const { result } = await h.call(
      undefined,
      'survey/getState',
      { campaignId },
      {
        ...macroContext(),
        accountId: 'acc-forged',
      },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'request.signIn' } });
  });

  it('answers a typed NOT_FOUND for any key outside the contract, prototype names included', async () => {
    for (const key of ['survey/doesNotExist', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const { result, counts } = await h.call(PEOPLE.alice, key as never, { secret: 'echo me' });
      expect(result).toEqual({
        ok: false,
        error: expect.objectContaining({ code: 'NOT_FOUND', reason: 'request.unknownKey' }),
      });
      expect(JSON.stringify(result)).not.toContain('echo me');
      expect(counts.storage).toBe(0);
    }
  });
});

describe('stored records that cannot be read', () => {
  const logged = () =>
    (console.error as jest.Mock).mock.calls.map((args: unknown[]) => args.map(String).join(' ')).join('\n');
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('reports a broken model version with its key and answers a typed error, not "missing"', async () => {
    await h.seed({ campaigns: [aCampaign()], models: [model], roles: {} });
    await h.asApp(async () => {
      const { kvs } = await import('@forge/kvs');
      await kvs.set(KEYS.model(model.id, 1), { schemaVersion: 1, sections: 'not a model' });
    });
    const { result } = await h.call(PEOPLE.alice, 'survey/getState', { campaignId });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', reason: 'record.unreadable' } });
    expect(logged()).toContain(KEYS.model(model.id, 1));
  });

  it('reports a campaign written with an unknown schemaVersion, with its key', async () => {
    await h.seed({ campaigns: [aCampaign({ schemaVersion: 99 as never })], models: [model], roles: {} });
    const { result } = await h.call(PEOPLE.alice, 'survey/getState', { campaignId });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', reason: 'record.unreadable' } });
    expect(logged()).toContain(`${ENTITIES.campaign}/${campaignId}`);
    expect(logged()).toContain('schemaVersion 99');
  });

  /** A campaign record as version 1 wrote it: names in one language, under `name`. */
  const versionOne = () => {
    const { names, audience, ...rest } = aCampaign();
    return {
      ...rest,
      schemaVersion: 1,
      name: names['en-US'],
      audience: {
        ...audience,
        departments: audience.departments.map((d) => ({ ...d, name: d.name['en-US'] })),
      },
    };
  };

  it('reads a record written before schema versions existed (version 0) through its migrations', async () => {
    const { schemaVersion: _v, ...legacy } = versionOne();
    await h.seed({ campaigns: [legacy as never], models: [model], roles: {} });
    const { result } = await h.call(PEOPLE.alice, 'survey/getState', { campaignId });
    expect(result).toMatchObject({ ok: true, data: { campaign: { id: campaignId } } });
    expect(logged()).toBe('');
  });

  it('reads a version-1 campaign (one-language names): both languages start from the name it had', async () => {
    await h.seed({ campaigns: [versionOne() as never], models: [model], roles: {} });
    const { result } = await h.call(
      PEOPLE.alice,
      'survey/getState',
      { campaignId },
      macroContext({ locale: 'fr-FR' }),
    );
    const name = 'Procurement satisfaction 2026';
    expect(result).toMatchObject({
      ok: true,
      data: { campaign: { name: { 'en-US': name, 'fr-FR': name } } },
    });
    expect((result as { data: { departments: unknown[] } }).data.departments).toContainEqual({
      id: 'engineering',
      name: { 'en-US': 'Engineering', 'fr-FR': 'Engineering' },
    });
    expect(logged()).toBe('');
  });
});
