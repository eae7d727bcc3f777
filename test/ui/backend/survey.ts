/**
 * The survey macro's keys (survey, proxy, participation, binding) with the contract's rules: revisions are checked
 * (a stale write gets CONFLICT, a replay of the stored content is a no-op), a closed campaign takes no answer, and a
 * proxy entry needs a department of the campaign.
 */
import type { Answers, ResponseKind } from '../../../src/domain/survey/response';
import type { Payload } from '../../../src/shared/contract';
import type { ProxyResponseView } from '../../../src/shared/contract/proxy';
import type { SaveResultView } from '../../../src/shared/contract/survey';
import { fail, ok, type Result } from '../../../src/shared/result';
import type { Handlers } from './fake';
import type { BackendState } from './state';
import { responseView } from './views/survey';

/** Someone else (another tab) saves a newer answer. */
export function writeElsewhere(state: BackendState, kind: ResponseKind, answers: Answers): void {
  const current = state.stored[kind];
  state.stored[kind] = responseView({
    kind,
    answers,
    status: current?.status ?? 'draft',
    revision: (current?.revision ?? 0) + 1,
  });
}

function save(
  state: BackendState,
  key: 'survey/saveDraft' | 'survey/submit',
  p: Payload<'survey/saveDraft'>,
): Result<SaveResultView> {
  if (state.survey.campaign.status !== 'open') return fail('FORBIDDEN', 'survey.closed');
  const current = state.stored[p.kind];
  const revision = current?.revision ?? 0;
  if (p.baseRevision !== revision) {
    const replay =
      current !== null &&
      JSON.stringify(current.answers) === JSON.stringify(p.answers) &&
      current.departmentId === p.departmentId;
    if (!replay) return fail('CONFLICT', 'survey.conflict');
    return ok({ revision, status: current.status, updatedDay: current.updatedDay });
  }
  const status = key === 'survey/submit' || current?.status === 'submitted' ? 'submitted' : 'draft';
  const next = responseView({
    kind: p.kind,
    answers: p.answers,
    status,
    revision: revision + 1,
    ...(p.departmentId ? { departmentId: p.departmentId } : {}),
  });
  state.stored[p.kind] = next;
  return ok({ revision: next.revision, status, updatedDay: next.updatedDay });
}

function proxySubmit(state: BackendState, p: Payload<'proxy/submit'>): Result<SaveResultView> {
  const current = state.proxy[p.customerAccountId] ?? null;
  if ((current?.revision ?? 0) !== p.baseRevision) return fail('CONFLICT', 'survey.conflict');
  const departmentId = state.proxyUnlisted.has(p.customerAccountId)
    ? (p.departmentId ?? current?.departmentId)
    : state.proxyDepartment;
  if (departmentId === undefined) return fail('INVALID_PAYLOAD', 'department.choose');
  if (!state.survey.departments.some((d) => d.id === departmentId)) {
    return fail('INVALID_PAYLOAD', 'department.notInCampaign');
  }
  const next = responseView({
    answers: p.answers,
    status: 'submitted',
    revision: p.baseRevision + 1,
    enteredByProxy: true,
    departmentId,
  });
  state.proxy[p.customerAccountId] = next;
  return ok({ revision: next.revision, status: next.status, updatedDay: next.updatedDay });
}

export const surveyHandlers = (state: BackendState): Handlers => ({
  'survey/getState': () =>
    ok({ ...state.survey, response: state.stored.customer, selfAssessment: state.stored.self }),
  'survey/saveDraft': (p) => save(state, 'survey/saveDraft', p),
  'survey/submit': (p) => save(state, 'survey/submit', p),
  'proxy/get': ({ customerAccountId: customer }) => {
    const unlisted = state.proxyUnlisted.has(customer);
    const view: ProxyResponseView = {
      response: state.proxyAnsweredThemselves.has(customer) ? null : (state.proxy[customer] ?? null),
      answeredThemselves: state.proxyAnsweredThemselves.has(customer),
      chooseDepartment: unlisted,
      ...(unlisted ? {} : { departmentId: state.proxyDepartment }),
    };
    return ok(view);
  },
  'proxy/submit': (p) => proxySubmit(state, p),
  'participation/get': () => ok(state.participation),
  'reminders/remind': (p) => ok({ reminded: p.accountIds.length }),
  'binding/bind': (p) => ok({ campaignId: p.campaignId, contentId: 'page-1', localId: 'local-1' }),
});
