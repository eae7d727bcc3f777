/**
 * Administration resolvers through the real routing: the app's handler on the backend harness, the real @forge/kvs
 * and @forge/api SDKs, the local host's KVS and its Confluence sandbox.
 */
import { kvs } from '@forge/kvs';
import { DEFAULT_MODEL } from '../../src/domain/model/model';
import { startBackend, type Backend } from '../helpers/backend';
import { SURVEY_PAGE } from '../helpers/builders';
import { PEOPLE } from '../helpers/people';
import {
  adminCaller,
  type Call,
  campaignInput,
  createCampaign,
  CUSTOMERS,
  frozenModelOf,
  MACRO,
  macroContext,
  openCampaign,
  RESTRICTED_PAGE,
  setUpRoles,
} from './support/admin-page';

let b: Backend;
let call: Call;

beforeAll(async () => {
  b = await startBackend();
  call = adminCaller(b);
});
afterAll(() => b.close());
beforeEach(() => b.kvs.reset());

const dump = () => b.kvs.dump();
const code = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? 'OK' : result.error!.code);

describe('roles', () => {
  it('lets a Confluence administrator, and only them, claim the admin role on a new installation', async () => {
    const admin = await call(PEOPLE.jean, 'roles/getAccess', {});
    expect(admin.result).toEqual({
      ok: true,
      data: { accountId: PEOPLE.jean, roles: [], canBootstrap: true },
    });
    expect(admin.counts.confluence).toBe(1);
    const customer = await call(PEOPLE.alice, 'roles/getAccess', {});
    expect(customer.result).toMatchObject({ ok: true, data: { roles: [], canBootstrap: false } });

    const before = dump();
    expect(code((await call(PEOPLE.alice, 'roles/bootstrap', {})).result)).toBe('FORBIDDEN');
    expect(dump()).toEqual(before);

    const claimed = await call(PEOPLE.jean, 'roles/bootstrap', {});
    expect(claimed.result).toEqual({
      ok: true,
      data: { accountId: PEOPLE.jean, roles: ['admin'], canBootstrap: false },
    });
    const after = dump();
    expect(code((await call(PEOPLE.jean, 'roles/bootstrap', {})).result)).toBe('CONFLICT');
    expect(dump()).toEqual(after);
    // Once an admin exists, nobody is offered the bootstrap and Confluence is not asked any more.
    const later = await call(PEOPLE.jean, 'roles/getAccess', {});
    expect(later.result).toMatchObject({ ok: true, data: { roles: ['admin'], canBootstrap: false } });
    expect(later.counts).toMatchObject({ storage: 1, confluence: 0 });
  });

  it('keeps exactly one roles record when bootstraps race', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => call(PEOPLE.jean, 'roles/bootstrap', {})),
    );
    expect(results.filter((r) => r.result.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.result.ok).every((r) => r.result.error!.code === 'CONFLICT')).toBe(true);
    const roles = dump()
      .kvs.filter((e: { key: string }) => e.key.startsWith('settings:roles'))
      .map(({ key, value }: { key: string; value: unknown }) => ({ key, value }));
    expect(roles).toEqual([
      {
        key: 'settings:roles',
        value: { schemaVersion: 1, admins: [PEOPLE.jean], team: [], quality: [], revision: 1 },
      },
    ]);
  });

  it('lets admins only set roles, with names from Confluence, and never leaves the app without its admin', async () => {
    await setUpRoles(call);
    const roles = await call(PEOPLE.jean, 'roles/get', {});
    expect(roles.result.data).toEqual({
      admins: [{ accountId: PEOPLE.jean, displayName: 'Jean Rousseau' }],
      team: [
        { accountId: PEOPLE.grace, displayName: 'Grace Okafor' },
        { accountId: PEOPLE.hugo, displayName: 'Hugo Moreau' },
      ],
      quality: [{ accountId: PEOPLE.ines, displayName: 'Inès Garcia' }],
    });
    expect((await call(PEOPLE.grace, 'roles/getAccess', {})).result.data.roles).toEqual(['team']);

    const before = dump();
    const attempts = [
      [PEOPLE.grace, { admins: [PEOPLE.grace], team: [], quality: [] }, 'FORBIDDEN'],
      [PEOPLE.alice, { admins: [PEOPLE.alice], team: [], quality: [] }, 'FORBIDDEN'],
      // The last admin handing the role to someone else and dropping their own.
      [
        PEOPLE.jean,
        { admins: [PEOPLE.hugo], team: [PEOPLE.grace], quality: [PEOPLE.ines] },
        'INVALID_PAYLOAD',
      ],
      [PEOPLE.jean, { admins: [], team: [], quality: [] }, 'INVALID_PAYLOAD'],
      // Not a user of the site.
      [PEOPLE.jean, { admins: [PEOPLE.jean], team: ['557058:not-a-user'], quality: [] }, 'INVALID_PAYLOAD'],
    ] as const;
    for (const [who, payload, expected] of attempts) {
      expect(code((await call(who, 'roles/set', payload)).result)).toBe(expected);
    }
    expect(dump()).toEqual(before);

    // With a second admin, the first may step down; the second stays.
    await call(PEOPLE.jean, 'roles/set', {
      admins: [PEOPLE.jean, PEOPLE.hugo],
      team: [PEOPLE.grace],
      quality: [PEOPLE.ines],
    });
    const stepDown = await call(PEOPLE.jean, 'roles/set', {
      admins: [PEOPLE.hugo],
      team: [PEOPLE.grace],
      quality: [PEOPLE.ines],
    });
    expect(stepDown.result).toMatchObject({ ok: true, data: { admins: [{ accountId: PEOPLE.hugo }] } });
    expect((await call(PEOPLE.jean, 'roles/getAccess', {})).result.data.roles).toEqual([]);
    expect(code((await call(PEOPLE.jean, 'roles/get', {})).result)).toBe('FORBIDDEN');
  });
});

