/**
 * What campaigns/save (and model/save) refuse before storage, writing nothing: an audience padded with unknown
 * account ids, people moved out of a department once anonymous answers exist, oversized campaigns and models, and
 * a campaign or department name missing a language.
 */
import { ENTITIES } from '../../src/adapters/keys';
import { DEFAULT_MODEL } from '../../src/domain/model/model';
import type { Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import {
  type Call,
  campaignInput,
  createCampaign,
  CUSTOMERS,
  openCampaign,
  setUpRoles,
  onAdminPage,
} from './support/admin-page';

let b: Backend;
let call: Call;
onAdminPage((started) => ({ b, call } = started));
beforeEach(() => setUpRoles(call));

const dump = () => JSON.stringify(b.kvs.dump().entities);

describe('the audience is made of real people', () => {
  it('refuses a campaign padded with account ids the site does not know, naming them, writing nothing', async () => {
    const ghosts = ['557058:ghost-1', '557058:ghost-2', '557058:ghost-3', '557058:ghost-4'];
    const before = dump();
    const saved = await call(PEOPLE.jean, 'campaigns/save', {
      campaign: campaignInput({
        anonymous: true,
        audience: {
          departments: [
            { id: 'hr', name: { 'en-US': 'HR', 'fr-FR': 'HR' }, members: [CUSTOMERS[0]!, ...ghosts] },
          ],
          people: [],
        },
        team: [],
      }),
      baseRevision: 0,
    });
    expect(saved.result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', reason: 'users.unknown' },
    });
    const issues = (
      saved.result.error as unknown as { issues: { path: string; params: { accountId: string } }[] }
    ).issues;
    expect(issues.map((i) => i.params.accountId)).toEqual(ghosts);
    expect(issues[0]!.path).toBe('campaign.audience.departments.0.members');
    expect(dump()).toBe(before);
  });
});

describe('an anonymous campaign with answers keeps its groups', () => {
  it('refuses to remove or move people out of a department once anonymous answers exist', async () => {
    const draft = await createCampaign(call, { anonymous: true });
    const opened = await openCampaign(call, draft.id, draft.revision);
    const campaignId = draft.id;
    // An answer arrives (through the storage, as the survey would write it: the campaign is marked answered).
    await b.invoke({}, async () => {
      const { kvs } = await import('@forge/kvs');
      const stored = await kvs.entity<Record<string, unknown>>(ENTITIES.campaign).get(campaignId);
      await kvs
        .entity(ENTITIES.campaign)
        .set(campaignId, { ...stored, answered: true, revision: opened.revision + 1 });
    });
    const input = campaignInput({ id: campaignId, anonymous: true });
    const moved = {
      ...input,
      audience: {
        departments: [
          { ...input.audience.departments[0]!, members: [CUSTOMERS[0]!] },
          { ...input.audience.departments[1]!, members: [CUSTOMERS[2]!, CUSTOMERS[5]!] },
        ],
        people: input.audience.people,
      },
    };
    const before = dump();
    const refused = await call(PEOPLE.jean, 'campaigns/save', {
      campaign: moved,
      baseRevision: opened.revision + 1,
    });
    expect(refused.result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'campaign.audienceFixed' },
    });
    expect(dump()).toBe(before);
    // Adding people is fine.
    const grown = {
      ...input,
      audience: {
        ...input.audience,
        departments: [
          { ...input.audience.departments[0]!, members: [CUSTOMERS[0]!, CUSTOMERS[5]!, CUSTOMERS[3]!] },
          input.audience.departments[1]!,
        ],
      },
    };
    expect(
      (await call(PEOPLE.jean, 'campaigns/save', { campaign: grown, baseRevision: opened.revision + 1 }))
        .result.ok,
    ).toBe(true);
  });
});

