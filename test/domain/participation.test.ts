import type { Campaign } from '../../src/domain/campaign';
import { participationOf, reminderOf, type ResponseFact } from '../../src/domain/participation';
import { toCampaign } from '../../src/adapters/records';
import { aCampaign, PEOPLE } from '../helpers/builders';

const campaign = (overrides: Partial<Campaign> = {}): Campaign => ({
  ...toCampaign(aCampaign()),
  ...overrides,
});
const fact = (respondentKey: string, overrides: Partial<ResponseFact> = {}): ResponseFact => ({
  kind: 'customer',
  status: 'submitted',
  respondentKey,
  ...overrides,
});

describe('participationOf', () => {
  it('named: exact rates and who has not answered; drafts, self-assessments and outsiders do not count', () => {
    const result = participationOf(campaign(), [
      fact(PEOPLE.alice, { departmentId: 'engineering' }),
      fact(PEOPLE.farid, { status: 'draft' }),
      fact(PEOPLE.grace, { kind: 'self' }),
      fact(PEOPLE.emma),
      fact(PEOPLE.david, { departmentId: 'production' }),
    ]);
    expect(result.overall).toEqual({ invited: 5, responded: 2 });
    expect(result.departments.map((d) => [d.id, d.invited, d.responded])).toEqual([
      ['engineering', 2, 1],
      ['production', 1, 0],
      ['finance', 1, 0],
    ]);
    expect(result.portfolios).toEqual([
      { buyerAccountId: PEOPLE.grace, invited: 3, responded: 2, pending: [PEOPLE.farid] },
      { buyerAccountId: PEOPLE.hugo, invited: 2, responded: 0, pending: [PEOPLE.bruno, PEOPLE.chloe] },
    ]);
  });

  it('anonymous: rates from the department each answer carries, never who has not answered', () => {
    const result = participationOf(campaign({ anonymous: true }), [
      fact('p1', { departmentId: 'engineering' }),
      fact('p2', { departmentId: 'engineering' }),
      fact('p3', { departmentId: 'finance' }),
      fact('p4', { departmentId: 'finance', status: 'draft' }),
    ]);
    expect(result.overall).toEqual({ invited: 5, responded: 3 });
    expect(result.departments.map((d) => d.responded)).toEqual([2, 0, 1]);
    expect(result.portfolios).toEqual([
      { buyerAccountId: PEOPLE.grace, invited: 3, responded: 2, pending: null },
      { buyerAccountId: PEOPLE.hugo, invited: 2, responded: 1, pending: null },
    ]);
  });

  it('answers zero rates for a campaign without answers', () => {
    const result = participationOf(campaign(), []);
    expect(result.overall).toEqual({ invited: 5, responded: 0 });
    expect(result.portfolios.every((p) => p.responded === 0)).toBe(true);
  });
});

describe('reminderOf', () => {
  it('names the campaign, its close date and the page, in the reader’s language', () => {
    const en = reminderOf(campaign(), 'https://x.atlassian.net/wiki/p/1', 'en-US');
    expect(en.subject).toBe('Reminder: Procurement satisfaction 2026, survey open until 2026-02-28');
    expect(en.body).toContain('https://x.atlassian.net/wiki/p/1');
    const fr = reminderOf(campaign(), null, 'fr-FR');
    expect(fr.subject).toContain('Rappel');
    expect(fr.body).toContain('2026-02-28');
    expect(fr.body).not.toContain('http');
  });
});
