import { campaignDefinitionProblems, isDueForClose } from '../../../src/domain/campaigns/campaign';
import { dayOf } from '../../../src/domain/common/days';
import { roleChangeProblem, rolesIn, type RoleSettings } from '../../../src/domain/roles/roles';

const roles: RoleSettings = { admins: ['a1', 'a2'], team: ['t1', 'a2'], quality: ['q1'], revision: 3 };

describe('roles', () => {
  it('reads the roles of an account', () => {
    expect(rolesIn(roles, 'a2')).toEqual(['admin', 'team']);
    expect(rolesIn(roles, 'nobody')).toEqual([]);
    expect(rolesIn(undefined, 'a1')).toEqual([]);
  });

  it('keeps an admin: the caller drops their own role only when another current admin stays', () => {
    expect(roleChangeProblem(roles, { admins: ['a1'] }, 'a1')).toBeUndefined();
    expect(roleChangeProblem(roles, { admins: ['a2'] }, 'a1')).toBeUndefined();
    expect(roleChangeProblem({ ...roles, admins: ['a1'] }, { admins: ['t1'] }, 'a1')).toMatchObject({
      path: 'admins',
    });
    expect(roleChangeProblem(roles, { admins: [] }, 'a1')).toMatchObject({ path: 'admins' });
  });
});

describe('campaign definitions', () => {
  const audience = {
    departments: [
      { id: 'eng', name: { 'en-US': 'Engineering', 'fr-FR': 'Ingénierie' }, members: ['c1', 'c2'] },
      { id: 'fin', name: { 'en-US': 'Finance', 'fr-FR': 'Finance' }, members: ['c3'] },
    ],
    people: ['c4'],
  };

  it('accepts a consistent audience and team', () => {
    const team = [{ accountId: 'b1', portfolio: { departments: ['eng'], people: ['c4'] } }];
    expect(campaignDefinitionProblems({ audience, team })).toEqual([]);
  });

  it('reports duplicate departments, people in two departments, duplicate buyers and unknown portfolio departments', () => {
    const problems = campaignDefinitionProblems({
      audience: {
        departments: [
          ...audience.departments,
          { id: 'eng', name: { 'en-US': 'Again', 'fr-FR': 'Again' }, members: ['c3'] },
        ],
        people: [],
      },
      team: [
        { accountId: 'b1', portfolio: { departments: ['ops'], people: [] } },
        { accountId: 'b1', portfolio: { departments: [], people: [] } },
      ],
    });
    expect(problems.map((p) => p.path)).toEqual([
      'audience.departments.2.id',
      'audience.departments.2.members',
      'team.0.portfolio.departments.0',
      'team.1.accountId',
    ]);
  });
});

describe('days and the scheduled close', () => {
  it('closes an open campaign the day after its closing day', () => {
    expect(dayOf(Date.UTC(2026, 1, 14, 23, 59))).toBe('2026-02-14');
    expect(isDueForClose({ status: 'open', closesOn: '2026-02-14' }, '2026-02-14')).toBe(false);
    expect(isDueForClose({ status: 'open', closesOn: '2026-02-14' }, '2026-02-15')).toBe(true);
    expect(isDueForClose({ status: 'draft', closesOn: '2026-02-14' }, '2026-03-01')).toBe(false);
  });
});
