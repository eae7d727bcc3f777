/**
 * Participation: who was invited to a campaign's survey and who has answered, overall, per department and per
 * buyer portfolio. Pure data and functions: no I/O, no Forge import.
 */
import { invitedPeople, portfolioPeople, type Campaign } from '../campaigns';
import type { LocalizedText } from '../model';
import type { ResponseKind, ResponseStatus } from '../survey';

/** What participation needs to know of one stored response (never its answers). */
export interface ResponseFact {
  kind: ResponseKind;
  status: ResponseStatus;
  /** The account id in a named campaign; a pseudonym in an anonymous one. */
  respondentKey: string;
  departmentId?: string;
}

export interface Rate {
  invited: number;
  responded: number;
}

/**
 * Minimum group size k for the breakdowns of an anonymous campaign, on the number of people invited (DOMAIN:
 * default 5, never below 3). A smaller group's answers would tell who answered.
 */
export const MIN_GROUP_SIZE = 5;

/**
 * The rate of one group of a breakdown: shown, or hidden ("below threshold") with only its invited count. Never a
 * zero standing for a hidden count.
 */
export type GroupRate = (Rate & { hidden?: undefined }) | { invited: number; responded: null; hidden: true };

export interface Participation {
  /** Hidden too in an anonymous campaign of fewer than `MIN_GROUP_SIZE` invited people (one person = 1/1). */
  overall: GroupRate;
  /** The minimum group size applied to the breakdowns: anonymous campaigns only (null when named). */
  threshold: number | null;
  departments: (GroupRate & { id: string; name: LocalizedText })[];
  /** People invited but not listed in any department: named campaigns with such people only (else null). */
  unlisted: Rate | null;
  portfolios: (GroupRate & {
    buyerAccountId: string;
    /** Account ids of the portfolio's people who have not submitted: named campaigns only. */
    pending: string[] | null;
  })[];
}

const hide = (invited: number): GroupRate => ({ invited, responded: null, hidden: true });

/**
 * Where an anonymous answer records its department: the department itself when at least `MIN_GROUP_SIZE` people
 * are invited in it, else the "small groups" bucket, so that a stored answer never points at a group that small
 * (once the campaign closes and its key is destroyed, nothing else could tell who it was, but the department
 * would). Named campaigns keep the department.
 */
export const SMALL_GROUPS = '_small-groups';

export function storedDepartmentOf(
  campaign: Pick<Campaign, 'anonymous' | 'audience'>,
  departmentId: string,
): string {
  if (!campaign.anonymous) return departmentId;
  const department = campaign.audience.departments.find((d) => d.id === departmentId);
  const invited = department ? new Set(department.members).size : 0;
  return invited >= MIN_GROUP_SIZE ? departmentId : SMALL_GROUPS;
}

/**
 * Which rows of a breakdown to hide: those of fewer than `k` invited people (or `alsoHidden`), and, when that
 * leaves exactly one hidden row, the smallest visible row too (complementary suppression): otherwise the total
 * minus the visible rows would give the hidden one away. Two or more hidden rows only ever reveal their sum.
 */
export function suppressed(
  rows: readonly Rate[],
  k: number,
  alsoHidden: (index: number) => boolean = () => false,
): boolean[] {
  const hidden = rows.map((row, i) => row.invited < k || alsoHidden(i));
  if (hidden.filter(Boolean).length !== 1) return hidden;
  let next = -1;
  rows.forEach((row, i) => {
    if (!hidden[i] && (next < 0 || row.invited < rows[next]!.invited)) next = i;
  });
  if (next >= 0) hidden[next] = true;
  return hidden;
}

/**
 * Response rates: submitted customer answers ÷ invited people (drafts and self-assessments do not count).
 *
 * In a named campaign the respondent key is the account id, so every rate is exact: a department counts its members,
 * people not listed in a department have a row of their own (never counted in the department they chose), a
 * portfolio counts its people. Nothing is hidden: buyers follow up by name.
 *
 * In an anonymous campaign no answer can be tied to a person: a department counts the answers carrying it (people not
 * listed in a department answer for the department they chose, so a count is capped at the department's invited
 * people), a portfolio counts the answers of its departments (capped at its invited people), and who has not
 * answered is never shown. Breakdowns follow DOMAIN's anonymity rule: a group of fewer than `MIN_GROUP_SIZE`
 * invited people is hidden, with complementary suppression (see `suppressed`), and a portfolio that counts a hidden
 * department is hidden too (else portfolio − visible departments would give it away), so every visible portfolio
 * count is a sum of visible department counts.
 */
