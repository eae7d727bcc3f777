/**
 * Proxy entry through the real routing: a buyer enters a portfolio customer's answer as theirs (the department
 * when the customer must choose one), never sees nor replaces the customer's own answer or draft, and is refused
 * outside their portfolio, on anonymous campaigns and on campaigns that are not open.
 */
import { answersFor } from '../helpers/builders';
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
const { seed, submit, draft, state } = surveyCalls(() => h);

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

describe('proxy entry by a buyer', () => {
  const proxy = (buyer: string, customer: string, payload: Record<string, unknown> = {}) =>
    h.call(buyer, 'proxy/submit', {
      campaignId,
      customerAccountId: customer,
      answers: full,
      baseRevision: 0,
      ...payload,
    });

  it('records a portfolio customer’s answer as theirs, marked as entered by proxy', async () => {
    await seed();
    expect(
      (
        await h.call(PEOPLE.grace, 'proxy/get', {
          campaignId,
          customerAccountId: PEOPLE.alice,
        })
      ).result,
    ).toEqual({
      ok: true,
      data: {
        response: null,
        answeredThemselves: false,
        chooseDepartment: false,
        departmentId: 'engineering',
      },
    });
    expect((await proxy(PEOPLE.grace, PEOPLE.alice)).result).toMatchObject({
      ok: true,
      data: { revision: 1 },
    });
    expect(h.responses()).toEqual([
      expect.objectContaining({
        respondentKey: PEOPLE.alice,
        kind: 'customer',
        status: 'submitted',
        departmentId: 'engineering',
        proxyBy: PEOPLE.grace,
      }),
    ]);
    const seen = await h.call(PEOPLE.grace, 'proxy/get', {
      campaignId,
      customerAccountId: PEOPLE.alice,
    });
    expect(seen.result.data).toMatchObject({
      response: { enteredByProxy: true, revision: 1, answers: full, departmentId: 'engineering' },
      chooseDepartment: false,
      departmentId: 'engineering',
    });
    // The customer sees it as their own answer, and may edit it (same key, same concurrency rules).
    expect((await state(PEOPLE.alice)).result.data.response).toMatchObject({ enteredByProxy: true });
    expect((await submit(PEOPLE.alice, {})).result.error.code).toBe('CONFLICT');
    expect((await submit(PEOPLE.alice, { baseRevision: 1 })).result.ok).toBe(true);
    expect(h.responses()).toHaveLength(1);
    expect(h.responses()[0]).not.toHaveProperty('proxyBy');
  });

  it('needs the department for an unlisted customer, like the customer would', async () => {
    await seed();
    const getProxy = () => h.call(PEOPLE.grace, 'proxy/get', { campaignId, customerAccountId: PEOPLE.david });
    // The buyer is told the customer must choose a department (and there is no listed one to report).
    expect((await getProxy()).result).toEqual({
      ok: true,
      data: { response: null, answeredThemselves: false, chooseDepartment: true },
    });

    expect((await proxy(PEOPLE.grace, PEOPLE.david)).result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', issues: [{ path: 'departmentId' }] },
    });
    expect((await proxy(PEOPLE.grace, PEOPLE.david, { departmentId: 'marketing' })).result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', issues: [{ path: 'departmentId' }] },
    });
    expect(h.responses()).toEqual([]);

    expect((await proxy(PEOPLE.grace, PEOPLE.david, { departmentId: 'production' })).result).toMatchObject({
      ok: true,
      data: { revision: 1, status: 'submitted' },
    });
    expect(h.responses()).toEqual([
      expect.objectContaining({
        respondentKey: PEOPLE.david,
        kind: 'customer',
        status: 'submitted',
        departmentId: 'production',
        proxyBy: PEOPLE.grace,
      }),
    ]);
    // Reopened, the stored department comes back with the answer; the customer sees it as theirs.
    expect((await getProxy()).result.data).toEqual({
      response: expect.objectContaining({ departmentId: 'production', enteredByProxy: true, revision: 1 }),
      answeredThemselves: false,
      chooseDepartment: true,
    });
    expect((await state(PEOPLE.david)).result.data.me).toMatchObject({
      eligibility: 'choose-department',
      departmentId: 'production',
    });
    // A foreign department is refused on an edit too, and leaves the stored one alone.
    expect(
      (await proxy(PEOPLE.grace, PEOPLE.david, { departmentId: 'marketing', baseRevision: 1 })).result.error
        .code,
    ).toBe('INVALID_PAYLOAD');
    expect(h.responses()).toEqual([expect.objectContaining({ departmentId: 'production', revision: 1 })]);
  });

  it('refuses customers outside the buyer’s portfolio, non-team callers and anonymous campaigns', async () => {
    await seed();
    const before = h.snapshot();
    expect((await proxy(PEOPLE.grace, PEOPLE.bruno)).result.error.code).toBe('FORBIDDEN'); // Hugo's portfolio
    expect((await proxy(PEOPLE.alice, PEOPLE.farid)).result.error.code).toBe('FORBIDDEN'); // not a buyer
    expect(
      (await h.call(PEOPLE.hugo, 'proxy/get', { campaignId, customerAccountId: PEOPLE.alice })).result.error
        .code,
    ).toBe('FORBIDDEN');
    await seed({ anonymous: true });
    expect((await proxy(PEOPLE.grace, PEOPLE.alice)).result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('anonymous') },
    });
    expect(h.responses()).toEqual([]);
    expect(JSON.parse(h.snapshot()).secrets).toEqual(JSON.parse(before).secrets);
  });

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
});

describe('a buyer never sees nor replaces a customer’s own answer', () => {
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
