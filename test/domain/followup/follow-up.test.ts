/** The follow-up merge: newest Jira state wins, history is every status seen, any order and any duplicate. */
import fc from 'fast-check';
import {
  isOverdue,
  mergeFollowUps,
  observe,
  statusChanges,
  type FollowUp,
  type Observation,
  type StatusCategory,
} from '../../../src/domain/followup/follow-up';

const at = (minute: number) => Date.UTC(2026, 0, 10, 9, minute);
const seen = (
  minute: number,
  statusName: string,
  statusCategory: StatusCategory,
  more: Partial<Observation> = {},
) =>
  ({
    updated: at(minute),
    statusName,
    statusCategory,
    assigneeAccountId: null,
    dueDate: '2026-03-31',
    ...more,
  }) satisfies Observation;

const fold = (observations: readonly Observation[]) =>
  observations.reduce<FollowUp | undefined>((state, o) => observe(state, o), undefined);

describe('observe', () => {
  it('keeps the newest Jira state, whatever came last', () => {
    const state = fold([
      seen(3, 'Done', 'done'),
      seen(1, 'To Do', 'new'),
      seen(2, 'In Progress', 'indeterminate'),
    ]);
    expect(state?.current.statusName).toBe('Done');
    expect(statusChanges(state).map((c) => c.toName)).toEqual(['To Do', 'In Progress', 'Done']);
  });

  it('reads changes out of the sightings: a repeat of the same status is not a change', () => {
    const state = fold([
      seen(1, 'To Do', 'new'),
      seen(2, 'To Do', 'new', { assigneeAccountId: 'a' }),
      seen(3, 'In Progress', 'indeterminate'),
      seen(4, 'To Do', 'new'),
    ]);
    expect(statusChanges(state).map((c) => [c.at, c.toName])).toEqual([
      [at(1), 'To Do'],
      [at(3), 'In Progress'],
      [at(4), 'To Do'],
    ]);
  });

  it('takes the newest assignee and due date with the status', () => {
    const state = fold([
      seen(2, 'In Progress', 'indeterminate', { assigneeAccountId: 'b', dueDate: '2026-04-30' }),
      seen(1, 'To Do', 'new', { assigneeAccountId: 'a' }),
    ]);
    expect(state?.current).toMatchObject({ assigneeAccountId: 'b', dueDate: '2026-04-30' });
  });
});

describe('overdue', () => {
  it('is due before today and not done', () => {
    expect(
      isOverdue(
        fold([seen(1, 'In Progress', 'indeterminate', { dueDate: '2026-01-09' })]),
        undefined,
        '2026-01-10',
      ),
    ).toBe(true);
    expect(
      isOverdue(
        fold([seen(1, 'In Progress', 'indeterminate', { dueDate: '2026-01-10' })]),
        undefined,
        '2026-01-10',
      ),
    ).toBe(false);
    expect(
      isOverdue(fold([seen(1, 'Done', 'done', { dueDate: '2026-01-01' })]), undefined, '2026-01-10'),
    ).toBe(false);
  });

  it('reads Jira’s due date once the issue was read, the plan’s before', () => {
    expect(isOverdue(undefined, '2026-01-01', '2026-01-10')).toBe(true);
    expect(isOverdue(fold([seen(1, 'To Do', 'new', { dueDate: null })]), '2026-01-01', '2026-01-10')).toBe(
      false,
    );
  });
});

const categories: [string, StatusCategory][] = [
  ['To Do', 'new'],
  ['In Progress', 'indeterminate'],
  ['Done', 'done'],
];
const observationArb = fc
  .record({
    minute: fc.integer({ min: 0, max: 30 }),
    status: fc.constantFrom(...categories),
    assignee: fc.constantFrom(null, 'a', 'b'),
    due: fc.constantFrom(null, '2026-03-31', '2026-04-30'),
  })
  .map(({ minute, status, assignee, due }) =>
    seen(minute, status[0], status[1], { assigneeAccountId: assignee, dueDate: due }),
  );

describe('properties: a join of observations', () => {
  it('any order and any duplicate give the same state', () => {
    fc.assert(
      fc.property(
        fc.array(observationArb, { minLength: 1, maxLength: 25 }),
        fc.func(fc.integer()),
        fc.array(fc.nat(), { maxLength: 10 }),
        (observations, shuffleKey, duplicates) => {
          const expected = fold(observations);
          const delivered = [
            ...observations
              .map((o, i) => ({ o, k: shuffleKey(i) }))
              .sort((a, b) => a.k - b.k)
              .map(({ o }) => o),
            ...duplicates.map((d) => observations[d % observations.length]!),
          ];
          expect(fold(delivered)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('two invocations’ states merge into the state of all they saw', () => {
    fc.assert(
      fc.property(
        fc.array(observationArb, { maxLength: 15 }),
        fc.array(observationArb, { maxLength: 15 }),
        (a, b) => {
          expect(mergeFollowUps(fold(a), fold(b))).toEqual(fold([...a, ...b]));
          expect(mergeFollowUps(fold(b), fold(a))).toEqual(fold([...a, ...b]));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the current state is the newest observation', () => {
    fc.assert(
      fc.property(fc.array(observationArb, { minLength: 1, maxLength: 20 }), (observations) => {
        const newest = Math.max(...observations.map((o) => o.updated));
        expect(fold(observations)?.current.updated).toBe(newest);
      }),
    );
  });
});
