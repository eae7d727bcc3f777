/**
 * A campaign's life: draft → open → closed. Pure planners, like `planWrite` and `planModelSave`: they decide from
 * what was read, the handler carries the plan out with conditional writes. No I/O, no Forge import.
 */
import { type Campaign } from './campaign';
import { unique } from '../common';
import { type AppRole } from '../roles';
import { criteriaOf, type EvaluationModel, markHeadInUse, type ModelHead } from '../model';
import type { SupplierModel } from '../supplier-model';

/** What an admin edits: everything but status, model version, binding, times and revision. */
export type CampaignDefinition = Pick<
  Campaign,
  | 'name'
  | 'period'
  | 'opensOn'
  | 'closesOn'
  | 'anonymous'
  | 'modelId'
  | 'audience'
  | 'team'
  | 'commentRequiredAtOrBelow'
  | 'reminders'
  | 'results'
> & { suppliers?: { enabled: boolean } };

/** Why a lifecycle step is refused. */
export type LifecycleRefusal =
  | { refusal: 'stale' }
  | { refusal: 'closed' }
  | { refusal: 'model-frozen' }
  | { refusal: 'suppliers-fixed' }
  | { refusal: 'anonymity-fixed' }
  | { refusal: 'audience-fixed' }
  | { refusal: 'not-draft'; status: Campaign['status'] }
  | { refusal: 'not-open'; status: Campaign['status'] };

export const isRefusal = (value: unknown): value is LifecycleRefusal =>
  typeof value === 'object' && value !== null && 'refusal' in value;

/** The definition as stored: people and departments once each, in the order the admin chose. */
export function normalizedDefinition(input: CampaignDefinition): CampaignDefinition {
  return {
    name: input.name,
    period: input.period,
    opensOn: input.opensOn,
    closesOn: input.closesOn,
    anonymous: input.anonymous,
    modelId: input.modelId,
    audience: {
      departments: input.audience.departments.map((d) => ({ ...d, members: unique(d.members) })),
      people: unique(input.audience.people),
    },
    team: input.team.map((m) => ({
      accountId: m.accountId,
      portfolio: { departments: unique(m.portfolio.departments), people: unique(m.portfolio.people) },
    })),
    commentRequiredAtOrBelow: input.commentRequiredAtOrBelow,
    ...(input.reminders
      ? {
          reminders: {
            afterOpening: [...new Set(input.reminders.afterOpening)].sort((a, b) => a - b),
            beforeClose: [...new Set(input.reminders.beforeClose)].sort((a, b) => a - b),
            cap: input.reminders.cap,
          },
        }
      : {}),
    ...(input.suppliers ? { suppliers: { enabled: input.suppliers.enabled } } : {}),
    results: {
      roles: unique(input.results.roles) as AppRole[],
      customersAfterClose: input.results.customersAfterClose,
      ...(input.results.minGroupSize !== undefined ? { minGroupSize: input.results.minGroupSize } : {}),
      ...(input.results.minCommentGroupSize !== undefined
        ? { minCommentGroupSize: input.results.minCommentGroupSize }
        : {}),
    },
  };
}

/** A new campaign: a draft on the model's latest version. */
export const planCreate = (id: string, definition: CampaignDefinition, headVersion: number): Campaign => ({
  id,
  ...definition,
  status: 'draft',
  modelVersion: headVersion,
  revision: 1,
});

/** What can be refused before reading anything else: a closed, stale or model-changing edit. */
export function editRefusal(
  existing: Campaign,
  baseRevision: number,
  definition: Pick<CampaignDefinition, 'modelId' | 'suppliers'>,
): LifecycleRefusal | undefined {
  if (existing.status === 'closed') return { refusal: 'closed' };
  if (existing.revision !== baseRevision) return { refusal: 'stale' };
  if (existing.status === 'open' && definition.modelId !== existing.modelId)
    return { refusal: 'model-frozen' };
  // Its supplier model is frozen when it opens (or is scheduled): switching it on later would have none.
  if (existing.status !== 'draft' && isSupplierEvaluated(definition) !== isSupplierEvaluated(existing))
    return { refusal: 'suppliers-fixed' };
  return undefined;
}

/**
 * Someone listed in a department is no longer in it (removed, moved, or the department gone). In an anonymous
 * campaign with answers that could shrink a department below the minimum group size after its answers kept it.
 */
function leavesADepartment(existing: Campaign, definition: CampaignDefinition): boolean {
  return existing.audience.departments.some((department) => {
    const next = definition.audience.departments.find((d) => d.id === department.id);
    return !next || department.members.some((member) => !next.members.includes(member));
  });
}

