/**
 * Campaigns: one yearly measurement, its audience, the procurement team and the rules answers follow.
 * Pure data and functions: no I/O, no Forge import.
 */

/**
 * `scheduled`: opened by an admin before its opening day; the hourly job opens it on that day (UTC). Its model
 * version is frozen when it is scheduled, as when it opens.
 */
import type { DefinitionProblem } from '../common';
import type { LocalizedText } from '../model';
import type { AppRole } from '../roles';

export type CampaignStatus = 'draft' | 'scheduled' | 'open' | 'closed';

export interface Department {
  id: string;
  /** Both languages, like the model: a French reader sees "Ingénierie", not "Engineering". */
  name: LocalizedText;
  /** Account ids of the department's members in the audience. */
  members: string[];
}

export interface Audience {
  departments: Department[];
  /** People invited who are not listed in a department: they choose their department when answering. */
  people: string[];
}

/** The days a campaign reminds its invited people (page banner), counted from its opening and back from its close. */
export interface ReminderSchedule {
  /** Days after the opening day (0 = the opening day itself). */
  afterOpening: number[];
  /** Days before the closing day (2 = two days before it). */
  beforeClose: number[];
  /** How many times a buyer may remind one person in one campaign. */
  cap: number;
}

export interface TeamMember {
  accountId: string;
  /** The direct customers this buyer serves: whole departments (ids) and/or individual people. */
  portfolio: { departments: string[]; people: string[] };
}

/**
 * Whether the survey asks customers to rate the suppliers they use. Chosen while a draft; the supplier model's
 * version is frozen into it at the opening (or scheduling), as the evaluation model's is.
 */
export interface SupplierEvaluationOption {
  enabled: boolean;
  modelVersion?: number;
  /**
   * Set with `modelVersion`: the frozen model's criterion ids and comment rule, what ratings are checked against
   * without reading the model (a save stays at two storage round trips).
   */
  criterionIds?: string[];
  commentRequiredAtOrBelow?: 0 | 1 | 2;
}

export interface Campaign {
  id: string;
  name: LocalizedText;
  /** The measured period, e.g. "2026". */
  period: string;
  /** Calendar days, YYYY-MM-DD (the site's day): opening is an explicit action, closing is scheduled too. */
  opensOn: string;
  closesOn: string;
  status: CampaignStatus;
  /** Fixed once the first answer exists. */
  anonymous: boolean;
  modelId: string;
  /** The model version frozen when the campaign opened; the latest version while it is a draft. */
  modelVersion: number;
  audience: Audience;
  team: TeamMember[];
  /** A fact-based comment is required for ratings at or below this level (0 = never). Default 2. */
  commentRequiredAtOrBelow: 0 | 1 | 2 | 3;
  results: {
    /** Roles that see results beyond their own answer. */
    roles: AppRole[];
    /** Customers of the audience see the results once the campaign is closed. */
    customersAfterClose: boolean;
    /** The minimum group size of every breakdown (default 5, never below 3). */
    minGroupSize?: number;
    /** The minimum group size for comments shown by group (default 10, never below 3). */
    minCommentGroupSize?: number;
  };
  /** The page and macro instance the survey lives on, recorded when an admin or team member binds it. */
  binding?: { contentId: string; localId: string };
  /**
   * The frozen model's criterion ids, in order, set when the campaign opens (or is scheduled): what answers are
   * checked against without reading the model. Absent on campaigns opened before it existed.
   */
  criterionIds?: string[];
  /**
   * Set by the first answer's write, in the same transaction: from then on anonymity cannot change. A flag on the
   * campaign record (not a query of the answers) so that the change of anonymity and a first answer conflict.
   */
  answered?: boolean;
  /** When the page banner reminds invited people, and how often buyers may; the default schedule when absent. */
  reminders?: ReminderSchedule;
  /** The survey's "Suppliers you use" step; off when absent (campaigns made before it existed). */
  suppliers?: SupplierEvaluationOption;
  /** Set when opened / closed (epoch ms). */
  openedAt?: number;
  closedAt?: number;
  /** Optimistic concurrency: every write increments it. */
  revision: number;
}

/** Who a person is for a campaign's survey. */
export type Eligibility =
  { kind: 'member'; departmentId: string } | { kind: 'choose-department' } | { kind: 'not-in-audience' };

export function eligibilityOf(campaign: Campaign, accountId: string): Eligibility {
  const department = campaign.audience.departments.find((d) => d.members.includes(accountId));
  if (department) return { kind: 'member', departmentId: department.id };
  if (campaign.audience.people.includes(accountId)) return { kind: 'choose-department' };
  return { kind: 'not-in-audience' };
}

export const isTeamMember = (campaign: Campaign, accountId: string): boolean =>
  campaign.team.some((member) => member.accountId === accountId);

/** Everyone invited, once each. */
export function invitedPeople(campaign: Campaign): string[] {
  return [
    ...new Set([...campaign.audience.departments.flatMap((d) => d.members), ...campaign.audience.people]),
  ];
}

/** The people a buyer serves: members of the portfolio's departments plus the portfolio's people, once each. */
export function portfolioPeople(campaign: Campaign, buyerAccountId: string): string[] {
  const member = campaign.team.find((m) => m.accountId === buyerAccountId);
  if (!member) return [];
  const fromDepartments = campaign.audience.departments
    .filter((d) => member.portfolio.departments.includes(d.id))
    .flatMap((d) => d.members);
  return [...new Set([...fromDepartments, ...member.portfolio.people])];
}

/**
 * What a schema cannot check alone: department ids are unique, a person is in one department at most, a buyer
 * appears once and their portfolio names departments of the audience.
 */
export function campaignDefinitionProblems(
  campaign: Pick<Campaign, 'audience' | 'team'>,
): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const departmentIds = new Set<string>();
  const placed = new Set<string>();
  campaign.audience.departments.forEach((department, i) => {
    if (departmentIds.has(department.id))
      problems.push({ path: `audience.departments.${i}.id`, reason: 'campaign.departmentIdTaken' });
    departmentIds.add(department.id);
    for (const member of department.members) {
      if (placed.has(member))
        problems.push({
          path: `audience.departments.${i}.members`,
          reason: 'campaign.inTwoDepartments',
          params: { accountId: member },
        });
      placed.add(member);
    }
  });
  const buyers = new Set<string>();
  campaign.team.forEach((member, i) => {
    if (buyers.has(member.accountId))
      problems.push({ path: `team.${i}.accountId`, reason: 'campaign.buyerTwice' });
    buyers.add(member.accountId);
    member.portfolio.departments.forEach((id, j) => {
      if (!departmentIds.has(id))
        problems.push({ path: `team.${i}.portfolio.departments.${j}`, reason: 'campaign.notADepartment' });
    });
  });
  return problems;
}

/** An open campaign whose closing day is over (strictly before today) is closed by the scheduled job. */
export const isDueForClose = (campaign: Pick<Campaign, 'status' | 'closesOn'>, today: string): boolean =>
  campaign.status === 'open' && campaign.closesOn < today;
