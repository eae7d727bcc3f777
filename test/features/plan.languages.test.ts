/**
 * An action's text in two languages (issue 16, item 19): English required, French optional. What the team gives
 * in French is stored and carried by every view that shows the action (plan, weighing, commitments, follow-up
 * reviews), cleaned at the boundary like the English; bad input is refused and writes nothing; actions and reviews
 * stored before languages existed (one plain string) still read, as English.
 */
import { ENTITIES, KEYS } from '../../src/adapters/keys';
import { ADMIN_PAGE, macroContext } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { campaignId, draft, planCalls } from './support/plan';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(() => h.kvs.reset());
afterEach(() => h.clock.reset());

const { today, seedClosed, addAction, actions } = planCalls(() => h);

const TITLE = { 'en-US': 'Publish lead times per category', 'fr-FR': 'Publier les délais par catégorie' };
const select = (actionId: string, revision: number) =>
  h.call(PEOPLE.grace, 'plan/select', { campaignId, actionId, revision, selected: true }, ADMIN_PAGE);

describe('an action’s French text', () => {
  it('is stored and carried, with the English, by the plan, the weighing and the commitments', async () => {
    await seedClosed();
    // A French title; the description left in English only: no French key is invented for it.
    const saved = await addAction(PEOPLE.grace, { title: TITLE });
    expect(saved.title).toEqual(TITLE);
    expect(saved.description).toEqual({ 'en-US': 'Share the expected lead time of each category.' });

    const plan = await h.call(PEOPLE.ines, 'plan/get', { campaignId }, ADMIN_PAGE);
    expect(plan.result.data.actions[0]!.title).toEqual(TITLE);

    await h.call(PEOPLE.grace, 'weighing/open', { campaignId, closesOn: today() }, ADMIN_PAGE);
    const weighing = await h.call(PEOPLE.alice, 'weighing/get', { campaignId }, macroContext());
    expect(weighing.result.data.candidates[0]!.title).toEqual(TITLE);

    await h.call(PEOPLE.grace, 'weighing/close', { campaignId }, ADMIN_PAGE);
    expect((await select(saved.id, 1)).result.ok).toBe(true);
    const commitments = await h.call(PEOPLE.alice, 'commitments/get', { campaignId }, macroContext());
    expect(commitments.result.data.commitments[0]!.title).toEqual(TITLE);

    const review = await h.call(
      PEOPLE.jean,
      'followup/review',
      { campaignId, comment: 'Half-year' },
      ADMIN_PAGE,
    );
    expect(review.result.data.actions[0]!.title).toEqual(TITLE);
  });

  it('is dropped when blank once cleaned, and an edit can remove it', async () => {
    await seedClosed();
    const blank = await addAction(PEOPLE.grace, {
      title: { 'en-US': 'Weekly status mail', 'fr-FR': ' \u200B\u0007 ' },
    });
    expect(blank.title).toEqual({ 'en-US': 'Weekly status mail' });
    const translated = await addAction(PEOPLE.grace, { title: TITLE });
    const edited = await h.call(
      PEOPLE.hugo,
      'plan/saveAction',
      draft({ actionId: translated.id, revision: 1, title: { 'en-US': TITLE['en-US'] } }),
      ADMIN_PAGE,
    );
    expect(edited.result).toMatchObject({ ok: true, data: { title: { 'en-US': TITLE['en-US'] } } });
    expect(edited.result.data.title).not.toHaveProperty('fr-FR');
  });

  it('refuses bad French input with a typed error on its field, and writes nothing', async () => {
    await seedClosed();
    const before = h.snapshot();
    const cases: [Record<string, unknown>, string][] = [
      [draft({ title: { 'en-US': 'Fine', 'fr-FR': 'x'.repeat(201) } }), 'title.fr-FR'],
      [draft({ title: { 'en-US': 'Fine', 'fr-FR': 'Lone \uD800 surrogate' } }), 'title.fr-FR'],
      [draft({ title: { 'en-US': 'Fine', 'fr-FR': 42 } }), 'title.fr-FR'],
      [draft({ description: { 'en-US': '', 'fr-FR': 'x'.repeat(4001) } }), 'description.fr-FR'],
      // French alone is not enough: the English text is what Jira and every fallback read.
      [draft({ title: { 'fr-FR': 'Seulement en français' } }), 'title.en-US'],
      [draft({ title: { 'en-US': 'Fine', 'de-DE': 'Nur Deutsch' } }), 'title'],
      [draft({ title: 'A plain string, as before' }), 'title'],
    ];
    for (const [payload, path] of cases) {
      const saved = await h.call(PEOPLE.grace, 'plan/saveAction', payload, ADMIN_PAGE);
      expect(saved.result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
      expect(saved.result.error?.issues?.map((i) => i.path)).toContain(path);
    }
    expect(h.snapshot()).toEqual(before);
  });
});

describe('texts stored before actions had languages', () => {
  it('a version-1 action (plain strings) reads as English, and an edit gives it a French title', async () => {
    await seedClosed();
    const id = 'act-00000000000000a1';
    await h.asApp(async () => {
      const { kvs } = await import('@forge/kvs');
      await kvs.entity(ENTITIES.action).set(id, {
        schemaVersion: 1,
        id,
        campaignId,
        title: 'Weekly status mail',
        description: 'Every Monday.',
        criterionIds: ['sourcing-lead'],
        selected: false,
        jira: { state: 'none' },
        adjustments: [],
        createdBy: PEOPLE.grace,
        createdAt: Date.UTC(2026, 2, 2),
        revision: 1,
      });
    });
    const plan = await h.call(PEOPLE.grace, 'plan/get', { campaignId }, ADMIN_PAGE);
    expect(plan.result.data.actions).toMatchObject([
      { id, title: { 'en-US': 'Weekly status mail' }, description: { 'en-US': 'Every Monday.' } },
    ]);
    const edited = await h.call(
      PEOPLE.grace,
      'plan/saveAction',
      draft({
        actionId: id,
        revision: 1,
        title: { 'en-US': 'Weekly status mail', 'fr-FR': 'Courriel hebdo' },
      }),
      ADMIN_PAGE,
    );
    expect(edited.result).toMatchObject({ ok: true, data: { revision: 2 } });
    const [stored] = actions();
    expect(stored!.value).toMatchObject({
      schemaVersion: 2,
      titles: { 'en-US': 'Weekly status mail', 'fr-FR': 'Courriel hebdo' },
    });
  });

  it('a review that froze plain-string titles reads them as English', async () => {
    await seedClosed();
    const at = Date.UTC(2026, 3, 1);
    await h.asApp(async () => {
      const { kvs } = await import('@forge/kvs');
      await kvs.set(KEYS.planReview(campaignId, at, 'r1'), {
        schemaVersion: 1,
        id: 'r1',
        at,
        by: { accountId: PEOPLE.jean, displayName: 'Jean Rousseau' },
        comment: 'Spring review',
        progress: { selected: 1, created: 0, done: 0, overdue: 0 },
        actions: [{ id: 'act-00000000000000a1', title: 'Weekly status mail', overdue: false }],
      });
    });
    const followUp = await h.call(PEOPLE.jean, 'followup/get', { campaignId }, ADMIN_PAGE);
    expect(followUp.result.data.reviews[0]!.actions[0]!.title).toEqual({ 'en-US': 'Weekly status mail' });
  });
});
