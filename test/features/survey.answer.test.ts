/**
 * Answering the survey through the real routing (the app's `handler`, as createApp builds it), the real @forge/kvs
 * SDK on the local host's KVS and its Confluence sandbox: state, drafts, submit, edit, self-assessment, department
 * choice, proxy entry, the refusals (draft, closed, not in the audience, binding) and participation.
 */
import { aCampaign, aModel, answersFor, macroContext, SURVEY_PAGE } from '../helpers/builders';
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

async function seed(overrides: Parameters<typeof aCampaign>[0] = {}) {
  await h.seed({ campaigns: [aCampaign(overrides)], models: [model], roles: {} });
}

const submit = (who: string, payload: Record<string, unknown>, context?: Record<string, unknown>) =>
  h.call(
    who,
    'survey/submit',
    { campaignId, kind: 'customer', answers: full, baseRevision: 0, ...payload },
    context,
  );
const draft = (who: string, payload: Record<string, unknown>, context?: Record<string, unknown>) =>
  h.call(
    who,
    'survey/saveDraft',
    { campaignId, kind: 'customer', answers: {}, baseRevision: 0, ...payload },
    context,
  );
const state = (who: string, context?: Record<string, unknown>) =>
  h.call(who, 'survey/getState', { campaignId }, context);