describe('directory', () => {
  beforeEach(() => setUpRoles(call));

  it('searches people by name through Confluence, for admins and the team only', async () => {
    const found = await call(PEOPLE.grace, 'directory/search', { query: 'mar' });
    expect(found.result).toEqual({
      ok: true,
      data: [{ accountId: PEOPLE.alice, displayName: 'Alice Martin' }],
    });
    expect(found.counts.confluence).toBe(1);
    expect(code((await call(PEOPLE.alice, 'directory/search', { query: 'mar' })).result)).toBe('FORBIDDEN');
    expect(code((await call(PEOPLE.ines, 'directory/search', { query: 'mar' })).result)).toBe('FORBIDDEN');
  });

  it('escapes the query: quotes and backslashes cannot change the CQL', async () => {
    for (const query of ['Jean" OR user.fullname~"', 'a\\" or type=page or "', '"', '\\']) {
      const answer = await call(PEOPLE.jean, 'directory/search', { query });
      expect(answer.result).toEqual({ ok: true, data: [] });
    }
  });

  it('looks up several people in one request, keeping the order and leaving unknown ids out', async () => {
    const answer = await call(PEOPLE.jean, 'directory/users', {
      accountIds: [PEOPLE.hugo, '557058:nobody', PEOPLE.alice, PEOPLE.hugo],
    });
    expect(answer.result.data).toEqual([
      { accountId: PEOPLE.hugo, displayName: 'Hugo Moreau' },
      { accountId: PEOPLE.alice, displayName: 'Alice Martin' },
    ]);
    expect(answer.counts.confluence).toBe(1);
    expect((await call(PEOPLE.jean, 'directory/users', { accountIds: [] })).counts.confluence).toBe(0);
  });
});

