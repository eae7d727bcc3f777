/**
 * A buyer's reminder (issue 18, item 2): to invited customers of their own portfolio, in an open campaign, at most
 * the campaign's number of times per person; refused as a whole with nothing written otherwise, and never telling
 * who has answered.
 */
import { startBackend, type Backend } from '../helpers/backend';
import { aCampaign } from '../helpers/builders';
import { PEOPLE } from '../helpers/people';
import { SURVEY, surveyCalls } from './support/survey';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());
beforeEach(() => h.kvs.reset());

const { submit, keys } = surveyCalls(() => h);
const remind = (who: string, accountIds: string[], campaignId: string = SURVEY.campaignId) =>
  h.call(who, 'reminders/remind', { campaignId, accountIds });
const seed = (overrides: Parameters<typeof aCampaign>[0] = {}) =>
  h.seed({
    campaigns: [aCampaign({ closesOn: '2099-02-28', ...overrides })],
    models: [SURVEY.model],
    roles: {},
  });
const reason = (answer: Awaited<ReturnType<typeof remind>>) =>
  answer.result.ok ? 'ok' : `${answer.result.error.code} ${answer.result.error.reason}`;

/** Grace's portfolio in aCampaign: Engineering (Alice, Farid) and David; Hugo's: Production and Finance. */
it('records a reminder for people of the buyer’s portfolio', async () => {
  await seed();
  expect((await remind(PEOPLE.grace, [PEOPLE.alice, PEOPLE.david])).result).toEqual({
    ok: true,
    data: { reminded: 2 },
  });
});

it('refuses anyone outside the buyer’s portfolio, and writes nothing', async () => {
  await seed();
  const before = h.kvs.dump();
  const answer = await remind(PEOPLE.grace, [PEOPLE.alice, PEOPLE.bruno]);
  expect(reason(answer)).toBe('FORBIDDEN reminders.notInPortfolio');
  expect(h.kvs.dump()).toEqual(before);
  expect(reason(await remind(PEOPLE.grace, [PEOPLE.emma]))).toBe('FORBIDDEN reminders.notInPortfolio');
});

it('refuses a fourth reminder of one person, and writes nothing', async () => {
  await seed();
  for (let i = 0; i < 3; i += 1) expect(reason(await remind(PEOPLE.grace, [PEOPLE.alice]))).toBe('ok');
  const before = h.kvs.dump();
  const fourth = await remind(PEOPLE.grace, [PEOPLE.alice, PEOPLE.david]);
  expect(fourth.result.error).toMatchObject({ reason: 'reminders.capReached', params: { cap: 3 } });
  expect(h.kvs.dump()).toEqual(before);
  expect(reason(await remind(PEOPLE.grace, [PEOPLE.david]))).toBe('ok');
});

it('follows the campaign’s own cap', async () => {
  await seed({ reminders: { afterOpening: [0], beforeClose: [], cap: 1 } });
  expect(reason(await remind(PEOPLE.grace, [PEOPLE.alice]))).toBe('ok');
  expect(reason(await remind(PEOPLE.grace, [PEOPLE.alice]))).toBe('FORBIDDEN reminders.capReached');
});

it('refuses a closed campaign and a campaign not yet open', async () => {
  await seed({ status: 'closed', closedAt: Date.UTC(2026, 2, 1) });
  expect(reason(await remind(PEOPLE.grace, [PEOPLE.alice]))).toBe('FORBIDDEN reminders.notOpen');
  h.kvs.reset();
  await seed({ status: 'scheduled', opensOn: '2099-01-10' });
  expect(reason(await remind(PEOPLE.grace, [PEOPLE.alice]))).toBe('FORBIDDEN reminders.notOpen');
});

it('refuses a buyer of another campaign and every non-buyer, as the access matrix says', async () => {
  await seed({
    team: [{ accountId: PEOPLE.grace, portfolio: { departments: ['engineering'], people: [PEOPLE.david] } }],
  });
  expect(reason(await remind(PEOPLE.hugo, [PEOPLE.bruno]))).toBe('NOT_FOUND campaign.missing');
  expect(reason(await remind(PEOPLE.jean, [PEOPLE.alice]))).toBe('FORBIDDEN reminders.forTeam');
  expect(reason(await remind(PEOPLE.alice, [PEOPLE.alice]))).toBe('FORBIDDEN reminders.forTeam');
});

it('answers the same whether or not the person has answered, in an anonymous campaign too', async () => {
  for (const anonymous of [false, true]) {
    h.kvs.reset();
    await seed({ anonymous });
    if (anonymous) await h.asApp(() => keys().create(SURVEY.campaignId));
    expect((await submit(PEOPLE.alice)).result.ok).toBe(true);
    const answered = await remind(PEOPLE.grace, [PEOPLE.alice]);
    const notAnswered = await remind(PEOPLE.grace, [PEOPLE.david]);
    expect(answered.result).toEqual(notAnswered.result);
    for (let i = 0; i < 2; i += 1) await remind(PEOPLE.grace, [PEOPLE.alice, PEOPLE.david]);
    expect(reason(await remind(PEOPLE.grace, [PEOPLE.alice]))).toBe('FORBIDDEN reminders.capReached');
    expect(reason(await remind(PEOPLE.grace, [PEOPLE.david]))).toBe('FORBIDDEN reminders.capReached');
  }
});

it('refuses a list naming someone twice or more people than one reminder holds', async () => {
  await seed();
  expect(reason(await remind(PEOPLE.grace, [PEOPLE.alice, PEOPLE.alice]))).toBe(
    'INVALID_PAYLOAD request.invalid',
  );
  const many = Array.from(
    { length: 25 },
    (_, i) => `712020:5a1e0000-0000-4000-8000-${String(100 + i).padStart(12, '0')}`,
  );
  expect(reason(await remind(PEOPLE.grace, many))).toBe('INVALID_PAYLOAD request.invalid');
});

it('keeps every acknowledged reminder when two buyers’ reminders race: the loser is told to try again', async () => {
  await seed({
    team: [
      { accountId: PEOPLE.grace, portfolio: { departments: ['engineering'], people: [PEOPLE.david] } },
      { accountId: PEOPLE.hugo, portfolio: { departments: [], people: [PEOPLE.david] } },
    ],
  });
  const answers = await Promise.all(
    Array.from({ length: 6 }, (_, i) => remind(i % 2 ? PEOPLE.hugo : PEOPLE.grace, [PEOPLE.david])),
  );
  const acknowledged = answers.filter((a) => a.result.ok).length;
  for (const a of answers) if (!a.result.ok) expect(reason(a)).toMatch(/reminders\.(changed|capReached)$/);
  const { KvsReminderStore } = await import('../../src/adapters/reminders-store');
  const logs = await h.asApp(() => new KvsReminderStore().logs(SURVEY.campaignId, [PEOPLE.david]));
  expect(logs.get(PEOPLE.david)?.count).toBe(acknowledged);
  expect(acknowledged).toBeGreaterThanOrEqual(1);
});

it('refuses a campaign whose survey is on no page yet: nobody could answer, and the cap is kept', async () => {
  const { binding: _unbound, ...unbound } = aCampaign({ closesOn: '2099-02-28' });
  await h.seed({ campaigns: [unbound], models: [SURVEY.model], roles: {} });
  const before = h.kvs.dump();
  expect(reason(await remind(PEOPLE.grace, [PEOPLE.alice]))).toBe('FORBIDDEN reminders.notOnAPage');
  expect(h.kvs.dump()).toEqual(before);
});