/**
 * An edit of an existing draft or open campaign. A draft follows the model's latest version (`headVersion`); an
 * open one keeps its frozen version. Anonymity is fixed once answers exist; an open campaign turning anonymous
 * needs its pseudonym key before the first anonymous answer.
 */
export function planEdit<C extends Campaign>(
  existing: C,
  definition: CampaignDefinition,
  headVersion: number | undefined,
  hasAnswers: boolean,
): LifecycleRefusal | { campaign: C; createPseudonymKey: boolean } {
  const answered = hasAnswers || existing.answered === true;
  if (definition.anonymous !== existing.anonymous && answered) return { refusal: 'anonymity-fixed' };
  if (existing.anonymous && answered && leavesADepartment(existing, definition))
    return { refusal: 'audience-fixed' };
  const { suppliers: _kept, ...rest } = { ...existing, ...definition };
  // A draft takes the option as edited (absent: off); later it is fixed and keeps its frozen model version.
  const suppliers = existing.status === 'draft' ? definition.suppliers : existing.suppliers;
  return {
    campaign: {
      ...(rest as C),
      ...(suppliers ? { suppliers } : {}),
      modelVersion:
        existing.status === 'draft' && headVersion !== undefined ? headVersion : existing.modelVersion,
      revision: existing.revision + 1,
    },
    createPseudonymKey:
      (existing.status === 'open' || existing.status === 'scheduled') &&
      definition.anonymous &&
      !existing.anonymous,
  };
}

/**
 * Opening freezes the model's latest version (and its criterion ids) into the campaign and marks it used in the
 * head. Before its opening day (UTC `today`) the campaign is scheduled instead: the hourly job opens it on the day.
 */
export function planOpen<C extends Campaign>(
  campaign: C,
  baseRevision: number,
  models: { head: ModelHead; model: EvaluationModel; supplier?: { head: ModelHead; model: SupplierModel } },
  now: number,
  today: string,
):
  LifecycleRefusal | { campaign: C; head: ModelHead; supplierHead?: ModelHead; createPseudonymKey: boolean } {
  if (campaign.revision !== baseRevision) return { refusal: 'stale' };
  if (campaign.status !== 'draft') return { refusal: 'not-draft', status: campaign.status };
  const { head, model } = models;
  const scheduled = campaign.opensOn > today;
  const supplier = isSupplierEvaluated(campaign) ? models.supplier : undefined;
  return {
    campaign: {
      ...campaign,
      status: scheduled ? 'scheduled' : 'open',
      modelVersion: head.version,
      criterionIds: criteriaOf(model).map(({ criterion }) => criterion.id),
      ...(supplier ? { suppliers: frozenSupplierOption(supplier) } : {}),
      ...(scheduled ? {} : { openedAt: now }),
      revision: campaign.revision + 1,
    },
    head: markHeadInUse(head, campaign.id),
    ...(supplier ? { supplierHead: markHeadInUse(supplier.head, campaign.id) } : {}),
    createPseudonymKey: campaign.anonymous,
  };
}

const frozenSupplierOption = ({ head, model }: { head: ModelHead; model: SupplierModel }) => ({
  enabled: true,
  modelVersion: head.version,
  criterionIds: model.criteria.map((c) => c.id),
  commentRequiredAtOrBelow: model.commentRequiredAtOrBelow,
});

/** The campaign asks for supplier ratings (the option is off when absent). */
export const isSupplierEvaluated = (campaign: Pick<Campaign, 'suppliers'>): boolean =>
  campaign.suppliers?.enabled === true;

/** A scheduled campaign whose opening day has come (UTC `today`) opens: the hourly job. */
export function planScheduledOpen<C extends Campaign>(
  campaign: C,
  today: string,
  now: number,
): C | undefined {
  if (campaign.status !== 'scheduled' || campaign.opensOn > today) return undefined;
  return { ...campaign, status: 'open', openedAt: now, revision: campaign.revision + 1 };
}

/** Closing, by an admin (`baseRevision` is what they saw) or by the scheduled job (the revision it read). */
export function planClose<C extends Campaign>(
  campaign: C,
  baseRevision: number,
  now: number,
): LifecycleRefusal | C {
  if (campaign.revision !== baseRevision) return { refusal: 'stale' };
  if (campaign.status !== 'open') return { refusal: 'not-open', status: campaign.status };
  return { ...campaign, status: 'closed', closedAt: now, revision: campaign.revision + 1 };
}
