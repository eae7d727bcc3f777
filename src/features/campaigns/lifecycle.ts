/** campaign/open, campaign/close and the scheduled close, carrying out the lifecycle planner's plans. */
import { dayOf, isDueForClose } from '../../domain/campaign';
import { isRefusal, planClose, planOpen, planScheduledOpen } from '../../domain/campaign-lifecycle';
import { buildResults, SETTLE_MS } from '../results/build';
import type { Ports } from '../../ports';
import type { StoredCampaign } from '../../ports/storage';
import type { CampaignView } from '../../shared/contract/campaigns';
import { fail, ok, type Result } from '../../shared/result';
import { campaignMissing, staleCampaign } from '../common/guards';
import { headOf, modelVersionOf } from '../common/models';
import type { Request } from '../router';
import { refused } from './refusals';
import { campaignView } from './views';

export async function openCampaign(
  { payload }: Request<'campaign/open'>,
  ports: Ports,
): Promise<Result<CampaignView>> {
  const campaign = await ports.campaigns.read(payload.campaignId);
  if (!campaign) return campaignMissing();
  if (campaign.revision !== payload.baseRevision) return staleCampaign();
  if (campaign.status !== 'draft') return fail('CONFLICT', 'campaign.notDraft', { status: campaign.status });
  const head = await headOf(ports, campaign.modelId);
  const version = head && (await modelVersionOf(ports, campaign.modelId, head.version));
  if (!head || !version) return fail('NOT_FOUND', 'model.campaignModelMissing');
  const now = ports.clock.now();
  const plan = planOpen(campaign, payload.baseRevision, head, version.model, now, dayOf(now));
  if (isRefusal(plan)) return refused(plan);
  if (plan.createPseudonymKey) await ports.pseudonyms.create(campaign.id);
  const outcome = await ports.campaigns.open(plan.campaign, campaign.revision, {
    head: plan.head,
    expectedHeadRevision: head.revision,
    materialize: version.stored ? undefined : version.model,
  });
  if (outcome === 'conflict') return fail('CONFLICT', 'campaign.openConflict');
  return ok(campaignView(plan.campaign, false));
}

type ClosePorts = Pick<
  Ports,
  'campaigns' | 'pseudonyms' | 'clock' | 'models' | 'responses' | 'results' | 'logger'
>;

/** Closes a campaign at the revision read, destroys its pseudonym key, then builds its results. */
async function close(
  ports: ClosePorts,
  campaign: StoredCampaign,
  baseRevision: number,
): Promise<Result<StoredCampaign>> {
  const plan = planClose(campaign, baseRevision, ports.clock.now());
  if (isRefusal(plan)) return refused(plan);
  if ((await ports.campaigns.update(plan, campaign.revision)) === 'conflict') return staleCampaign();
  // Destroyed for named campaigns too (a no-op): anonymity may have been switched off while it was open.
  await ports.pseudonyms.destroy(campaign.id);
  await buildQuietly(ports, plan);
  return ok(plan);
}

/** The close stands even if its results cannot be built now: opening them, or the hourly job, builds them. */
async function buildQuietly(ports: ClosePorts, campaign: StoredCampaign): Promise<void> {
  try {
    await buildResults(ports, campaign);
  } catch (error) {
    ports.logger.error(
      `results of ${campaign.id} not built`,
      error instanceof Error ? error.message : String(error),
    );
  }
}

export async function closeCampaign(
  { payload }: Request<'campaign/close'>,
  ports: Ports,
): Promise<Result<CampaignView>> {
  const campaign = await ports.campaigns.read(payload.campaignId);
  if (!campaign) return campaignMissing();
  const closed = await close(ports, campaign, payload.baseRevision);
  if (!closed.ok) return closed;
  return ok(campaignView(closed.data, await ports.responses.hasAnswers(campaign.id)));
}

/**
 * The hourly job: opens the scheduled campaigns whose opening day has come, then closes the open campaigns whose
 * closing day is over. A campaign changed meanwhile by an admin (a lost condition) is skipped; one failure does not
 * stop the others.
 */
export async function runCampaignSchedule(
  ports: ClosePorts,
): Promise<{ opened: string[]; closed: string[]; failed: string[]; rebuilt: string[] }> {
  const now = ports.clock.now();
  const today = dayOf(now);
  const opened: string[] = [];
  const closed: string[] = [];
  const failed: string[] = [];
  const attempt = async (campaign: StoredCampaign, step: () => Promise<boolean>, done: string[]) => {
    try {
      if (await step()) done.push(campaign.id);
    } catch (error) {
      ports.logger.error(
        `scheduled change of ${campaign.id} failed`,
        error instanceof Error ? error.message : String(error),
      );
      failed.push(campaign.id);
    }
  };
  for (const campaign of await ports.campaigns.withStatus('scheduled')) {
    const plan = planScheduledOpen(campaign, today, now);
    if (plan)
      await attempt(
        campaign,
        async () => (await ports.campaigns.update(plan, campaign.revision)) === 'written',
        opened,
      );
  }
  const due = (await ports.campaigns.dueForClose(today)).filter((c) => isDueForClose(c, today));
  for (const campaign of due) {
    await attempt(campaign, async () => (await close(ports, campaign, campaign.revision)).ok, closed);
  }
  const rebuilt: string[] = [];
  for (const campaign of await ports.campaigns.withStatus('closed')) {
    await attempt(campaign, () => rebuildIfUnsettled(ports, campaign), rebuilt);
  }
  return { opened, closed, failed, rebuilt };
}

/**
 * A snapshot built before storage reads had settled (at the close) is built once more after SETTLE_MS, so an
 * answer written just before the close is not missed. Only campaigns closed in the last two days are looked at.
 */
async function rebuildIfUnsettled(ports: ClosePorts, campaign: StoredCampaign): Promise<boolean> {
  const now = ports.clock.now();
  const closedAt = campaign.closedAt;
  if (closedAt === undefined || now - closedAt < SETTLE_MS || now - closedAt > 2 * 24 * 3600 * 1000)
    return false;
  const builtAt = await ports.results.builtAt(campaign.id);
  if (builtAt !== undefined && builtAt - closedAt >= SETTLE_MS) return false;
  await buildResults(ports, campaign);
  return true;
}