describe('evaluation model versions', () => {
  beforeEach(() => setUpRoles(call));

  const edited = (label: string) => {
    const { version: _version, ...model } = DEFAULT_MODEL;
    return {
      ...model,
      sections: [
        { ...model.sections[0]!, title: { 'en-US': label, 'fr-FR': label } },
        ...model.sections.slice(1),
      ],
    };
  };

  it('answers the default model on a new installation, to every role but customers', async () => {
    for (const who of [PEOPLE.jean, PEOPLE.grace, PEOPLE.ines]) {
      expect((await call(who, 'model/get', {})).result).toEqual({
        ok: true,
        data: { model: DEFAULT_MODEL, inUse: false, versions: [{ version: 1, usedBy: [] }] },
      });
    }
    expect(code((await call(PEOPLE.alice, 'model/get', {})).result)).toBe('FORBIDDEN');
    expect(code((await call(PEOPLE.jean, 'model/get', { modelId: 'no-such-model' })).result)).toBe(
      'NOT_FOUND',
    );
  });

  it('rewrites an unused version, versions a used one, and a campaign keeps the version it opened with', async () => {
    const first = await call(PEOPLE.jean, 'model/save', { model: edited('Safety first'), baseVersion: 1 });
    expect(first.result).toMatchObject({ ok: true, data: { model: { version: 1 }, inUse: false } });
    expect(first.counts.storage).toBe(3); // roles, head, one transaction
    const again = await call(PEOPLE.jean, 'model/save', { model: edited('Safety, first'), baseVersion: 1 });
    expect(again.result).toMatchObject({ ok: true, data: { model: { version: 1 } } });

    const draft = await createCampaign(call);
    const opened = await openCampaign(call, draft.id, draft.revision);
    expect(opened.modelVersion).toBe(1);
    expect((await call(PEOPLE.jean, 'model/get', {})).result.data).toMatchObject({
      inUse: true,
      versions: [{ version: 1, usedBy: [draft.id] }],
    });

    const before = dump();
    // The editor's base is stale (the head is 1, not 0 or 2).
    for (const baseVersion of [0, 2])
      expect(code((await call(PEOPLE.jean, 'model/save', { model: edited('x'), baseVersion })).result)).toBe(
        'CONFLICT',
      );
    expect(
      code((await call(PEOPLE.grace, 'model/save', { model: edited('x'), baseVersion: 1 })).result),
    ).toBe('FORBIDDEN');
    expect(dump()).toEqual(before);

    const second = await call(PEOPLE.jean, 'model/save', {
      model: edited('Health and safety 2'),
      baseVersion: 1,
    });
    expect(second.result).toMatchObject({
      ok: true,
      data: { model: { version: 2 }, inUse: false, versions: [{ version: 1 }, { version: 2, usedBy: [] }] },
    });
    // The opened campaign still answers version 1, with the text it opened with.
    const survey = await frozenModelOf(b, call, draft.id);
    expect(survey).toMatchObject({ version: 1 });
    expect(survey.sections[0]!.title['en-US']).toBe('Safety, first');
    expect((await call(PEOPLE.ines, 'model/get', {})).result.data.model.sections[0].title['en-US']).toBe(
      'Health and safety 2',
    );
    // A stale editor still on version 1 is refused.
    expect(
      code((await call(PEOPLE.jean, 'model/save', { model: edited('late'), baseVersion: 1 })).result),
    ).toBe('CONFLICT');
  });

  it('refuses duplicate criterion ids and oversized texts without writing', async () => {
    const model = edited('x');
    const duplicate = {
      ...model,
      sections: [model.sections[0]!, { ...model.sections[1]!, criteria: model.sections[0]!.criteria }],
    };
    const before = dump();
    expect(code((await call(PEOPLE.jean, 'model/save', { model: duplicate, baseVersion: 1 })).result)).toBe(
      'INVALID_PAYLOAD',
    );
    const huge = edited('y'.repeat(501));
    expect(code((await call(PEOPLE.jean, 'model/save', { model: huge, baseVersion: 1 })).result)).toBe(
      'INVALID_PAYLOAD',
    );
    expect(dump()).toEqual(before);
  });

  it('refuses a save racing with a campaign opening on the same head', async () => {
    const draft = await createCampaign(call);
    const [saved, opened] = await Promise.all([
      call(PEOPLE.jean, 'model/save', { model: edited('race'), baseVersion: 1 }),
      call(PEOPLE.jean, 'campaigns/open', { campaignId: draft.id, baseRevision: draft.revision }),
    ]);
    // Either the save lost (CONFLICT) or it rewrote version 1 before the opening froze it: never a change of
    // the frozen version after the opening.
    expect(opened.result.ok || saved.result.ok).toBe(true);
    const head = (await call(PEOPLE.jean, 'model/get', {})).result.data;
    const frozen = await frozenModelOf(b, call, draft.id);
    if (opened.result.ok) {
      expect(head.versions[0].usedBy).toEqual([draft.id]);
      expect(frozen.version).toBe(opened.result.data.modelVersion);
    }
  });
});

