/** reminders/remind: a buyer raises the page banner of customers of their portfolio ("Grace asked you to answer"). */
import { isRemindRefusal, planRemind, type RemindRefusal } from '../../domain/reminders';
import type { Ports } from '../../ports';
import type { RemindResultView } from '../../shared/contract/reminders';
import { fail, isFailure, ok, type Failure, type Result } from '../../shared/result';
import { enterCampaign } from '../common';
import type { Request } from '../router';

function refused(plan: RemindRefusal): Failure {
  switch (plan.refusal) {
    case 'not-on-a-page':
      return fail('FORBIDDEN', 'reminders.notOnAPage');
    case 'not-in-portfolio':
      return fail('FORBIDDEN', 'reminders.notInPortfolio', { accountIds: plan.accountIds.join(', ') });
    case 'cap-reached':
      return fail('FORBIDDEN', 'reminders.capReached', {
        cap: plan.cap,
        accountIds: plan.accountIds.join(', '),
      });
  }
}

export async function remind(
  { payload, accountId, access }: Request<'reminders/remind'>,
  ports: Pick<Ports, 'campaigns' | 'reminders' | 'clock'>,
): Promise<Result<RemindResultView>> {
  const caller = await enterCampaign(ports, payload.campaignId, { accountId, access }, 'remind');
  if (isFailure(caller)) return caller;
  const logs = await ports.reminders.logs(caller.campaign.id, payload.accountIds);
  const plan = planRemind(caller.campaign, accountId, payload.accountIds, logs, ports.clock.now());
  if (isRemindRefusal(plan)) return refused(plan);
  // A lost condition is another reminder of the same people at the same moment, or the campaign closing.
  if ((await ports.reminders.remind(caller.campaign.id, plan)) === 'conflict')
    return fail('CONFLICT', 'reminders.changed');
  return ok({ reminded: plan.logs.length });
}
