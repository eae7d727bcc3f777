/**
 * Participation: who was invited to a campaign's survey and who has answered, overall, per department and per
 * buyer portfolio, plus the reminder a buyer copies. Pure data and functions: no I/O, no Forge import.
 */
import { invitedPeople, portfolioPeople, type Campaign } from './campaign';
import type { ResponseKind, ResponseStatus } from './response';

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

export interface Participation {
  overall: Rate;
  departments: (Rate & { id: string; name: string })[];
  portfolios: (Rate & {
    buyerAccountId: string;
    /** Account ids of the portfolio's people who have not submitted: named campaigns only. */
    pending: string[] | null;
  })[];
}

/**
 * Response rates: submitted customer answers ÷ invited people (drafts and self-assessments do not count).
 *
 * In a named campaign the respondent key is the account id, so every rate is exact. In an anonymous campaign no
 * answer can be tied to a person: rates come from the department each answer carries, people not listed in a
 * department count in the department they chose, and a portfolio counts the answers of its departments (capped at
 * its invited people); who has not answered is never shown.
 */
export function participationOf(campaign: Campaign, responses: readonly ResponseFact[]): Participation {
  const invited = invitedPeople(campaign);
  const invitedSet = new Set(invited);
  const submitted = responses.filter((r) => r.kind === 'customer' && r.status === 'submitted');

  if (!campaign.anonymous) {
    const responded = new Set(submitted.map((r) => r.respondentKey).filter((key) => invitedSet.has(key)));
    const rateOf = (people: readonly string[]): Rate => ({
      invited: people.length,
      responded: people.filter((p) => responded.has(p)).length,
    });
    return {
      overall: rateOf(invited),
      departments: campaign.audience.departments.map((d) => ({
        id: d.id,
        name: d.name,
        ...rateOf([...new Set(d.members)]),
      })),
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

  const byDepartment = new Map<string, number>();
  for (const response of submitted) {
    if (response.departmentId === undefined) continue;
    byDepartment.set(response.departmentId, (byDepartment.get(response.departmentId) ?? 0) + 1);
  }
  const respondedTotal = Math.min(invited.length, new Set(submitted.map((r) => r.respondentKey)).size);
  return {
    overall: { invited: invited.length, responded: respondedTotal },
    departments: campaign.audience.departments.map((d) => ({
      id: d.id,
      name: d.name,
      invited: new Set(d.members).size,
      responded: byDepartment.get(d.id) ?? 0,
    })),
    portfolios: campaign.team.map((member) => {
      const people = portfolioPeople(campaign, member.accountId).filter((p) => invitedSet.has(p));
      const fromDepartments = member.portfolio.departments.reduce(
        (n, id) => n + (byDepartment.get(id) ?? 0),
        0,
      );
      return {
        buyerAccountId: member.accountId,
        invited: people.length,
        responded: Math.min(people.length, fromDepartments),
        pending: null,
      };
    }),
  };
}

export type ReminderLocale = 'en-US' | 'fr-FR';

/** The ready reminder a buyer copies into an e-mail or a chat message. */
export function reminderOf(
  campaign: Pick<Campaign, 'name' | 'closesOn'>,
  pageUrl: string | null,
  locale: ReminderLocale,
): { subject: string; body: string } {
  const link = pageUrl ?? '';
  if (locale === 'fr-FR') {
    return {
      subject: `Rappel : ${campaign.name}, enquête ouverte jusqu’au ${campaign.closesOn}`,
      body: [
        'Bonjour,',
        '',
        `Votre avis sur les Achats compte. L’enquête « ${campaign.name} » est ouverte jusqu’au ${campaign.closesOn}.`,
        'Elle prend une dizaine de minutes ; merci d’appuyer chaque note sur des faits.',
        ...(link ? ['', `Répondre : ${link}`] : []),
        '',
        'Merci !',
      ].join('\n'),
    };
  }
  return {
    subject: `Reminder: ${campaign.name}, survey open until ${campaign.closesOn}`,
    body: [
      'Hello,',
      '',
      `Your view of Procurement matters. The survey "${campaign.name}" is open until ${campaign.closesOn}.`,
      'It takes about ten minutes; please back each rating with facts.',
      ...(link ? ['', `Answer here: ${link}`] : []),
      '',
      'Thank you!',
    ].join('\n'),
  };
}
