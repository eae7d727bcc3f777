/** campaigns/save: create a draft, or edit a draft or open campaign (never a closed one). */
import {
  campaignDefinitionProblems,
  editRefusal,
  isRefusal,
  normalizedDefinition,
  planCreate,
  planEdit,
  type CampaignDefinition,
} from '../../domain/campaigns';
import type { Ports } from '../../ports';
import type { StoredCampaign } from '../../ports/campaigns';
import type { CampaignView } from '../../shared/contract/campaigns';
import { fail, issue, ok, type Failure, type Result } from '../../shared/result';
import { campaignMissing, staleCampaign, headOf } from '../common';
import type { Request } from '../router';
import { inviteAudience } from '../reminders';
import { unknownPeople } from './people';
import { refused } from './refusals';
import { campaignView } from './views';

const notAModel = (): Failure =>
  fail('INVALID_PAYLOAD', 'model.missing', undefined, [issue('campaign.modelId', 'model.notAModel')]);

async function createCampaign(
  ports: Ports,
  definition: CampaignDefinition,
  baseRevision: number,
): Promise<Result<CampaignView>> {
  if (baseRevision !== 0) {
    return fail('INVALID_PAYLOAD', 'campaign.newAtRevisionZero', undefined, [
      issue('baseRevision', 'campaign.mustBeZero'),
    ]);
  }
  const head = await headOf(ports, definition.modelId);
  if (!head) return notAModel();
  const created: StoredCampaign = {
    ...planCreate(ports.ids.campaignId(), definition, head.version),
    createdAt: ports.clock.now(),
  };
  if ((await ports.campaigns.create(created)) === 'conflict') return staleCampaign();
  return ok(campaignView(created, false));
}

async function editCampaign(
  ports: Ports,
  id: string,
  definition: CampaignDefinition,
  baseRevision: number,
): Promise<Result<CampaignView>> {
  const existing = await ports.campaigns.read(id);
  if (!existing) return campaignMissing();
  const early = editRefusal(existing, baseRevision, definition);
  if (early) return refused(early);
  let headVersion: number | undefined;
  if (existing.status === 'draft') {
    const head = await headOf(ports, definition.modelId);
    if (!head) return notAModel();
    headVersion = head.version;
  }
  const hasAnswers = await ports.responses.hasAnswers(existing.id);
  const plan = planEdit(existing, definition, headVersion, hasAnswers);
  if (isRefusal(plan)) return refused(plan);
  if (plan.createPseudonymKey) await ports.pseudonyms.create(existing.id);
  if ((await ports.campaigns.update(plan.campaign, baseRevision)) === 'conflict') return staleCampaign();
  await inviteAudience(ports, plan.campaign, existing);
  return ok(campaignView(plan.campaign, hasAnswers));
}

export async function saveCampaign(
  { payload: { campaign: input, baseRevision } }: Request<'campaigns/save'>,
  ports: Ports,
): Promise<Result<CampaignView>> {
  const definition = normalizedDefinition(input);
  const problems = campaignDefinitionProblems(definition).map((p) =>
    issue(`campaign.${p.path}`, p.reason, p.params),
  );
  if (problems.length > 0) return fail('INVALID_PAYLOAD', 'campaign.inconsistent', undefined, problems);
  const unknown = await unknownPeople(ports, definition);
  if (unknown) return unknown;
  return input.id === undefined
    ? createCampaign(ports, definition, baseRevision)
    : editCampaign(ports, input.id, definition, baseRevision);
}
