/**
 * What answers may and may not become (issue 7): proxy entry never sees nor replaces a customer's own answer
 * (item 1), small departments are not kept on anonymous answers (item 4), criterion ids are own keys (item 7),
 * text and size are checked at the edge (item 8), and the cases the suite was missing (item 17).
 */
import { ENTITIES, KEYS } from '../../src/adapters/keys';
import { SMALL_GROUPS } from '../../src/domain/participation/participation';
import { aCampaign, aModel, answersFor } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(() => h.kvs.reset());

const model = aModel();
const full = answersFor(model, 3);
const campaignId = 'cmp-2026';
const seed = (overrides: Parameters<typeof aCampaign>[0] = {}, models = [model]) =>
  h.seed({ campaigns: [aCampaign(overrides)], models, roles: {} });

const submit = (who: string, payload: Record<string, unknown> = {}) =>
  h.call(who, 'survey/submit', { campaignId, kind: 'customer', answers: full, baseRevision: 0, ...payload });
const draft = (who: string, payload: Record<string, unknown> = {}) =>
  h.call(who, 'survey/saveDraft', { campaignId, kind: 'customer', answers: {}, baseRevision: 0, ...payload });
const getProxy = (customer: string) =>
  h.call(PEOPLE.grace, 'proxy/get', { campaignId, customerAccountId: customer });
const proxySubmit = (customer: string, payload: Record<string, unknown> = {}) =>
  h.call(PEOPLE.grace, 'proxy/submit', {
    campaignId,
    customerAccountId: customer,
    answers: answersFor(model, 4),
    baseRevision: 0,
    ...payload,
  });

describe('item 1: a buyer never sees nor replaces a customer’s own answer', () => {
  it('hides a submitted answer and refuses to overwrite it, at its revision or any other', async () => {
    await seed();
    const complaint = answersFor(model, 1, 'Grace never answers her phone');
    expect((await submit(PEOPLE.alice, { answers: complaint })).result.ok).toBe(true);
    const seen = await getProxy(PEOPLE.alice);
    expect(seen.result.data).toMatchObject({ response: null, answeredThemselves: true });
    expect(JSON.stringify(seen.result)).not.toContain('phone');
    const before = h.snapshot();
    for (const baseRevision of [0, 1, 2]) {
      expect((await proxySubmit(PEOPLE.alice, { baseRevision })).result).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', reason: 'proxy.customerAnswered' },
      });
    }
    expect(h.snapshot()).toBe(before);
  });

  it('hides an unsent draft too, and never replaces it', async () => {
    await seed();
    await draft(PEOPLE.alice, { answers: { [Object.keys(full)[0]!]: { value: 1, comment: 'draft only' } } });
    expect((await getProxy(PEOPLE.alice)).result.data).toMatchObject({
      response: null,
      answeredThemselves: true,
    });
    const before = h.snapshot();
    expect((await proxySubmit(PEOPLE.alice, { baseRevision: 1 })).result.ok).toBe(false);
    expect(h.snapshot()).toBe(before);
  });

  it('lets the buyer edit what they entered by proxy, until the customer takes it over', async () => {
    await seed();
    expect((await proxySubmit(PEOPLE.alice)).result).toMatchObject({ ok: true, data: { revision: 1 } });
    expect((await getProxy(PEOPLE.alice)).result.data.response).toMatchObject({ enteredByProxy: true });
    expect((await proxySubmit(PEOPLE.alice, { baseRevision: 1 })).result).toMatchObject({ ok: true });
    expect((await submit(PEOPLE.alice, { baseRevision: 2 })).result.ok).toBe(true);
    // Now it is the customer's own.
    expect((await getProxy(PEOPLE.alice)).result.data).toMatchObject({
      response: null,
      answeredThemselves: true,
    });
    expect((await proxySubmit(PEOPLE.alice, { baseRevision: 3 })).result).toMatchObject({
      error: { reason: 'proxy.customerAnswered' },
    });
  });
});

describe('item 4: anonymous answers of small departments keep no department', () => {
  it('records a department of fewer than k invited people as the small-groups bucket', async () => {
    const big = Array.from({ length: 5 }, (_, i) => `557058:big-${i}`);
    await seed({
      anonymous: true,
      audience: {
        departments: [
          {
            id: 'engineering',
            name: { 'en-US': 'Engineering', 'fr-FR': 'Engineering' },
            members: [PEOPLE.alice, ...big],
          },
          {
            id: 'production',
            name: { 'en-US': 'Production', 'fr-FR': 'Production' },
            members: [PEOPLE.bruno],
          },
        ],
        people: [],
      },
    });
    await h.asApp(async () => {
      const { kvs } = await import('@forge/kvs');
      await kvs.setSecret(KEYS.pseudonymSecret(campaignId), 'ab'.repeat(32));
    });
    expect((await submit(PEOPLE.alice)).result.ok).toBe(true);
    expect((await submit(PEOPLE.bruno)).result.ok).toBe(true);
    const departments = h.responses().map((r) => r.departmentId);
    expect(departments.sort()).toEqual([SMALL_GROUPS, 'engineering'].sort());
    expect(JSON.stringify(h.responses())).not.toContain('production');
  });
});

