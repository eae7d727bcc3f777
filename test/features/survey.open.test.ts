/**
 * Opening the survey renders on every visit of the page: the campaign, the roles and the caller's own answers are
 * one batch read, the frozen model one more: 2 storage round trips in a named campaign, whoever opens it and
 * whatever they have answered.
 */
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { surveyCalls } from './support/survey';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(() => h.kvs.reset());

const { seed, submit, draft, state } = surveyCalls(() => h);

it('costs 2 storage round trips for a customer, before and after answering', async () => {
  await seed();
  const before = await state(PEOPLE.alice);
  expect(before.result).toMatchObject({ ok: true, data: { response: null } });
  expect(before.counts.storage).toBe(2);
  expect((await submit(PEOPLE.alice)).result.ok).toBe(true);
  const after = await state(PEOPLE.alice);
  expect(after.result).toMatchObject({ ok: true, data: { response: { status: 'submitted' } } });
  expect(after.counts.storage).toBe(2);
});

it('costs 2 storage round trips for a buyer of the team, with the self-assessment draft read too', async () => {
  await seed();
  expect((await draft(PEOPLE.grace, { kind: 'self' })).result.ok).toBe(true);
  const opened = await state(PEOPLE.grace);
  expect(opened.result).toMatchObject({
    ok: true,
    data: { me: { isTeam: true, canProxy: true }, selfAssessment: { status: 'draft' } },
  });
  expect(opened.counts.storage).toBe(2);
});
