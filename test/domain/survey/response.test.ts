import fc from 'fast-check';
import { dayOf } from '../../../src/domain/common/days';
import {
  draftProblems,
  planWrite,
  sameAnswers,
  submitProblems,
  type Answers,
  type ResponseContent,
} from '../../../src/domain/survey/response';
import { aModel, answersFor } from '../../helpers/builders';

const model = aModel();
const content = (answers: Answers, status: ResponseContent['status'] = 'draft'): ResponseContent => ({
  status,
  answers,
});

describe('planWrite (one response per person, optimistic concurrency)', () => {
  const a = answersFor(model, 3);
  const b = answersFor(model, 4);

  it('creates on revision 0 and updates on top of the stored revision', () => {
    expect(planWrite(undefined, 0, content(a))).toEqual({ kind: 'write', expectedRevision: 0, revision: 1 });
    expect(planWrite({ ...content(a), revision: 4 }, 4, content(b))).toEqual({
      kind: 'write',
      expectedRevision: 4,
      revision: 5,
    });
  });

  it('acknowledges an exact replay of the applied save without writing', () => {
    expect(planWrite({ ...content(a), revision: 5 }, 4, content(a))).toEqual({ kind: 'replay', revision: 5 });
  });

  it('refuses anything stale: other content, older or future revisions, a base on a missing answer', () => {
    expect(planWrite({ ...content(a), revision: 5 }, 4, content(b)).kind).toBe('conflict');
    expect(planWrite({ ...content(a), revision: 5 }, 4, content(a, 'submitted')).kind).toBe('conflict');
    expect(planWrite({ ...content(a), revision: 5 }, 3, content(a)).kind).toBe('conflict');
    expect(planWrite({ ...content(a), revision: 5 }, 9, content(a)).kind).toBe('conflict');
    expect(planWrite(undefined, 2, content(a)).kind).toBe('conflict');
    expect(planWrite({ ...content(a), revision: 1, proxyBy: 'buyer' }, 0, content(a)).kind).toBe('conflict');
  });

  it('never plans a write that is not exactly on top of the stored revision', () => {
    fc.assert(
      fc.property(
        fc.option(fc.nat(20), { nil: undefined }),
        fc.nat(20),
        fc.boolean(),
        (stored, base, same) => {
          const plan = planWrite(
            stored === undefined ? undefined : { ...content(a), revision: stored },
            base,
            content(same ? a : b),
          );
          if (plan.kind === 'write') {
            expect(plan.expectedRevision).toBe(stored ?? 0);
            expect(plan.revision).toBe(plan.expectedRevision + 1);
          }
          if (plan.kind === 'replay') expect(same && stored === base + 1).toBe(true);
        },
      ),
    );
  });
});

describe('answers', () => {
  it('compares answers whatever the order; an empty comment is no comment', () => {
    expect(
      sameAnswers(
        { x: { value: 1, comment: '' }, y: { value: 'na' } },
        { y: { value: 'na' }, x: { value: 1 } },
      ),
    ).toBe(true);
    expect(sameAnswers({ x: { value: 1 } }, { x: { value: 2 } })).toBe(false);
    expect(sameAnswers({ x: { value: 1 } }, { x: { value: 1 }, y: { value: 1 } })).toBe(false);
  });

  it('a draft may be partial; a submit needs every criterion and comments at or below the threshold', () => {
    expect(draftProblems(model, { 'sourcing-price': { value: 1 } })).toEqual([]);
    expect(
      submitProblems(model, { commentRequiredAtOrBelow: 2 }, { 'sourcing-price': { value: 1 } }),
    ).toEqual([
      { criterionId: 'sourcing-price', problem: 'comment-required' },
      { criterionId: 'sourcing-lead', problem: 'missing' },
      { criterionId: 'service-reachable', problem: 'missing' },
    ]);
    expect(submitProblems(model, { commentRequiredAtOrBelow: 0 }, answersFor(model, 1, ''))).toEqual([]);
  });

  it('dates anonymous answers to the day only', () => {
    expect(dayOf(Date.UTC(2026, 1, 3, 23, 59, 59, 999))).toBe('2026-02-03');
  });
});