describe('sizes are capped in the schemas', () => {
  it('answers INVALID_PAYLOAD (not a storage error) for a 500 KB campaign and an 840 KB model', async () => {
    const before = dump();
    const name = (n: number) => ({ 'en-US': `${'x'.repeat(110)}-${n}`, 'fr-FR': `${'x'.repeat(110)}-${n}` });
    const bigCampaign = campaignInput({
      audience: {
        departments: Array.from({ length: 100 }, (_, i) => ({ id: `d${i}`, name: name(i), members: [] })),
        people: Array.from({ length: 2000 }, (_, i) => `557058:${String(i).padStart(120, '0')}`),
      },
    });
    expect(JSON.stringify(bigCampaign).length).toBeGreaterThan(250_000);
    const saved = await call(PEOPLE.jean, 'campaigns/save', { campaign: bigCampaign, baseRevision: 0 });
    expect(saved.result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });

    const text = (n: number) => ({ 'en-US': `${'t'.repeat(480)}${n}`, 'fr-FR': `${'t'.repeat(480)}${n}` });
    const bigModel = {
      id: DEFAULT_MODEL.id,
      name: DEFAULT_MODEL.name,
      sections: Array.from({ length: 20 }, (_, s) => ({
        id: `s${s}`,
        title: text(s),
        criteria: Array.from({ length: 40 }, (_, c) => ({ id: `s${s}-c${c}`, text: text(c) })),
      })),
    };
    expect(JSON.stringify(bigModel).length).toBeGreaterThan(800_000);
    const model = await call(PEOPLE.jean, 'model/save', { model: bigModel, baseVersion: 1 });
    expect(model.result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(dump()).toBe(before);
  });
});

describe('campaign and department names in both languages', () => {
  it('keeps both languages of the campaign’s and the departments’ names', async () => {
    const draft = await createCampaign(call);
    const got = await call(PEOPLE.jean, 'campaigns/get', { campaignId: draft.id });
    expect(got.result).toMatchObject({
      ok: true,
      data: {
        name: { 'en-US': 'Procurement satisfaction 2026', 'fr-FR': 'Enquête de satisfaction Achats 2026' },
        audience: { departments: [{ name: { 'en-US': 'Engineering', 'fr-FR': 'Ingénierie' } }, {}] },
      },
    });
    const listed = (await call(PEOPLE.jean, 'campaigns/list', {})).result.data as {
      id: string;
      name: unknown;
    }[];
    expect(listed.find((c) => c.id === draft.id)?.name).toEqual({
      'en-US': 'Procurement satisfaction 2026',
      'fr-FR': 'Enquête de satisfaction Achats 2026',
    });
  });

  it.each([
    ['a one-language name', { name: 'Procurement satisfaction 2026' }, 'campaign.name'],
    ['a name without its French', { name: { 'en-US': 'Survey' } }, 'campaign.name.fr-FR'],
    ['a blank French name', { name: { 'en-US': 'Survey', 'fr-FR': ' \u200b ' } }, 'campaign.name.fr-FR'],
    [
      'a third language',
      { name: { 'en-US': 'Survey', 'fr-FR': 'Enquête', 'de-DE': 'Umfrage' } },
      'campaign.name',
    ],
  ])('refuses %s, naming the field, and writes nothing', async (_, change, path) => {
    const before = dump();
    const saved = await call(PEOPLE.jean, 'campaigns/save', {
      campaign: { ...campaignInput(), ...change } as never,
      baseRevision: 0,
    });
    expect(saved.result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    const issues = (saved.result.error as unknown as { issues: { path: string }[] }).issues;
    expect(issues.map((i) => i.path)).toContain(path);
    expect(dump()).toBe(before);
  });

  it('refuses a department named in English only', async () => {
    const before = dump();
    const input = campaignInput();
    const departments = input.audience.departments.map((d, i) =>
      i === 1 ? { ...d, name: { 'en-US': d.name['en-US'] } } : d,
    );
    const saved = await call(PEOPLE.jean, 'campaigns/save', {
      campaign: { ...input, audience: { ...input.audience, departments } } as never,
      baseRevision: 0,
    });
    const issues = (saved.result.error as unknown as { issues: { path: string }[] }).issues;
    expect(issues.map((i) => i.path)).toContain('campaign.audience.departments.1.name.fr-FR');
    expect(dump()).toBe(before);
  });
});
