/** The comments a results reader may see: one criterion, a rating, a group allowed to show its comments. */
import { commentRefusal, commentsOf, type CommentSource } from '../../../src/domain/results';
import { SMALL_GROUPS } from '../../../src/domain/participation/participation';

const departments = new Set(['eng', 'fin']);
const source = (
  departmentId: string | undefined,
  value: 1 | 2 | 3 | 4 | 'na',
  comment?: string,
): CommentSource => ({
  ...(departmentId ? { departmentId } : {}),
  answers: { price: { value, ...(comment !== undefined ? { comment } : {}) } },
});

describe('commentsOf', () => {
  const sources = [
    source('eng', 1, 'Order 4411 came 3 weeks late'),
    source('fin', 2, '  '),
    source('fin', 2, 'Le contrat a pris 4 mois'),
    source(SMALL_GROUPS, 4, 'Great'),
    source('gone', 3, 'From a removed department'),
    source('eng', 3),
  ];

  it('keeps the text and the rating only, in order, and skips blank comments', () => {
    expect(commentsOf(sources, { criterionId: 'price' }, departments)).toEqual([
      { criterionId: 'price', rating: 1, text: 'Order 4411 came 3 weeks late' },
      { criterionId: 'price', rating: 2, text: 'Le contrat a pris 4 mois' },
      { criterionId: 'price', rating: 4, text: 'Great' },
      { criterionId: 'price', rating: 3, text: 'From a removed department' },
    ]);
  });

  it('filters by rating and by group (a removed department counts as "other", like the scores)', () => {
    expect(commentsOf(sources, { criterionId: 'price', rating: 2 }, departments)).toHaveLength(1);
    expect(commentsOf(sources, { criterionId: 'price', groupId: 'eng' }, departments)).toHaveLength(1);
    expect(commentsOf(sources, { criterionId: 'price', groupId: '_other' }, departments)).toEqual([
      { criterionId: 'price', rating: 3, text: 'From a removed department' },
    ]);
  });

  it('without a criterion, gives every criterion’s comments (an export)', () => {
    const two: CommentSource = {
      answers: { price: { value: 2, comment: 'a' }, delay: { value: 1, comment: 'b' }, none: { value: 3 } },
    };
    expect(commentsOf([two], {}, departments)).toEqual([
      { criterionId: 'price', rating: 2, text: 'a' },
      { criterionId: 'delay', rating: 1, text: 'b' },
    ]);
  });

  it('looks criteria up among own keys only', () => {
    expect(commentsOf(sources, { criterionId: 'constructor' }, departments)).toEqual([]);
    expect(commentsOf(sources, { criterionId: '__proto__' }, departments)).toEqual([]);
  });
});

describe('commentRefusal', () => {
  it('refuses everything when the overall is hidden, and a group not allowed to show its comments', () => {
    expect(commentRefusal({}, { overallComments: false, commentGroups: ['eng'] })).toBe('overall-hidden');
    expect(commentRefusal({ groupId: 'fin' }, { overallComments: true, commentGroups: ['eng'] })).toBe(
      'group-hidden',
    );
    expect(
      commentRefusal({ groupId: 'eng' }, { overallComments: true, commentGroups: ['eng'] }),
    ).toBeUndefined();
    expect(commentRefusal({}, { overallComments: true, commentGroups: [] })).toBeUndefined();
  });
});
