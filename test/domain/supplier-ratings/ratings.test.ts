/** The rules of a supplier rating save: against the frozen questions, and what it writes. */
import {
  plannedRatings,
  ratingProblems,
  supplierProblems,
  type RatingEntry,
} from '../../../src/domain/supplier-ratings';

const questions = { criterionIds: ['quality', 'delivery'], commentRequiredAtOrBelow: 2 as const };
const entry = (overrides: Partial<RatingEntry> = {}): RatingEntry => ({
  supplierId: 'sup-1',
  answers: { quality: 3, delivery: 'na' },
  comments: {},
  revision: 0,
  submit: true,
  ...overrides,
});
const reasons = (entries: RatingEntry[]) => ratingProblems(entries, questions).map((p) => [p.path, p.reason]);

describe('ratingProblems', () => {
  it('accepts a complete submit, and a partial draft', () => {
    expect(reasons([entry(), entry({ supplierId: 'sup-2', answers: {}, submit: false })])).toEqual([]);
  });

  it('refuses a supplier twice in one save', () => {
    expect(reasons([entry(), entry({ submit: false })])).toEqual([
      ['ratings.1.supplierId', 'supplierRatings.twice'],
    ]);
  });

  it('refuses answers and comments for criteria the model does not have, prototype names included', () => {
    const answers = { ...entry().answers, constructor: 3 as const };
    expect(reasons([entry({ answers, comments: { hasOwnProperty: 'x' }, submit: false })])).toEqual([
      ['ratings.0.answers.constructor', 'supplierRatings.unknownCriterion'],
      ['ratings.0.comments.hasOwnProperty', 'supplierRatings.unknownCriterion'],
    ]);
  });

  it('on submit, needs every criterion answered and a comment at or below the rule', () => {
    expect(reasons([entry({ answers: { quality: 2 } })])).toEqual([
      ['ratings.0.comments.quality', 'supplierRatings.commentRequired'],
      ['ratings.0.answers.delivery', 'supplierRatings.incomplete'],
    ]);
    expect(reasons([entry({ answers: { quality: 1, delivery: 3 }, comments: { quality: ' \n ' } })])).toEqual(
      [['ratings.0.comments.quality', 'supplierRatings.commentRequired']],
    );
    expect(
      reasons([entry({ answers: { quality: 1, delivery: 3 }, comments: { quality: 'Late twice.' } })]),
    ).toEqual([]);
    // "Not applicable" never needs a comment; the rule 0 never does.
    expect(
      ratingProblems([entry({ answers: { quality: 1, delivery: 'na' } })], {
        ...questions,
        commentRequiredAtOrBelow: 0,
      }),
    ).toEqual([]);
  });
});

describe('supplierProblems', () => {
  it('refuses suppliers not stored or archived, and accepts active and watched ones', () => {
    const statuses: Record<string, 'active' | 'watch' | 'archived'> = {
      a: 'active',
      w: 'watch',
      x: 'archived',
    };
    const found = supplierProblems(
      ['a', 'w', 'x', 'gone'].map((supplierId) => ({ supplierId })),
      (id) => statuses[id],
    );
    expect(found.map((p) => p.path)).toEqual(['ratings.2.supplierId', 'ratings.3.supplierId']);
  });
});

describe('plannedRatings', () => {
  it('writes the status asked for at the next revision, without empty comments', () => {
    const [rating] = plannedRatings(
      [entry({ revision: 4, comments: { quality: 'Good.', delivery: '  ' } })],
      { raterKey: 'k', departmentId: null },
    );
    expect(rating).toEqual({
      supplierId: 'sup-1',
      raterKey: 'k',
      departmentId: null,
      answers: { quality: 3, delivery: 'na' },
      comments: { quality: 'Good.' },
      status: 'submitted',
      revision: 5,
    });
    expect(plannedRatings([entry({ submit: false })], { raterKey: 'k', departmentId: 'd' })[0]!.status).toBe(
      'draft',
    );
  });
});
