/**
 * Answering the survey through the real routing (the app's `handler`, as createApp builds it), the real @forge/kvs
 * SDK on the local host's KVS and its Confluence sandbox: state, drafts, submit, edit, department choice, the
 * refusals (draft, closed, not in the audience), one response per person, and the team's self-assessment.
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
