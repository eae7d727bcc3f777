/**
 * Campaigns: one yearly measurement, its audience, the procurement team and the rules answers follow.
 * Pure data and functions: no I/O, no Forge import.
 */

export type CampaignStatus = 'draft' | 'open' | 'closed';
export type AppRole = 'admin' | 'team' | 'quality';

export interface Department {
  id: string;
  name: string;
  /** Account ids of the department's members in the audience. */
  members: string[];
}

export interface Audience {
  departments: Department[];
  /** People invited who are not listed in a department: they choose their department when answering. */
  people: string[];
}

export interface TeamMember {
  accountId: string;
  /** The direct customers this buyer serves: whole departments (ids) and/or individual people. */
  portfolio: { departments: string[]; people: string[] };
}

export interface Campaign {
  id: string;
  name: string;
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
  };
  /** The page and macro instance the survey lives on, recorded when an admin or team member binds it. */
  binding?: { contentId: string; localId: string };
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