describe('campaigns', () => {
  beforeEach(() => setUpRoles(call));

  it('creates a draft with a server id, updates it with its revision, refuses a stale revision', async () => {
    const created = await call(PEOPLE.jean, 'campaigns/save', { campaign: campaignInput(), baseRevision: 0 });
    expect(created.result).toMatchObject({
      ok: true,
      data: {
        status: 'draft',
        revision: 1,
        modelId: DEFAULT_MODEL.id,
        modelVersion: 1,
        bound: false,
        hasAnswers: false,
      },
    });
    const id = created.result.data.id as string;
    expect(id).toMatch(/^cmp-[0-9a-f]{16}$/);

    const renamed = await call(PEOPLE.jean, 'campaigns/save', {
      campaign: campaignInput({ id, name: { 'en-US': 'Renamed', 'fr-FR': 'Renamed' } }),
      baseRevision: 1,
    });
    expect(renamed.result).toMatchObject({
      ok: true,
      data: { name: { 'en-US': 'Renamed', 'fr-FR': 'Renamed' }, revision: 2 },
    });

    const before = dump();
    const stale = await call(PEOPLE.jean, 'campaigns/save', {
      campaign: campaignInput({ id, name: { 'en-US': 'Stale', 'fr-FR': 'Stale' } }),
      baseRevision: 1,
    });
    expect(code(stale.result)).toBe('CONFLICT');
    const unknownDepartment = campaignInput({
      id,
      team: [{ accountId: PEOPLE.grace, portfolio: { departments: ['marketing'], people: [] } }],
    });
    const invalid = await call(PEOPLE.jean, 'campaigns/save', {
      campaign: unknownDepartment,
      baseRevision: 2,
    });
    expect(invalid.result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', issues: [{ path: 'campaign.team.0.portfolio.departments.0' }] },
    });
    const missing = await call(PEOPLE.jean, 'campaigns/save', {
      campaign: campaignInput({ id: 'cmp-missing' }),
      baseRevision: 1,
    });
    expect(code(missing.result)).toBe('NOT_FOUND');
    expect(dump()).toEqual(before);

    expect((await call(PEOPLE.ines, 'campaigns/get', { campaignId: id })).result.data).toMatchObject({
      name: { 'en-US': 'Renamed', 'fr-FR': 'Renamed' },
    });
  });

  it('opens (freezing the model) and closes; a closed campaign is immutable', async () => {
    const draft = await createCampaign(call);
    const opened = await call(PEOPLE.jean, 'campaigns/open', { campaignId: draft.id, baseRevision: 1 });
    expect(opened.result).toMatchObject({ ok: true, data: { status: 'open', revision: 2, modelVersion: 1 } });
    expect(opened.result.data.openedAt).toEqual(expect.any(Number));
    expect(opened.counts.storage).toBe(5); // roles, campaign, head, model, one transaction
    // The built-in default model was stored as the frozen version 1.
    expect(await b.invoke({}, () => kvs.get(`model:${DEFAULT_MODEL.id}:v1`))).toMatchObject({
      result: DEFAULT_MODEL,
    });

    // An open campaign may still change its definition, but not its model.
    const edited = await call(PEOPLE.jean, 'campaigns/save', {
      campaign: campaignInput({ id: draft.id, closesOn: '2099-12-31' }),
      baseRevision: 2,
    });
    expect(edited.result).toMatchObject({
      ok: true,
      data: { status: 'open', closesOn: '2099-12-31', revision: 3 },
    });
    expect(
      code(
        (
          await call(PEOPLE.jean, 'campaigns/save', {
            campaign: campaignInput({ id: draft.id, modelId: 'other' }),
            baseRevision: 3,
          })
        ).result,
      ),
    ).toBe('CONFLICT');
    expect(
      code((await call(PEOPLE.jean, 'campaigns/open', { campaignId: draft.id, baseRevision: 3 })).result),
    ).toBe('CONFLICT');

    const closed = await call(PEOPLE.jean, 'campaigns/close', { campaignId: draft.id, baseRevision: 3 });
    expect(closed.result).toMatchObject({ ok: true, data: { status: 'closed', revision: 4 } });
    expect(closed.result.data.closedAt).toEqual(expect.any(Number));

    const before = dump();
    const refusals = [
      [
        'campaigns/save',
        {
          campaign: campaignInput({ id: draft.id, name: { 'en-US': 'Later', 'fr-FR': 'Later' } }),
          baseRevision: 4,
        },
      ],
      ['campaigns/open', { campaignId: draft.id, baseRevision: 4 }],
      ['campaigns/close', { campaignId: draft.id, baseRevision: 4 }],
    ] as const;
    for (const [key, payload] of refusals)
      expect(code((await call(PEOPLE.jean, key, payload)).result)).toBe('CONFLICT');
    expect(
      code((await call(PEOPLE.jean, 'binding/bind', { campaignId: draft.id }, macroContext())).result),
    ).toBe('CONFLICT');
    expect(dump()).toEqual(before);
  });

  it('creates the pseudonym key of an anonymous campaign at opening and destroys it at close', async () => {
    const draft = await createCampaign(call, { anonymous: true });
    const secrets = () => dump().secrets.map((s: { key: string }) => s.key);
    expect(secrets()).toEqual([]);
    const opened = await openCampaign(call, draft.id, draft.revision);
    expect(secrets()).toEqual([`pseudonym-key:${draft.id}`]);
    await call(PEOPLE.jean, 'campaigns/close', { campaignId: draft.id, baseRevision: opened.revision });
    expect(secrets()).toEqual([]);
  });

  it('fixes anonymity once answers exist', async () => {
    const draft = await createCampaign(call);
    const opened = await openCampaign(call, draft.id, draft.revision);
    await b.invoke({}, () =>
      kvs.entity('response').set('answer-1', {
        campaignId: draft.id,
        kind: 'customer',
        respondentKey: PEOPLE.alice,
        status: 'draft',
        answers: {},
        revision: 1,
        updatedDay: '2026-01-13',
      }),
    );
    expect((await call(PEOPLE.jean, 'campaigns/get', { campaignId: draft.id })).result.data.hasAnswers).toBe(
      true,
    );
    const before = dump();
    const flip = await call(PEOPLE.jean, 'campaigns/save', {
      campaign: campaignInput({ id: draft.id, anonymous: true }),
      baseRevision: opened.revision,
    });
    expect(code(flip.result)).toBe('CONFLICT');
    expect(dump()).toEqual(before);
    const rename = await call(PEOPLE.jean, 'campaigns/save', {
      campaign: campaignInput({ id: draft.id, name: { 'en-US': 'Still named', 'fr-FR': 'Still named' } }),
      baseRevision: opened.revision,
    });
    expect(rename.result).toMatchObject({ ok: true, data: { anonymous: false, hasAnswers: true } });
  });

  it('lists campaigns newest first, a team member only theirs, in round trips that do not grow per campaign', async () => {
    const mine = await createCampaign(call, { period: '2026' });
    await createCampaign(call, {
      period: '2027',
      team: [{ accountId: PEOPLE.hugo, portfolio: { departments: ['finance'], people: [] } }],
    });
    const all = await call(PEOPLE.jean, 'campaigns/list', {});
    expect(all.result.data.map((c: { period: string }) => c.period)).toEqual(['2027', '2026']);
    expect(all.counts.storage).toBe(2);
    const grace = await call(PEOPLE.grace, 'campaigns/list', {});
    expect(grace.result.data.map((c: { id: string }) => c.id)).toEqual([mine.id]);
    expect(code((await call(PEOPLE.alice, 'campaigns/list', {})).result)).toBe('FORBIDDEN');

    for (let i = 0; i < 28; i += 1) await createCampaign(call, { period: `20${30 + i}` });
    const thirty = await call(PEOPLE.ines, 'campaigns/list', {});
    expect(thirty.result.data).toHaveLength(30);
    expect(thirty.counts.storage).toBe(2);
  });
});

