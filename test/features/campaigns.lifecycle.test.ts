/**
 * A campaign's life through the real routing: a draft saved at its revision, opened (freezing its model) and closed
 * (then immutable), its pseudonym key made at the opening and destroyed at the close, its anonymity fixed once
 * answered, the list, one answer to buyers outside its team, and the real close day.
 */
import { kvs } from '@forge/kvs';
import { DEFAULT_MODEL } from '../../src/domain/model/model';
import type { Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import {
  type Call,
  campaignInput,
  code,
  createCampaign,
  macroContext,
  openCampaign,
  setUpRoles,
  onAdminPage,
} from './support/admin-page';

let b: Backend;
let call: Call;
onAdminPage((started) => ({ b, call } = started));

const dump = () => b.kvs.dump();

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
    expect(opened.counts.storage).toBe(6); // roles, campaign, head, model, one transaction, the page banner's invitations
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

describe('one answer to buyers who are not a campaign’s team', () => {
  beforeEach(() => setUpRoles(call));

  it('answers campaigns/get and binding/bind as if the campaign did not exist', async () => {
    const draft = await createCampaign(call); // its team is Grace only
    const missing = await call(PEOPLE.hugo, 'campaigns/get', { campaignId: 'cmp-nothing' });
    const other = await call(PEOPLE.hugo, 'campaigns/get', { campaignId: draft.id });
    expect(other.result).toEqual(missing.result);
    const bind = await call(PEOPLE.hugo, 'binding/bind', { campaignId: draft.id }, macroContext());
    const bindMissing = await call(
      PEOPLE.hugo,
      'binding/bind',
      { campaignId: 'cmp-nothing' },
      macroContext(),
    );
    expect(bind.result).toEqual(bindMissing.result);
  });
});

describe('the real close day', () => {
  beforeEach(() => setUpRoles(call));

  it('keeps the day a campaign was closed by hand, apart from its planned close day', async () => {
    const draft = await createCampaign(call, { closesOn: '2099-12-18' });
    const opened = await openCampaign(call, draft.id, draft.revision);
    const closed = await call(PEOPLE.jean, 'campaigns/close', {
      campaignId: draft.id,
      baseRevision: opened.revision,
    });
    const today = new Date().toISOString().slice(0, 10);
    expect(closed.result).toMatchObject({ ok: true, data: { status: 'closed', closesOn: '2099-12-18' } });
    const listed = (await call(PEOPLE.jean, 'campaigns/list', {})).result.data as {
      id: string;
      closedOn?: string;
    }[];
    expect(listed.find((c) => c.id === draft.id)).toMatchObject({ closedOn: today });
  });
});