describe('an internal customer answering', () => {
  it('gets the state: the frozen model, their department, no answer yet', async () => {
    await seed();
    const { result } = await state(PEOPLE.alice);
    expect(result).toEqual({
      ok: true,
      data: {
        campaign: {
          id: campaignId,
          name: { 'en-US': 'Procurement satisfaction 2026', 'fr-FR': 'Enquête de satisfaction Achats 2026' },
          period: '2026',
          status: 'open',
          opensOn: '2026-01-10',
          closesOn: '2026-02-28',
          anonymous: false,
          commentRequiredAtOrBelow: 2,
        },
        model,
        locale: 'en-US',
        me: {
          eligibility: 'member',
          departmentId: 'engineering',
          isTeam: false,
          canProxy: false,
          canSeeParticipation: false,
        },
        departments: [
          { id: 'engineering', name: { 'en-US': 'Engineering', 'fr-FR': 'Ingénierie' } },
          { id: 'production', name: { 'en-US': 'Production', 'fr-FR': 'Production' } },
          { id: 'finance', name: { 'en-US': 'Finance', 'fr-FR': 'Finance' } },
        ],
        response: null,
        selfAssessment: null,
      },
    });
  });

  it('saves a draft, finds it again, submits, then edits while open (stays submitted)', async () => {
    await seed();
    const partial = { 'sourcing-price': { value: 4 as const } };
    const saved = await draft(PEOPLE.alice, { answers: partial });
    expect(saved.result).toMatchObject({ ok: true, data: { revision: 1, status: 'draft' } });

    const reloaded = await state(PEOPLE.alice);
    expect(reloaded.result.data.response).toMatchObject({
      kind: 'customer',
      status: 'draft',
      answers: partial,
      departmentId: 'engineering',
      revision: 1,
      enteredByProxy: false,
    });

    expect((await submit(PEOPLE.alice, { baseRevision: 1 })).result).toMatchObject({
      ok: true,
      data: { revision: 2, status: 'submitted' },
    });
    const edited = {
      ...full,
      'service-reachable': { value: 1 as const, comment: 'Nobody answered in March' },
    };
    expect((await draft(PEOPLE.alice, { answers: edited, baseRevision: 2 })).result).toMatchObject({
      ok: true,
      data: { revision: 3, status: 'submitted' },
    });
    // A submitted answer stays complete: an autosave that drops a criterion is refused.
    expect((await draft(PEOPLE.alice, { answers: partial, baseRevision: 3 })).result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD' },
    });

    const [stored] = h.responses();
    expect(h.responses()).toHaveLength(1);
    expect(stored).toMatchObject({
      campaignId,
      kind: 'customer',
      respondentKey: PEOPLE.alice,
      departmentId: 'engineering',
      status: 'submitted',
      answers: edited,
      revision: 3,
    });
    expect(typeof stored!.updatedAt).toBe('number');
    expect(stored!.updatedDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('validates against the frozen model: unknown criteria, missing answers, required comments', async () => {
    await seed();
    const unknown = await draft(PEOPLE.alice, { answers: { 'not-a-criterion': { value: 3 } } });
    expect(unknown.result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', issues: [{ path: 'answers.not-a-criterion' }] },
    });
    const missing = await submit(PEOPLE.alice, { answers: { 'sourcing-price': { value: 3 } } });
    expect(missing.result.error.issues.map((i: { path: string }) => i.path)).toEqual([
      'answers.sourcing-lead',
      'answers.service-reachable',
    ]);
    const noComment = await submit(PEOPLE.alice, {
      answers: { ...full, 'sourcing-lead': { value: 2 } },
    });
    expect(noComment.result).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'answers.sourcing-lead', message: expect.stringContaining('comment') }] },
    });
    // "Not applicable" needs no comment.
    expect(
      (await submit(PEOPLE.alice, { answers: { ...full, 'sourcing-lead': { value: 'na' } } })).result.ok,
    ).toBe(true);
  });

  it('asks a person not listed in a department to choose one of the campaign’s, required at submit', async () => {
    await seed();
    expect((await state(PEOPLE.david)).result.data.me).toMatchObject({ eligibility: 'choose-department' });
    expect((await draft(PEOPLE.david, { answers: {} })).result).toMatchObject({ ok: true });
    expect((await submit(PEOPLE.david, { baseRevision: 1 })).result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', issues: [{ path: 'departmentId' }] },
    });
    expect((await submit(PEOPLE.david, { baseRevision: 1, departmentId: 'marketing' })).result).toMatchObject(
      {
        ok: false,
        error: { code: 'INVALID_PAYLOAD', issues: [{ path: 'departmentId' }] },
      },
    );
    expect((await submit(PEOPLE.david, { baseRevision: 1, departmentId: 'finance' })).result).toMatchObject({
      ok: true,
      data: { revision: 2 },
    });
    expect((await state(PEOPLE.david)).result.data.me.departmentId).toBe('finance');
    // A listed person's department comes from the audience, whatever the payload says.
    await submit(PEOPLE.alice, { departmentId: 'finance' });
    expect(h.responses().find((r) => r.respondentKey === PEOPLE.alice)).toMatchObject({
      departmentId: 'engineering',
    });
  });

  it('refuses people outside the audience, a draft campaign and a closed one', async () => {
    await seed();
    // Outside the audience and the team: one answer, as if the campaign did not exist (issue 7, item 9).
    expect((await state(PEOPLE.emma)).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await submit(PEOPLE.emma, {})).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    await seed({ status: 'draft' });
    expect((await state(PEOPLE.alice)).result.data.campaign.status).toBe('draft');
    expect((await draft(PEOPLE.alice, {})).result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('not open yet') },
    });
    expect(h.responses()).toHaveLength(0);
  });

  it('keeps answers immutable after close, and shows them read-only', async () => {
    await seed();
    await submit(PEOPLE.alice, {});
    await seed({ status: 'closed', closedAt: Date.UTC(2026, 2, 1) });
    const before = h.snapshot();
    for (const call of [
      () => submit(PEOPLE.alice, { baseRevision: 1 }),
      () => draft(PEOPLE.alice, { answers: full, baseRevision: 1 }),
      () => draft(PEOPLE.bruno, {}),
    ]) {
      expect((await call()).result).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: expect.stringContaining('closed') },
      });
    }
    expect(h.snapshot()).toBe(before);
    expect((await state(PEOPLE.alice)).result.data).toMatchObject({
      // The real close day, not the planned one (issue 7, item 12).
      campaign: { status: 'closed', closedOn: '2026-03-01', closesOn: '2026-02-28' },
      response: { status: 'submitted', answers: full, revision: 1 },
    });
  });

  it('submits in two storage round trips (campaign, one transaction conditional on campaign and response)', async () => {
    await seed();
    const { result, counts } = await submit(PEOPLE.alice, {});
    expect(result.ok).toBe(true);
    expect(counts.storage).toBe(2);
    // The page is checked as the user: one Confluence request.
    expect(counts.confluence).toBe(1);
    // An edit costs the same.
    expect((await submit(PEOPLE.alice, { baseRevision: 1 })).counts.storage).toBe(2);
  });
});

