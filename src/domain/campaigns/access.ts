/**
 * Who may do what on a campaign, and in which of its states: the one policy every campaign endpoint applies
 * (through `enterCampaign` in features/common). Results have finer rules (what a customer sees of them) that build
 * on the same standing: see domain/results/access.ts.
 *
 * A refusal is one of two kinds. Someone the rule does not entitle learns nothing, not even that the campaign
 * exists (`not-entitled`, answered as a missing campaign). The entitled are told why not now, or why not them
 * (`refused` with the reason's key, which src/shared/reasons.ts words).
 */
import type { AppRole } from '../roles';
import {
  eligibilityOf,
  isTeamMember,
  type Campaign,
  type CampaignStatus,
  type Eligibility,
} from './campaign';

/** Who the caller is for one campaign. */
export interface Standing {
  admin: boolean;
  quality: boolean;
  /** Listed in the campaign's team *and* holding the app's team role: removing the role removes the access. */
  team: boolean;
  eligibility: Eligibility;
}

export function standingOf(campaign: Campaign, roles: readonly AppRole[], accountId: string): Standing {
  return {
    admin: roles.includes('admin'),
    quality: roles.includes('quality'),
    team: roles.includes('team') && isTeamMember(campaign, accountId),
    eligibility: eligibilityOf(campaign, accountId),
  };
}

/** Admins and quality managers read every campaign; a buyer the campaigns whose team they are. */
export const readsCampaign = (s: Standing): boolean => s.admin || s.quality || s.team;
export const inAudience = (s: Standing): boolean => s.eligibility.kind !== 'not-in-audience';
/** Admins, and the campaign's own team: who runs it (binds its macro, works on its plan). */
export const runsCampaign = (s: Standing): boolean => s.admin || s.team;

interface Rule {
  /** Who may know the campaign exists for this: everyone else gets "does not exist". */
  entitled: (s: Standing) => boolean;
  /** The states it is possible in, and the reason given to the entitled otherwise. */
  states?: { in: readonly CampaignStatus[]; otherwise: CampaignRefusal };
  /** Among the entitled, who may do it, and the reason given to the others. */
  may?: { who: (s: Standing) => boolean; otherwise: CampaignRefusal };
}

export type CampaignRefusal =
  'plan.notClosed' | 'forbidden.editPlan' | 'reminders.notOpen' | 'reminders.forTeam';

const CLOSED = { in: ['closed'], otherwise: 'plan.notClosed' } as const;

/** The policy: one line per capability. */
export const CAMPAIGN_POLICY = {
  /** See the campaign's definition, its participation, and bind a macro to it (binding also needs the role). */
  read: { entitled: readsCampaign },
  /** Enter its survey macro: its audience, and those who read the campaign (the macro then checks the binding). */
  enterSurvey: { entitled: (s) => inAudience(s) || readsCampaign(s) },
  /** Bind a survey macro: admins, and the campaign's own team. */
  bind: { entitled: runsCampaign },
  /** Read the improvement plan and its follow-up: once closed. */
  readPlan: { entitled: readsCampaign, states: CLOSED },
  /** Draft, select, weigh, create issues, adjust: admins and the campaign's team, once closed. */
  editPlan: {
    entitled: readsCampaign,
    states: CLOSED,
    may: { who: runsCampaign, otherwise: 'forbidden.editPlan' },
  },
  /**
   * Record a review of the plan's progress: every reader of the plan, quality managers included (a review is
   * evidence they bring to the management review; it freezes the plan's state and changes nothing in it).
   */
  recordReview: { entitled: readsCampaign, states: CLOSED },
  /** Remind customers of one's portfolio to answer: the campaign's own buyers, while it is open. */
  remind: {
    entitled: readsCampaign,
    states: { in: ['open'], otherwise: 'reminders.notOpen' },
    may: { who: (s) => s.team, otherwise: 'reminders.forTeam' },
  },
  /** The customers' commitments: the audience and the campaign's readers, once closed. */
  readCommitments: { entitled: (s) => inAudience(s) || readsCampaign(s), states: CLOSED },
} satisfies Record<string, Rule>;

export type CampaignCapability = keyof typeof CAMPAIGN_POLICY;

export type CampaignDecision =
  | { kind: 'allowed'; standing: Standing }
  | { kind: 'not-entitled' }
  | { kind: 'refused'; reason: CampaignRefusal };

export function decide(
  capability: CampaignCapability,
  campaign: Campaign,
  standing: Standing,
): CampaignDecision {
  const rule: Rule = CAMPAIGN_POLICY[capability];
  if (!rule.entitled(standing)) return { kind: 'not-entitled' };
  if (rule.states && !rule.states.in.includes(campaign.status)) {
    return { kind: 'refused', reason: rule.states.otherwise };
  }
  if (rule.may && !rule.may.who(standing)) return { kind: 'refused', reason: rule.may.otherwise };
  return { kind: 'allowed', standing };
}
