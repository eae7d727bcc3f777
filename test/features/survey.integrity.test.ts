/**
 * What answers may and may not become: criterion ids are own keys, text and size are checked at the edge, answers
 * are checked against the campaign's frozen model version, and the first answer marks the campaign answered.
 */
import { ENTITIES } from '../../src/adapters/keys';
import { aModel } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { SURVEY, surveyCalls } from './support/survey';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(() => h.kvs.reset());

const { model, full, campaignId } = SURVEY;
const survey = surveyCalls(() => h);
const { submit, draft } = survey;
/** The campaign seeded with `models` (its frozen version, and any later one). */
const seed = (overrides: Parameters<typeof survey.seed>[0] = {}, models = [model]) =>
  survey.seed(overrides, {}, models);

describe('criterion ids are looked up as own keys', () => {
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

describe('size and text at the edge', () => {
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

describe('the campaign an answer belongs to', () => {
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
