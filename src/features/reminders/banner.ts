/**
 * reminders/banner and reminders/dismiss: what waits for the person viewing a Confluence page. It renders on every
 * page view, so a person with nothing pending costs one storage round trip (their pending items, none); only when
 * there are some are the campaigns, the person's answers and reminders read, and shown only if still true.
 */
import { dayOf } from '../../domain/common';
import {
  dismissedOn,
  kindOf,
  planBanner,
  type PendingItem,
  type WeighingFacts,
} from '../../domain/reminders';
import type { Ports } from '../../ports';
import type { StoredCampaign } from '../../ports/campaigns';
import type { BannerItemView, BannerView } from '../../shared/contract/reminders';
import { isFailure, ok, type Result } from '../../shared/result';
import { peopleOf, respondentKeyOf } from '../common';
import type { Request } from '../router';
import { weighingFactsOf } from '../weighing';

export type BannerPorts = Pick<
  Ports,
  'reminders' | 'campaigns' | 'responses' | 'plans' | 'pseudonyms' | 'confluence' | 'clock'
>;

/** Whether the person's own customer answer to the campaign is submitted (read from the answer itself). */
async function submitted(ports: BannerPorts, campaign: StoredCampaign, accountId: string): Promise<boolean> {
  if (campaign.status !== 'open') return false;
  const respondentKey = await respondentKeyOf(ports, campaign, accountId);
  if (respondentKey === undefined || isFailure(respondentKey)) return false;
  const stored = await ports.responses.get({ campaignId: campaign.id, kind: 'customer', respondentKey });
  return stored?.status === 'submitted';
}

/** A weighing item's truth: the round and the person's own ballot. */
async function weighingEntry(ports: BannerPorts, item: PendingItem, accountId: string) {
  const campaign = await ports.campaigns.read(item.campaignId);
  const weighing = campaign ? await weighingFactsOf(ports, campaign.id, accountId) : undefined;
  return { item, campaign, answered: false, weighing };
}

/**
 * The truth behind each pending item: its campaign, and for a survey the person's answer and the reminders they
 * received, for a weighing its round and the person's ballot.
 */
export async function facts(ports: BannerPorts, items: readonly PendingItem[], accountId: string) {
  const entries = await Promise.all(
    items.map(
      async (
        item,
      ): Promise<{
        item: PendingItem;
        campaign: StoredCampaign | undefined;
        answered: boolean;
        weighing?: WeighingFacts;
      }> => {
        if (kindOf(item) === 'weighing') return weighingEntry(ports, item, accountId);
        const campaign = await ports.campaigns.read(item.campaignId);
        if (!campaign) return { item, campaign, answered: false };
        const [answered, logs] = await Promise.all([
          submitted(ports, campaign, accountId),
          ports.reminders.logs(campaign.id, [accountId]),
        ]);
        const last = logs.get(accountId)?.last;
        return {
          item: last ? { ...item, remindedBy: last.by, remindedAt: last.at } : item,
          campaign,
          answered,
        };
      },
    ),
  );
  return {
    items: entries.map((e) => e.item),
    campaigns: new Map(entries.flatMap((e) => (e.campaign ? [[e.campaign.id, e.campaign] as const] : []))),
    submitted: new Set(entries.filter((e) => e.answered).map((e) => e.item.campaignId)),
    weighings: new Map(
      entries.flatMap((e) => (e.weighing ? [[e.item.campaignId, e.weighing] as const] : [])),
    ),
  };
}

export async function getBanner(
  { accountId }: Request<'reminders/banner'>,
  ports: BannerPorts,
): Promise<Result<BannerView>> {
  const pending = await ports.reminders.ofPerson(accountId);
  const dismissedToday = dismissedOn(pending.dismissedAt, dayOf(ports.clock.now()));
  // Nothing waits, or the person dismissed the banner today: nothing more to read.
  if (pending.items.length === 0 || dismissedToday) return ok({ items: [] });
  const known = await facts(ports, pending.items, accountId);
  const plan = planBanner({ accountId, ...known, dismissedAt: pending.dismissedAt, now: ports.clock.now() });
  // Items that no longer stand for anything are dropped, so that the next page view costs one round trip again.
  if (plan.stale.length > 0)
    await Promise.all(
      plan.stale.map(({ campaignId, kind }) => ports.reminders.forget(campaignId, [accountId], kind)),
    );
  const ref = await peopleOf(
    ports,
    plan.show.flatMap((entry) => (entry.remindedBy ? [entry.remindedBy] : [])),
  );
  const items = plan.show.map((entry): BannerItemView => {
    const campaign = known.campaigns.get(entry.campaignId)!;
    return {
      kind: entry.kind,
      campaignId: campaign.id,
      campaignName: campaign.name,
      closesOn: entry.closesOn,
      daysLeft: entry.daysLeft,
      contentId: campaign.binding?.contentId ?? null,
      remindedBy: entry.remindedBy ? ref(entry.remindedBy) : null,
    };
  });
  return ok({ items });
}

export async function dismissBanner(
  { accountId }: Request<'reminders/dismiss'>,
  ports: Pick<Ports, 'reminders' | 'clock'>,
): Promise<Result<{ dismissed: true }>> {
  await ports.reminders.dismiss(accountId, ports.clock.now());
  return ok({ dismissed: true });
}
