/**
 * The customers' weighing of the candidate actions, in the survey macro of the campaign once it is closed: the
 * same page, binding and audience rules as the survey. A ballot is kept under a pseudonymous voter key only
 * (HMAC of the account id under the round's own key, destroyed when the round closes), in named campaigns too:
 * the plan needs the values, never who gave what. Values are shown once the round is closed and storage has
 * settled, so that no reader sees them before and after one more ballot.
 */
import { dayOf } from '../../domain/common';
import { criteriaOfAction, type Action } from '../../domain/plan';
import { invitedPeople } from '../../domain/campaigns';
import {
  NOT_OPEN,
  roundClosedAt,
  roundStatus,
  takesBallots,
  type PlanRecord,
  parseBallot,
  weighingOf,
  type Weighing,
} from '../../domain/weighing';
import type { Ports } from '../../ports';
import type { StoredCampaign } from '../../ports/campaigns';
import type { WeighingSummary, WeighingView, weighingContract } from '../../shared/contract/weighing';
import { fail, isFailure, issue, ok, type Failure, type Result } from '../../shared/result';
import { enterSurvey, enterCampaign } from '../common';
import { isSettled, thresholdsOf } from '../results';
import type { Request, RouteTable } from '../router';

/** The pseudonym key of a campaign's weighing round (Forge secret storage, through PseudonymKeys). */
export const weighingSecretOf = (campaignId: string) => `${campaignId}.weighing`;

/**
 * The page banner's weighing items follow the round: written for the audience when it opens, one dropped with its
 * voter's ballot, all gone at the close. They are hints (the banner checks the round and the ballot): a write lost
 * here only costs a missing banner, never a wrong one.
 */
const inviteVoters = (ports: Pick<Ports, 'reminders'>, campaign: StoredCampaign) =>
  ports.reminders.invite(campaign.id, invitedPeople(campaign), 'weighing');
const forgetVoters = (ports: Pick<Ports, 'reminders'>, campaignId: string) =>
  ports.reminders.purge(campaignId);

/**
 * The round's figures for the team: values only once closed and settled, and above the group size. `weighing` is
 * the domain's figure, when shown (suggestions take importance from it).
 */
export async function weighingSummaryOf(
  ports: Pick<Ports, 'plans' | 'clock'>,
  campaign: StoredCampaign,
  plan: PlanRecord | undefined,
  actions: readonly Action[],
): Promise<{ summary: WeighingSummary; weighing?: Weighing }> {
  const round = plan?.weighing ?? NOT_OPEN;
  const now = ports.clock.now();
  const status = roundStatus(round, now);
  const minimumGroup = thresholdsOf(campaign).k;
  if (round.status === 'notOpen') {
    return { summary: { status, ballots: 0, candidateIds: [], minimumGroup, suppressed: true, values: {} } };
  }
  const { closesOn, candidateIds } = round;
  const shared = { status, closesOn, candidateIds, minimumGroup };
  const ballots = await ports.plans.ballots(campaign.id);
  const closedAt = roundClosedAt(round);
  if (status !== 'closed' || closedAt === undefined || !isSettled(closedAt, now)) {
    return { summary: { ...shared, ballots: ballots.length, suppressed: true, values: {} } };
  }
  // Only candidates that still exist: a withdrawn action's points are dropped, never spread (see weighingOf).
  const existing = new Set(actions.map((a) => a.id));
  const candidates = round.candidateIds.filter((id) => existing.has(id));
  const weighing = weighingOf(ballots, candidates, minimumGroup);
  if (weighing.suppressed) {
    return { summary: { ...shared, ballots: weighing.voters, suppressed: true, values: {} }, weighing };
  }
  const values = Object.fromEntries(
    weighing.actions.map((a) => [
      a.actionId,
      { value: a.value, voters: a.voters, supporters: a.supporters, rank: a.rank },
    ]),
  );
  return { summary: { ...shared, ballots: weighing.voters, suppressed: false, values }, weighing };
}

/** The voter key of the caller in this round, or why there is none. */
export async function voterKeyOf(ports: Pick<Ports, 'pseudonyms'>, campaignId: string, accountId: string) {
  const key = await ports.pseudonyms.respondentKey(weighingSecretOf(campaignId), accountId);
  return key ?? fail('UNAVAILABLE', 'survey.anonymityKeyMissing');
}

