import type { Campaign } from '../../../src/domain/campaigns/campaign';
import {
  MIN_GROUP_SIZE,
  participationOf,
  suppressed,
  type ResponseFact,
} from '../../../src/domain/participation/participation';
import { fromCampaignRecord } from '../../../src/adapters/records/campaign';
import { aCampaign } from '../../helpers/builders';
import { PEOPLE } from '../../helpers/people';

const campaign = (overrides: Partial<Campaign> = {}): Campaign => ({
  ...fromCampaignRecord(aCampaign()),
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
    // David is not listed in a department: his own row, not the department he chose; rows add up to the overall.
    expect(result.unlisted).toEqual({ invited: 1, responded: 1 });
    expect(result.threshold).toBeNull();
    expect(result.departments.every((d) => d.hidden === undefined)).toBe(true);
    expect(result.portfolios).toEqual([
      { buyerAccountId: PEOPLE.grace, invited: 3, responded: 2, pending: [PEOPLE.farid] },
      { buyerAccountId: PEOPLE.hugo, invited: 2, responded: 0, pending: [PEOPLE.bruno, PEOPLE.chloe] },
    ]);
  });

  it('named: nothing is hidden, however small the group', () => {
    const result = participationOf(campaign(), [fact(PEOPLE.bruno)]);
    expect(result.departments.find((d) => d.id === 'production')).toEqual({
      id: 'production',
      name: { 'en-US': 'Production', 'fr-FR': 'Production' },
      invited: 1,
      responded: 1,
    });
  });

  it('anonymous: every group below the threshold is hidden, never shown as 0, and who has not answered never', () => {
    const result = participationOf(campaign({ anonymous: true }), [
      fact('p1', { departmentId: 'engineering' }),
      fact('p2', { departmentId: 'engineering' }),
      fact('p3', { departmentId: 'finance' }),
      fact('p4', { departmentId: 'finance', status: 'draft' }),
    ]);
    expect(result.overall).toEqual({ invited: 5, responded: 3 });
    expect(result.threshold).toBe(MIN_GROUP_SIZE);
    expect(result.unlisted).toBeNull();
    expect(result.departments).toEqual([
      {
        id: 'engineering',
        name: { 'en-US': 'Engineering', 'fr-FR': 'Ingénierie' },
        invited: 2,
        responded: null,
        hidden: true,
      },
      {
        id: 'production',
        name: { 'en-US': 'Production', 'fr-FR': 'Production' },
        invited: 1,
        responded: null,
        hidden: true,
      },
      {
        id: 'finance',
        name: { 'en-US': 'Finance', 'fr-FR': 'Finance' },
        invited: 1,
        responded: null,
        hidden: true,
      },
    ]);
    expect(result.portfolios).toEqual([
      { buyerAccountId: PEOPLE.grace, invited: 3, responded: null, hidden: true, pending: null },
      { buyerAccountId: PEOPLE.hugo, invited: 2, responded: null, hidden: true, pending: null },
    ]);
  });

  const people = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
  const large = (): Campaign =>
    campaign({
      anonymous: true,
      audience: {
        departments: [
          {
            id: 'engineering',
            name: { 'en-US': 'Engineering', 'fr-FR': 'Engineering' },
            members: people('eng', 9),
          },
          {
            id: 'production',
            name: { 'en-US': 'Production', 'fr-FR': 'Production' },
            members: people('prod', 6),
          },
          { id: 'finance', name: { 'en-US': 'Finance', 'fr-FR': 'Finance' }, members: people('fin', 2) },
          { id: 'legal', name: { 'en-US': 'Legal', 'fr-FR': 'Legal' }, members: people('legal', 7) },
        ],
        people: ['farid'],
      },
      team: [
        { accountId: PEOPLE.grace, portfolio: { departments: ['engineering'], people: ['farid'] } },
        { accountId: PEOPLE.hugo, portfolio: { departments: ['production', 'finance'], people: [] } },
        { accountId: PEOPLE.ines, portfolio: { departments: ['legal'], people: [] } },
      ],
    });
  const answers = (departmentId: string, n: number) =>
    Array.from({ length: n }, (_, i) => fact(`${departmentId}-key-${i}`, { departmentId }));

  it('anonymous: one hidden department takes the next-smallest visible one with it (no back-calculation)', () => {
    const result = participationOf(large(), [
      ...answers('engineering', 4),
      ...answers('production', 3),
      ...answers('finance', 1),
      ...answers('legal', 2),
    ]);
    expect(result.overall).toEqual({ invited: 25, responded: 10 });
    // Finance (2 invited) is under k; Production (6), the smallest visible, is hidden too: 10 − 4 − 2 = 4 is only
    // the sum of the two.
    expect(result.departments.map((d) => [d.id, d.invited, d.responded])).toEqual([
      ['engineering', 9, 4],
      ['production', 6, null],
      ['finance', 2, null],
      ['legal', 7, 2],
    ]);
    // Hugo's portfolio counts hidden departments: hidden although 8 are invited (else it would give them away).
    // Grace's and Inès's count visible departments only; then one hidden portfolio takes the smallest visible.
    expect(result.portfolios.map((p) => [p.invited, p.responded])).toEqual([
      [10, 4],
      [8, null],
      [7, null],
    ]);
  });

  it('anonymous: a department count never exceeds its invited people (unlisted people answer for one they choose)', () => {
    const result = participationOf(large(), [...answers('legal', 8)]);
    expect(result.departments.find((d) => d.id === 'legal')).toEqual({
      id: 'legal',
      name: { 'en-US': 'Legal', 'fr-FR': 'Legal' },
      invited: 7,
      responded: 7,
    });
  });

  it('answers zero rates for a campaign without answers', () => {
    const result = participationOf(campaign(), []);
    expect(result.overall).toEqual({ invited: 5, responded: 0 });
    expect(result.portfolios.every((p) => p.responded === 0)).toBe(true);
  });
});

describe('suppressed', () => {
  const rows = (...invited: number[]) => invited.map((n) => ({ invited: n, responded: 0 }));
  it('hides rows under k and, when only one is hidden, the smallest visible one too', () => {
    expect(suppressed(rows(10, 6, 3, 8), 5)).toEqual([false, true, true, false]);
    expect(suppressed(rows(10, 6, 3, 2), 5)).toEqual([false, false, true, true]);
    expect(suppressed(rows(10, 6, 8), 5)).toEqual([false, false, false]);
    expect(suppressed(rows(3), 5)).toEqual([true]);
    expect(suppressed(rows(10, 6), 5, (i) => i === 0)).toEqual([true, true]);
  });
});