describe('item 7: criterion ids are looked up as own keys', () => {
  it('refuses a submit that leaves criteria named like Object.prototype members unanswered', async () => {
    const tricky = aModel({
      sections: [
        {
          id: 's1',
          title: { 'en-US': 'S', 'fr-FR': 'S' },
          criteria: ['constructor', 'valueOf', 'toString'].map((id) => ({
            id,
            text: { 'en-US': id, 'fr-FR': id },
          })),
        },
      ],
    });
    await seed({ criterionIds: ['constructor', 'valueOf', 'toString'] }, [tricky]);
    const before = h.snapshot();
    const { result } = await submit(PEOPLE.alice, { answers: {} });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', reason: 'answers.invalid' },
    });
    expect(result.error.issues.map((i: { path: string }) => i.path)).toEqual([
      'answers.constructor',
      'answers.valueOf',
      'answers.toString',
    ]);
    expect(h.snapshot()).toBe(before);
  });
});

describe('item 8: size and text at the edge', () => {
  it('refuses a zero-width comment where a comment is required, and a lone surrogate, writing nothing', async () => {
    await seed();
    const [first] = Object.keys(full) as [string];
    const before = h.snapshot();
    const invisible = [
      '\u200B',
      ' \u200B\uFEFF ',
      '\u200E',
      '\u200F',
      '\u2066\u2069',
      '\u3164',
      '\u2800',
      '\u180E',
    ];
    for (const comment of [
      ...invisible,
      '\u2063',
      '\u034F',
      '\u061C',
      '\u115F',
      '\uFFA0',
      '\u17B5',
      'bad \uD800 text',
    ]) {
      const { result } = await submit(PEOPLE.alice, { answers: { ...full, [first]: { value: 1, comment } } });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    }
    expect(h.snapshot()).toBe(before);
  });

  it('stores comments without bidi overrides or invisible padding', async () => {
    await seed();
    const [first] = Object.keys(full) as [string];
    const comment = '\u200B Late \u202Edeliveries\u202C \u2066again\u2069\u200F\u061C \uFEFF';
    expect(
      (await submit(PEOPLE.alice, { answers: { ...full, [first]: { value: 2, comment } } })).result.ok,
    ).toBe(true);
    expect(h.responses()[0]).toMatchObject({ answers: { [first]: { comment: 'Late deliveries again' } } });
  });
});

describe('item 17: the cases the suite was missing', () => {
  it('refuses proxy entry on a draft or closed campaign, writing nothing', async () => {
    for (const status of ['draft', 'closed'] as const) {
      h.kvs.reset();
      await seed({ status });
      const before = h.snapshot();
      expect((await proxySubmit(PEOPLE.alice)).result).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(h.snapshot()).toBe(before);
    }
  });

  it('keeps answering and checking against the frozen version after the head model moved on', async () => {
    const v2 = aModel({
      version: 2,
      sections: [{ ...model.sections[0]!, criteria: [model.sections[0]!.criteria[0]!] }],
    });
    await seed({ modelVersion: 1 }, [model, v2]);
    const state = await h.call(PEOPLE.alice, 'survey/getState', { campaignId });
    expect(state.result.data.model).toEqual(model);
    // The whole of version 1 is still required, and accepted.
    const partial = { [model.sections[0]!.criteria[0]!.id]: { value: 3 } };
    expect((await submit(PEOPLE.alice, { answers: partial })).result.error.code).toBe('INVALID_PAYLOAD');
    expect((await draft(PEOPLE.alice, { answers: partial })).result.ok).toBe(true);
    expect((await submit(PEOPLE.alice, { baseRevision: 1 })).result.ok).toBe(true);
    expect(h.responses()[0]).toMatchObject({ status: 'submitted', answers: full });
  });

  it('stores the campaign answered with its first answer (its anonymity is fixed from then on)', async () => {
    await seed();
    await draft(PEOPLE.alice);
    const stored = h.dump().entities.find((e) => e.entityName === ENTITIES.campaign)?.value;
    expect(stored).toMatchObject({ answered: true });
  });
});