async function viewFor(
  ports: Ports,
  campaign: StoredCampaign,
  plan: PlanRecord | undefined,
  myBallot: Record<string, number> | undefined,
): Promise<Result<WeighingView>> {
  const round = plan?.weighing ?? NOT_OPEN;
  const status = roundStatus(round, ports.clock.now());
  const head = { id: campaign.id, name: campaign.name, period: campaign.period };
  if (round.status === 'notOpen') return ok({ campaign: head, status, candidates: [] });
  const [model, actions] = await Promise.all([
    ports.models.get(campaign.modelId, campaign.modelVersion),
    Promise.all(round.candidateIds.map((id) => ports.actions.read(id))),
  ]);
  const candidates = actions
    .filter((a): a is Action => a !== undefined && a.campaignId === campaign.id)
    .map((a) => ({
      id: a.id,
      title: a.title,
      description: a.description,
      criteria: criteriaOfAction(a, model),
    }));
  return ok({
    campaign: head,
    status,
    closesOn: round.closesOn,
    candidates,
    ...(myBallot && status === 'open' ? { myBallot } : {}),
  });
}

/** Who may weigh: the campaign's audience, from its survey macro (binding and page checked as for the survey). */
async function enterWeighing(
  request: Request<'weighing/get'> | Request<'weighing/submit'>,
  ports: Ports,
): Promise<{ campaign: StoredCampaign; voter: boolean } | Failure> {
  const entered = await enterSurvey(ports, request, request.payload.campaignId);
  if (isFailure(entered)) return entered;
  if (entered.campaign.status !== 'closed') return fail('FORBIDDEN', 'weighing.notOpen');
  return { campaign: entered.campaign, voter: entered.eligibility.kind !== 'not-in-audience' };
}

export async function getWeighing(
  request: Request<'weighing/get'>,
  ports: Ports,
): Promise<Result<WeighingView>> {
  const entered = await enterWeighing(request, ports);
  if (isFailure(entered)) return entered;
  const plan = await ports.plans.read(entered.campaign.id);
  let mine: Record<string, number> | undefined;
  if (entered.voter && plan && takesBallots(plan.weighing, ports.clock.now())) {
    const key = await voterKeyOf(ports, entered.campaign.id, request.accountId);
    if (isFailure(key)) return key;
    mine = (await ports.plans.ballot(entered.campaign.id, key))?.points;
  }
  return viewFor(ports, entered.campaign, plan, mine);
}

export async function submitWeighing(
  request: Request<'weighing/submit'>,
  ports: Ports,
): Promise<Result<WeighingView>> {
  const entered = await enterWeighing(request, ports);
  if (isFailure(entered)) return entered;
  const { campaign } = entered;
  if (!entered.voter) return fail('FORBIDDEN', 'survey.notInAudience');
  const plan = await ports.plans.read(campaign.id);
  if (!plan || plan.weighing.status !== 'open' || !takesBallots(plan.weighing, ports.clock.now())) {
    return fail('FORBIDDEN', 'weighing.notOpen');
  }
  const parsed = parseBallot(request.payload.points, plan.weighing.candidateIds);
  if (!parsed.ok) {
    return fail(
      'INVALID_PAYLOAD',
      'weighing.invalid',
      undefined,
      parsed.problems.map((p) => issue(p.path, p.reason, p.params)),
    );
  }
  const key = await voterKeyOf(ports, campaign.id, request.accountId);
  if (isFailure(key)) return key;
  const previous = await ports.plans.ballot(campaign.id, key);
  const points = Object.fromEntries(parsed.ballot.allocations.map((a) => [a.actionId, a.points]));
  const outcome = await ports.plans.castBallot(
    { campaignId: campaign.id, voterKey: key, points, revision: (previous?.revision ?? 0) + 1 },
    plan,
  );
  // Lost to the same voter's other tab, or to the close: either way nothing was written.
  if (outcome === 'conflict') return fail('CONFLICT', 'survey.conflictNow');
  await ports.reminders.forget(campaign.id, [request.accountId], 'weighing');
  return viewFor(ports, campaign, plan, points);
}