describe('one response per person: stale writes and replays', () => {
  it('answers CONFLICT to a stale tab and acknowledges an exact replay without writing', async () => {
    await seed();
    const first = await submit(PEOPLE.alice, {});
    expect(first.result.data.revision).toBe(1);
    const afterFirst = h.snapshot();
    // The same call again (a retry after a lost acknowledgement): ok, idempotent.
    expect((await submit(PEOPLE.alice, {})).result).toMatchObject({ ok: true, data: { revision: 1 } });
    expect(h.snapshot()).toBe(afterFirst);
    // Another tab that also started from revision 0, with other answers: refused.
    const other = answersFor(model, 4);
    expect((await submit(PEOPLE.alice, { answers: other })).result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    // A revision from the future is stale too.
    expect((await submit(PEOPLE.alice, { answers: other, baseRevision: 7 })).result.error.code).toBe(
      'CONFLICT',
    );
    expect(h.snapshot()).toBe(afterFirst);
  });
});

describe('the team’s self-assessment', () => {
  it('is kept apart from customer answers, for team members only', async () => {
    await seed();
    const self = answersFor(model, 4);
    expect(
      (
        await h.call(PEOPLE.alice, 'survey/submit', {
          campaignId,
          kind: 'self',
          answers: self,
          baseRevision: 0,
        })
      ).result,
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(
      (
        await h.call(PEOPLE.grace, 'survey/submit', {
          campaignId,
          kind: 'self',
          answers: self,
          baseRevision: 0,
        })
      ).result,
    ).toMatchObject({ ok: true, data: { revision: 1, status: 'submitted' } });
    // A buyer is not in the audience: no customer answer.
    expect((await submit(PEOPLE.grace, {})).result.error.code).toBe('FORBIDDEN');

    const { result } = await state(PEOPLE.grace);
    expect(result.data.me).toEqual({
      eligibility: 'not-in-audience',
      isTeam: true,
      canProxy: true,
      canSeeParticipation: true,
    });
    expect(result.data.response).toBeNull();
    expect(result.data.selfAssessment).toMatchObject({ kind: 'self', status: 'submitted', answers: self });
    expect(h.responses()).toEqual([
      expect.objectContaining({ kind: 'self', respondentKey: PEOPLE.grace, answers: self }),
    ]);
    expect(h.responses()[0]).not.toHaveProperty('departmentId');
  });
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
});

describe('the binding between the campaign and its page', () => {
  it('refuses a copy of the macro on another page, another macro instance, or a context without one', async () => {
    await seed();
    for (const context of [
      macroContext({ contentId: '65602' }),
      macroContext({ localId: 'another-instance' }),
      { moduleKey: 'survey-macro', locale: 'en-US' },
      { ...macroContext(), extension: { content: { id: { $ne: null } } } },
    ]) {
      expect((await state(PEOPLE.alice, context)).result).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'This survey belongs to another page.' },
      });
      expect((await submit(PEOPLE.alice, {}, context)).result.error.code).toBe('FORBIDDEN');
    }
    expect(h.responses()).toEqual([]);
  });

  it('refuses a payload naming another page’s campaign, and says when a survey is not set up yet', async () => {
    await h.seed({
      campaigns: [
        aCampaign(),
        aCampaign({ id: 'cmp-other', binding: { contentId: '65603', localId: 'x-1' } }),
        aCampaign({ id: 'cmp-unbound', binding: undefined }),
      ],
      models: [model],
    });
    const other = await h.call(PEOPLE.alice, 'survey/submit', {
      campaignId: 'cmp-other',
      kind: 'customer',
      answers: full,
      baseRevision: 0,
    });
    expect(other.result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'This survey belongs to another page.' },
    });
    const unbound = await h.call(PEOPLE.alice, 'survey/getState', { campaignId: 'cmp-unbound' });
    expect(unbound.result).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('not set up yet') },
    });
    expect(h.responses()).toEqual([]);
  });
});

