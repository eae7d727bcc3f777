/**
 * Participation breakdowns of anonymous campaigns (DOMAIN "Anonymity and confidentiality"), for random audiences,
 * portfolios and response sets: no visible group is smaller than k, a hidden group shows its invited count and no
 * responded count, and no hidden group can be worked out as overall − visible groups (never exactly one hidden
 * row), nor from a portfolio (a visible portfolio only sums visible departments). Named campaigns: every row is
 * exact and the rows, with people not listed in a department, add up to the overall.
 */
import fc from 'fast-check';
import type { Campaign } from '../../../src/domain/campaigns/campaign';
import {
  MIN_GROUP_SIZE,
  participationOf,
  type ResponseFact,
} from '../../../src/domain/participation/participation';
import { fromCampaignRecord } from '../../../src/adapters/records/campaign';
import { aCampaign } from '../../helpers/builders';

interface World {
  campaign: Campaign;
  facts: ResponseFact[];
}

/** Disjoint departments, people not listed in a department, buyers, and what each person did. */
const world = (anonymous: boolean): fc.Arbitrary<World> =>
  fc
    .record({
      sizes: fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 6 }),
      unlisted: fc.nat({ max: 4 }),
      portfolios: fc.array(
        fc.record({
          departments: fc.array(fc.nat({ max: 5 }), { maxLength: 3 }),
          people: fc.nat({ max: 2 }),
        }),
        { maxLength: 4 },
      ),
      // Per person: nothing, a draft, a submitted answer; and the department an unlisted person chooses.
      acts: fc.array(fc.record({ act: fc.constantFrom('none', 'draft', 'submit'), choice: fc.nat() }), {
        minLength: 80,
        maxLength: 80,
      }),
      selfAssessments: fc.nat({ max: 3 }),
    })
    .map(({ sizes, unlisted, portfolios, acts, selfAssessments }) => {
      let n = 0;
      const departments = sizes.map((size, d) => ({
        id: `d${d}`,
        name: { 'en-US': `Department ${d}`, 'fr-FR': `Service ${d}` },
        members: Array.from({ length: size }, () => `person-${n++}`),
      }));
      const people = Array.from({ length: unlisted }, () => `person-${n++}`);
      const campaign: Campaign = {
        ...fromCampaignRecord(aCampaign()),
        anonymous,
        audience: { departments, people },
        team: portfolios.map((p, b) => ({
          accountId: `buyer-${b}`,
          portfolio: {
            departments: [...new Set(p.departments.filter((d) => d < sizes.length).map((d) => `d${d}`))],
            people: people.slice(0, p.people),
          },
        })),
      };
      const everyone = [...departments.flatMap((d) => d.members.map((m) => [m, d.id] as const))];
      for (const p of people) everyone.push([p, '']);
      const facts: ResponseFact[] = [];
      everyone.forEach(([person, department], i) => {
        const { act, choice } = acts[i % acts.length]!;
        if (act === 'none') return;
        facts.push({
          kind: 'customer',
          status: act === 'submit' ? 'submitted' : 'draft',
          respondentKey: anonymous ? `pseudonym-${person}` : person,
          departmentId: department || `d${choice % sizes.length}`,
        });
      });
      for (let i = 0; i < selfAssessments; i++) {
        facts.push({ kind: 'self', status: 'submitted', respondentKey: `buyer-${i}` });
      }
      return { campaign, facts };
    });

describe('participation of an anonymous campaign (property)', () => {
  it('hides small groups and never leaves exactly one hidden row to be derived from the overall', () => {
    fc.assert(
      fc.property(world(true), ({ campaign, facts }) => {
        const p = participationOf(campaign, facts);
        expect(p.threshold).toBe(MIN_GROUP_SIZE);
        expect(MIN_GROUP_SIZE).toBeGreaterThanOrEqual(3);
        expect(p.unlisted).toBeNull();

        for (const rows of [p.departments, p.portfolios]) {
          for (const row of rows) {
            if (row.hidden) {
              expect(row.responded).toBeNull();
            } else {
              // No visible row of fewer than k invited people, and never more answers than people.
              expect(row.invited).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
              expect(row.responded).toBeGreaterThanOrEqual(0);
              expect(row.responded).toBeLessThanOrEqual(row.invited);
            }
          }
          // overall − visible rows = the hidden rows' total: harmless when no row or at least two rows are
          // hidden (only a sum is revealed). A lone row is the breakdown of nothing: the overall is shown anyway.
          const hidden = rows.filter((r) => r.hidden).length;
          if (rows.length > 1) expect(hidden).not.toBe(1);
        }

        // The difference of two filters: a visible portfolio is a function of visible department counts only.
        const departments = new Map(p.departments.map((d) => [d.id, d]));
        campaign.team.forEach((member, i) => {
          const portfolio = p.portfolios[i]!;
          if (portfolio.hidden) return;
          const counted = member.portfolio.departments.map((id) => departments.get(id)!);
          expect(counted.every((d) => !d.hidden)).toBe(true);
          const sum = counted.reduce((n, d) => n + (d.responded ?? 0), 0);
          expect(portfolio.responded).toBe(Math.min(portfolio.invited, sum));
        });

        // Who has not answered is never shown.
        expect(p.portfolios.every((x) => x.pending === null)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('participation of a named campaign (property)', () => {
  it('shows every row exactly; departments and the unlisted row add up to the overall', () => {
    fc.assert(
      fc.property(world(false), ({ campaign, facts }) => {
        const p = participationOf(campaign, facts);
        expect(p.threshold).toBeNull();
        const rows = [...p.departments, ...(p.unlisted ? [p.unlisted] : [])];
        expect(p.departments.every((d) => d.hidden === undefined)).toBe(true);
        for (const row of rows) expect(row.responded).toBeLessThanOrEqual(row.invited);
        expect(rows.reduce((n, r) => n + r.invited, 0)).toBe(p.overall.invited);
        expect(rows.reduce((n, r) => n + (r.responded ?? 0), 0)).toBe(p.overall.responded);
        expect(p.unlisted?.invited ?? 0).toBe(campaign.audience.people.length);
      }),
      { numRuns: 200 },
    );
  });
});