describe('scheduled close', () => {
  beforeEach(() => setUpRoles(call));

  const day = (offset: number) => new Date(b.clock.now() + offset * 86_400_000).toISOString().slice(0, 10);

  it('closes the open campaigns whose closing day is over, and only those', async () => {
    const due = await createCampaign(call, { anonymous: true, opensOn: day(-30), closesOn: day(-1) });
    const today = await createCampaign(call, { opensOn: day(-30), closesOn: day(0) });
    const draft = await createCampaign(call, { opensOn: day(-30), closesOn: day(-1) });
    await openCampaign(call, due.id, due.revision);
    await openCampaign(call, today.id, today.revision);

    const { result } = await b.invoke({ moduleKey: 'close-due-campaigns' }, () => b.app.closeDueCampaigns());
    expect(result).toEqual({ opened: [], closed: [due.id], failed: [], rebuilt: [] });
    const statusOf = async (id: string): Promise<string> =>
      (await call(PEOPLE.jean, 'campaigns/get', { campaignId: id })).result.data.status as string;
    expect(await statusOf(due.id)).toBe('closed');
    expect(await statusOf(today.id)).toBe('open');
    expect(await statusOf(draft.id)).toBe('draft');
    expect(dump().secrets).toEqual([]);
    // Idempotent: a second run finds nothing to do.
    expect((await b.invoke({}, () => b.app.closeDueCampaigns())).result).toEqual({
      opened: [],
      closed: [],
      failed: [],
      rebuilt: [],
    });
  });

  it('schedules a campaign opened before its opening day, and the hourly job opens it on the day', async () => {
    const later = await createCampaign(call, { anonymous: true, opensOn: day(3), closesOn: day(30) });
    const opened = await call(PEOPLE.jean, 'campaigns/open', {
      campaignId: later.id,
      baseRevision: later.revision,
    });
    // Not "open" before the day: nobody can answer yet, but the model version is frozen already.
    expect(opened.result).toMatchObject({ ok: true, data: { status: 'scheduled', modelVersion: 1 } });
    expect(opened.result.data.openedAt).toBeUndefined();
    expect(
      (await call(PEOPLE.jean, 'campaigns/close', { campaignId: later.id, baseRevision: 2 })).result,
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const run = async () => (await b.invoke({}, () => b.app.closeDueCampaigns())).result;
    expect(await run()).toEqual({ opened: [], closed: [], failed: [], rebuilt: [] });
    // Three days later, the job opens it.
    b.clock.advance(3 * 86_400_000);
    try {
      expect(await run()).toEqual({ opened: [later.id], closed: [], failed: [], rebuilt: [] });
    } finally {
      b.clock.reset();
    }
    const now = (await call(PEOPLE.jean, 'campaigns/get', { campaignId: later.id })).result.data;
    expect(now).toMatchObject({ status: 'open', openedAt: expect.any(Number) });
    expect(dump().secrets).toHaveLength(1);
  });
});

describe('survey binding', () => {
  beforeEach(() => setUpRoles(call));

  it('binds a campaign to the macro it is configured in, for an admin or a member of its team', async () => {
    const draft = await createCampaign(call);
    const bound = await call(PEOPLE.grace, 'binding/bind', { campaignId: draft.id }, macroContext());
    expect(bound.result).toEqual({
      ok: true,
      data: { campaignId: draft.id, contentId: SURVEY_PAGE, localId: MACRO },
    });
    expect(bound.counts.confluence).toBe(1);
    const view = (await call(PEOPLE.jean, 'campaigns/get', { campaignId: draft.id })).result.data;
    expect(view).toMatchObject({ bound: true, revision: 2 });
    expect(view).not.toHaveProperty('binding');

    // Binding again the same macro writes nothing.
    const before = dump();
    expect(
      (await call(PEOPLE.grace, 'binding/bind', { campaignId: draft.id }, macroContext())).result.ok,
    ).toBe(true);
    expect(dump()).toEqual(before);

    // Moving it elsewhere: not for the team member, but the admin may.
    const elsewhere = macroContext('65602', 'c0ffee00-0000-4000-8000-000000000001');
    expect(code((await call(PEOPLE.grace, 'binding/bind', { campaignId: draft.id }, elsewhere)).result)).toBe(
      'FORBIDDEN',
    );
    expect(dump()).toEqual(before);
    expect(
      (await call(PEOPLE.jean, 'binding/bind', { campaignId: draft.id }, elsewhere)).result,
    ).toMatchObject({
      ok: true,
      data: { contentId: '65602' },
    });
  });

  it('refuses customers, team members of other campaigns, pages the caller cannot view and malformed contexts', async () => {
    const draft = await createCampaign(call);
    const before = dump();
    const refusals: [string, Record<string, unknown>, string][] = [
      [PEOPLE.alice, macroContext(), 'FORBIDDEN'],
      [PEOPLE.ines, macroContext(), 'FORBIDDEN'],
      [PEOPLE.hugo, macroContext(), 'NOT_FOUND'], // a buyer, but not in this campaign's team: not theirs to know
      [PEOPLE.grace, macroContext(RESTRICTED_PAGE), 'FORBIDDEN'], // restricted to admin and quality
      [PEOPLE.grace, macroContext('99999'), 'FORBIDDEN'], // no such page
      [PEOPLE.grace, {}, 'INVALID_PAYLOAD'],
      [PEOPLE.grace, { localId: MACRO, extension: { content: { id: '../65601' } } }, 'INVALID_PAYLOAD'],
      [PEOPLE.grace, { localId: '../../x', extension: { content: { id: SURVEY_PAGE } } }, 'INVALID_PAYLOAD'],
      [PEOPLE.grace, { localId: MACRO, extension: { content: { id: 65601 } } }, 'INVALID_PAYLOAD'],
      [PEOPLE.grace, { localId: MACRO, extension: 'macro' }, 'INVALID_PAYLOAD'],
    ];
    for (const [who, context, expected] of refusals) {
      const answer = await call(who, 'binding/bind', { campaignId: draft.id }, context);
      expect([who, context, code(answer.result)]).toEqual([who, context, expected]);
    }
    expect(dump()).toEqual(before);
    // The admin may view the restricted page, so may bind there.
    expect(
      (await call(PEOPLE.jean, 'binding/bind', { campaignId: draft.id }, macroContext(RESTRICTED_PAGE)))
        .result.ok,
    ).toBe(true);
    expect(CUSTOMERS).toContain(PEOPLE.alice);
  });
});