export function participationOf(campaign: Campaign, responses: readonly ResponseFact[]): Participation {
  const submitted = responses.filter((r) => r.kind === 'customer' && r.status === 'submitted');
  return campaign.anonymous
    ? anonymousParticipation(campaign, submitted)
    : namedParticipation(campaign, submitted);
}

/** Named campaigns: exact counts everywhere, and who has not answered yet. */
function namedParticipation(campaign: Campaign, submitted: readonly ResponseFact[]): Participation {
  const invited = invitedPeople(campaign);
  const invitedSet = new Set(invited);
  const responded = new Set(submitted.map((r) => r.respondentKey).filter((key) => invitedSet.has(key)));
  const rateOf = (people: readonly string[]): Rate => ({
    invited: people.length,
    responded: people.filter((p) => responded.has(p)).length,
  });
  const listed = new Set(campaign.audience.departments.flatMap((d) => d.members));
  const unlisted = invited.filter((p) => !listed.has(p));
  return {
    overall: rateOf(invited),
    threshold: null,
    departments: campaign.audience.departments.map((d) => ({
      id: d.id,
      name: d.name,
      ...rateOf([...new Set(d.members)]),
    })),
    unlisted: unlisted.length > 0 ? rateOf(unlisted) : null,
    portfolios: campaign.team.map((member) => {
      const people = portfolioPeople(campaign, member.accountId).filter((p) => invitedSet.has(p));
      return {
        buyerAccountId: member.accountId,
        ...rateOf(people),
        pending: people.filter((p) => !responded.has(p)),
      };
    }),
  };
}

/** Anonymous campaigns: counts per department from the answers themselves, under the minimum group size. */
function anonymousParticipation(campaign: Campaign, submitted: readonly ResponseFact[]): Participation {
  const invited = invitedPeople(campaign);
  const invitedSet = new Set(invited);
  const k = MIN_GROUP_SIZE;
  const byDepartment = new Map<string, number>();
  for (const response of submitted) {
    if (response.departmentId === undefined) continue;
    byDepartment.set(response.departmentId, (byDepartment.get(response.departmentId) ?? 0) + 1);
  }
  const respondedTotal = Math.min(invited.length, new Set(submitted.map((r) => r.respondentKey)).size);

  const departments = campaign.audience.departments.map((d) => {
    const members = new Set(d.members).size;
    return {
      id: d.id,
      name: d.name,
      invited: members,
      responded: Math.min(members, byDepartment.get(d.id) ?? 0),
    };
  });
  const departmentHidden = suppressed(departments, k);
  const hiddenDepartments = new Set(departments.filter((_, i) => departmentHidden[i]).map((d) => d.id));
  const departmentCount = new Map(departments.map((d) => [d.id, d.responded]));

  const portfolios = campaign.team.map((member) => {
    const people = portfolioPeople(campaign, member.accountId).filter((p) => invitedSet.has(p));
    const fromDepartments = [...new Set(member.portfolio.departments)].reduce(
      (n, id) => n + (departmentCount.get(id) ?? 0),
      0,
    );
    return {
      buyerAccountId: member.accountId,
      invited: people.length,
      responded: Math.min(people.length, fromDepartments),
      countsHidden: member.portfolio.departments.some((id) => hiddenDepartments.has(id)),
    };
  });
  const portfolioHidden = suppressed(portfolios, k, (i) => portfolios[i]!.countsHidden);

  return {
    overall:
      invited.length < k ? hide(invited.length) : { invited: invited.length, responded: respondedTotal },
    threshold: k,
    departments: departments.map((d, i) =>
      departmentHidden[i] ? { id: d.id, name: d.name, ...hide(d.invited) } : d,
    ),
    unlisted: null,
    portfolios: portfolios.map((p, i) => ({
      buyerAccountId: p.buyerAccountId,
      ...(portfolioHidden[i] ? hide(p.invited) : { invited: p.invited, responded: p.responded }),
      pending: null,
    })),
  };
}
