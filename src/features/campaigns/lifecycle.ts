/** campaigns/open, campaigns/close and the scheduled close, carrying out the lifecycle planner's plans. */
import {
  isDueForClose,
  isRefusal,
  isSupplierEvaluated,
  planClose,
  planOpen,
  planScheduledOpen,
} from '../../domain/campaigns';
import type { ModelHead } from '../../domain/model';
import { builtInSupplierHead, DEFAULT_SUPPLIER_MODEL, type SupplierModel } from '../../domain/supplier-model';
import type { SupplierModelVersion } from '../../ports/supplier-model';
import { supplierModelVersionOf } from '../supplier-model';
import { dayOf } from '../../domain/common';
import { inviteAudience, purgeInvitations } from '../reminders';
import { buildResults, isSettled } from '../results';
import type { Ports } from '../../ports';
import type { StoredCampaign } from '../../ports/campaigns';
import type { CampaignView } from '../../shared/contract/campaigns';
import { fail, ok, type Result } from '../../shared/result';
import { campaignMissing, staleCampaign, headOf, modelVersionOf } from '../common';
import type { Request } from '../router';
import { refused } from './refusals';
import { campaignView } from './views';

export async function openCampaign(
  { payload }: Request<'campaigns/open'>,
  ports: Ports,
): Promise<Result<CampaignView>> {
  const campaign = await ports.campaigns.read(payload.campaignId);
  if (!campaign) return campaignMissing();
  if (campaign.revision !== payload.baseRevision) return staleCampaign();
  if (campaign.status !== 'draft') return fail('CONFLICT', 'campaign.notDraft', { status: campaign.status });
  const head = await headOf(ports, campaign.modelId);
  const version = head && (await modelVersionOf(ports, campaign.modelId, head.version));
  if (!head || !version) return fail('NOT_FOUND', 'model.campaignModelMissing');
  const supplier = isSupplierEvaluated(campaign) ? await supplierModelToFreeze(ports) : undefined;
  if (supplier === null) return fail('NOT_FOUND', 'model.campaignModelMissing');
  const now = ports.clock.now();
  const models = { head, model: version.model, supplier };
  const plan = planOpen(campaign, payload.baseRevision, models, now, dayOf(now));
  if (isRefusal(plan)) return refused(plan);
  if (plan.createPseudonymKey) await ports.pseudonyms.create(campaign.id);
  const outcome = await ports.campaigns.open(
    plan.campaign,
    campaign.revision,
    {
      head: plan.head,
      expectedHeadRevision: head.revision,
      materialize: version.stored ? undefined : version.model,
    },
    supplier &&
      plan.supplierHead && {
        head: plan.supplierHead,
        expectedHeadRevision: supplier.storedRevision,
        materialize: supplier.materialize,
      },
  );
  if (outcome === 'conflict') return fail('CONFLICT', 'campaign.openConflict');
  await inviteAudience(ports, plan.campaign);
  return ok(campaignView(plan.campaign, false));
}

/**
 * The supplier model's head as the opening marks it, at the revision stored (0: the built-in head, never saved),
 * and its head version when only built in: frozen into storage so that a later release cannot change it. Null
 * when the head's version cannot be read.
 */
async function supplierModelToFreeze(ports: Ports): Promise<{
  head: ModelHead;
  model: SupplierModel;
  storedRevision: number;
  materialize?: SupplierModelVersion;
} | null> {
  const stored = await ports.supplierModels.head(DEFAULT_SUPPLIER_MODEL.id);
  const head = stored ?? builtInSupplierHead(DEFAULT_SUPPLIER_MODEL.id)!;
  const inStorage = await ports.supplierModels.get(head.modelId, head.version);
  const version = inStorage ?? (await supplierModelVersionOf(ports, head.version));
  if (!version) return null;
  const materialize = inStorage ? {} : { materialize: version };
  return { head, model: version.model, storedRevision: stored?.revision ?? 0, ...materialize };
}

type ClosePorts = Pick<
  Ports,
  'campaigns' | 'pseudonyms' | 'clock' | 'models' | 'responses' | 'results' | 'logger' | 'reminders'
>;

/** Closes a campaign at the revision read, then destroys its pseudonym key. Its results are built later. */
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
  await purgeInvitations(ports, plan);
  return ok(plan);
}

export async function closeCampaign(
  { payload }: Request<'campaigns/close'>,
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
        async () => {
          if ((await ports.campaigns.update(plan, campaign.revision)) !== 'written') return false;
          await inviteAudience(ports, plan);
          return true;
        },
        opened,
      );
  }
  const due = (await ports.campaigns.dueForClose(today)).filter((c) => isDueForClose(c, today));
  for (const campaign of due) {
    await attempt(campaign, async () => (await close(ports, campaign, campaign.revision)).ok, closed);
  }
  const rebuilt: string[] = [];
  for (const campaign of await ports.campaigns.withStatus('closed')) {
    await attempt(campaign, () => buildIfSettled(ports, campaign), rebuilt);
  }
  return { opened, closed, failed, rebuilt };
}

/**
 * A closed campaign's results are built once, when storage reads have settled (SETTLE_MS after the close), so
 * that every reader sees the same figures: two versions would differ by the last answers and give them away.
 * Opening results builds them too when the job has not yet; campaigns closed more than two days ago are left to
 * that.
 */
async function buildIfSettled(ports: ClosePorts, campaign: StoredCampaign): Promise<boolean> {
  const now = ports.clock.now();
  const closedAt = campaign.closedAt;
  if (closedAt === undefined || !isSettled(closedAt, now) || now - closedAt > 2 * 24 * 3600 * 1000)
    return false;
  const builtAt = await ports.results.builtAt(campaign.id);
  if (builtAt !== undefined && isSettled(closedAt, builtAt)) return false;
  await buildResults(ports, campaign);
  return true;
}