export async function openWeighing(
  request: Request<'weighing/open'>,
  ports: Ports,
): Promise<Result<WeighingSummary>> {
  const caller = await enterCampaign(ports, request.payload.campaignId, request, 'editPlan');
  if (isFailure(caller)) return caller;
  const { campaign } = caller;
  const today = dayOf(ports.clock.now());
  if (request.payload.closesOn < today) {
    return fail('INVALID_PAYLOAD', 'request.invalid', { key: 'weighing/open' }, [
      issue('closesOn', 'weighing.closesInPast'),
    ]);
  }
  const [plan, actions] = await Promise.all([ports.plans.read(campaign.id), ports.actions.list(campaign.id)]);
  const round = plan?.weighing ?? NOT_OPEN;
  if (round.status !== 'notOpen') return fail('CONFLICT', 'weighing.alreadyOpen', { status: round.status });
  if (actions.length === 0) return fail('CONFLICT', 'weighing.noCandidates');
  await ports.pseudonyms.create(weighingSecretOf(campaign.id));
  const next: PlanRecord = {
    campaignId: campaign.id,
    weighing: {
      status: 'open',
      closesOn: request.payload.closesOn,
      candidateIds: actions.map((a) => a.id),
      openedAt: ports.clock.now(),
      openedBy: request.accountId,
    },
    revision: (plan?.revision ?? 0) + 1,
  };
  if ((await ports.plans.write(next, plan?.revision ?? 0)) === 'conflict')
    return fail('CONFLICT', 'plan.stale');
  await inviteVoters(ports, campaign);
  return ok((await weighingSummaryOf(ports, campaign, next, actions)).summary);
}

/** Closes the round: no ballot is taken after, and the voter key is destroyed (ballots can no longer be tied). */
export async function closeWeighing(
  request: Request<'weighing/close'>,
  ports: Ports,
): Promise<Result<WeighingSummary>> {
  const caller = await enterCampaign(ports, request.payload.campaignId, request, 'editPlan');
  if (isFailure(caller)) return caller;
  const { campaign } = caller;
  const [plan, actions] = await Promise.all([ports.plans.read(campaign.id), ports.actions.list(campaign.id)]);
  if (!plan || plan.weighing.status !== 'open') return fail('FORBIDDEN', 'weighing.notOpen');
  const next: PlanRecord = {
    ...plan,
    weighing: { ...plan.weighing, status: 'closed', closedAt: ports.clock.now() },
    revision: plan.revision + 1,
  };
  if ((await ports.plans.write(next, plan.revision)) === 'conflict') return fail('CONFLICT', 'plan.stale');
  await ports.pseudonyms.destroy(weighingSecretOf(campaign.id));
  await forgetVoters(ports, campaign.id);
  return ok((await weighingSummaryOf(ports, campaign, next, actions)).summary);
}

/** Rounds whose closing day is over: closed by the hourly job, their voter key destroyed. */
export const weighingRoutes = {
  'weighing/get': { requires: 'signed-in', handle: getWeighing },
  'weighing/submit': { requires: 'signed-in', handle: submitWeighing },
  'weighing/open': { requires: 'signed-in', handle: openWeighing },
  'weighing/close': { requires: 'signed-in', handle: closeWeighing },
} satisfies RouteTable<typeof weighingContract>;

export async function closeDueRounds(
  ports: Pick<Ports, 'plans' | 'pseudonyms' | 'reminders' | 'clock'>,
  campaignIds: readonly string[],
) {
  const closed: string[] = [];
  for (const campaignId of campaignIds) {
    const plan = await ports.plans.read(campaignId);
    const round = plan?.weighing;
    if (!plan || round?.status !== 'open' || roundStatus(round, ports.clock.now()) !== 'closed') continue;
    const next: PlanRecord = {
      ...plan,
      weighing: { ...round, status: 'closed', closedAt: roundClosedAt(round)! },
      revision: plan.revision + 1,
    };
    if ((await ports.plans.write(next, plan.revision)) === 'written') {
      await ports.pseudonyms.destroy(weighingSecretOf(campaignId));
      await forgetVoters(ports, campaignId);
      closed.push(campaignId);
    }
  }
  return closed;
}