describe('participation', () => {
  it('shows rates per department and portfolio, who has not answered, and a ready reminder', async () => {
    await seed();
    await submit(PEOPLE.alice, {});
    await submit(PEOPLE.bruno, {});
    await draft(PEOPLE.chloe, {}); // a draft does not count
    await submit(PEOPLE.david, { departmentId: 'engineering' });

    const { result, counts } = await h.call(PEOPLE.grace, 'participation/get', { campaignId });
    expect(result.ok).toBe(true);
    const view = result.data;
    expect(view.overall).toEqual({ invited: 5, responded: 3 });
    expect(view.departments).toEqual([
      {
        id: 'engineering',
        name: { 'en-US': 'Engineering', 'fr-FR': 'Ingénierie' },
        invited: 2,
        responded: 1,
      },
      { id: 'production', name: { 'en-US': 'Production', 'fr-FR': 'Production' }, invited: 1, responded: 1 },
      { id: 'finance', name: { 'en-US': 'Finance', 'fr-FR': 'Finance' }, invited: 1, responded: 0 },
    ]);
    // David is not listed in a department: a row of his own, not counted in the department he chose.
    expect(view.unlisted).toEqual({ invited: 1, responded: 1 });
    expect(view.threshold).toBeNull();
    expect(view.portfolios).toEqual([
      {
        buyer: { accountId: PEOPLE.grace, displayName: 'Grace Okafor' },
        invited: 3,
        responded: 2,
        pending: [{ accountId: PEOPLE.farid, displayName: 'Farid Benali' }],
      },
      {
        buyer: { accountId: PEOPLE.hugo, displayName: 'Hugo Moreau' },
        invited: 2,
        responded: 1,
        pending: [{ accountId: PEOPLE.chloe, displayName: 'Chloé Dubois' }],
      },
    ]);
    expect(view.reminder.pageUrl).toContain(SURVEY_PAGE);
    // campaign, the caller's roles (a team member must still hold the team role), one page of responses.
    expect(counts.storage).toBe(3);
  });

  it('is for the campaign’s team, admins and quality managers only', async () => {
    await seed();
    expect((await h.call(PEOPLE.alice, 'participation/get', { campaignId })).result.error.code).toBe(
      'NOT_FOUND',
    );
    expect((await state(PEOPLE.alice)).result.data.me.canSeeParticipation).toBe(false);
    for (const who of [PEOPLE.ines, PEOPLE.jean]) {
      expect((await state(who)).result.data.me.canSeeParticipation).toBe(true);
      // From the admin page (no macro context) too.
      const fromAdmin = await h.call(who, 'participation/get', { campaignId }, { moduleKey: 'admin-page' });
      expect(fromAdmin.result.ok).toBe(true);
    }
    // From a macro on another page: refused like every survey call.
    expect(
      (await h.call(PEOPLE.grace, 'participation/get', { campaignId }, macroContext({ contentId: '65602' })))
        .result.error.code,
    ).toBe('FORBIDDEN');
  });

  it('reads responses in pages of 100: round trips grow with responses / 100, not with people', async () => {
    const people = Array.from({ length: 250 }, (_, i) => `557058:load-${String(i).padStart(4, '0')}`);
    await seed({
      audience: {
        departments: [
          { id: 'engineering', name: { 'en-US': 'Engineering', 'fr-FR': 'Engineering' }, members: people },
        ],
        people: [],
      },
      team: [{ accountId: PEOPLE.grace, portfolio: { departments: ['engineering'], people: [] } }],
    });
    await h.asApp(async () => {
      const { kvs } = await import('@forge/kvs');
      for (let i = 0; i < people.length; i += 25) {
        await kvs.batchSet(
          people.slice(i, i + 25).map((p) => ({
            entityName: 'response',
            key: `${campaignId}:customer:${p}`,
            value: {
              campaignId,
              kind: 'customer',
              respondentKey: p,
              departmentId: 'engineering',
              status: i < 200 ? 'submitted' : 'draft',
              answers: full,
              revision: 1,
              updatedDay: '2026-01-20',
            },
          })),
        );
      }
    });
    const { result, counts } = await h.call(PEOPLE.grace, 'participation/get', { campaignId });
    expect(result.data.overall).toEqual({ invited: 250, responded: 200 });
    expect(result.data.portfolios[0]!.pending).toHaveLength(50);
    expect(counts.storage).toBe(2 + 3); // the campaign and the roles, then ceil(250 / 100) pages
  });
});
