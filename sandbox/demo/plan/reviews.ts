/** The plan's two reviews, frozen as followup/review freezes them. */
import { dayOf } from '../../../src/domain/common';
import { isOverdue } from '../../../src/domain/followup';
import type { ReviewSnapshot } from '../../../src/shared/contract/followup';
import { PERSONAS } from '../../personas';
import { DEMO_ACTIONS, type DemoReview } from './actions';
import { titleOf } from './french';
import { dueAt, followUpOf, observationsOf } from './history';

/** The plan's state at `time` frozen as followup/review freezes it (features/followup/routes.ts). */
export function reviewAt(
  review: DemoReview,
  keyOf: (actionId: string) => string | undefined,
): ReviewSnapshot {
  const time = review.at;
  const today = dayOf(time);
  const actions = DEMO_ACTIONS.filter((a) => a.selectedAt !== undefined && a.selectedAt <= time).map(
    (demo) => {
      const key = demo.issue !== undefined && demo.issue.createdAt <= time ? keyOf(demo.id) : undefined;
      const created = key !== undefined;
      const followUp = followUpOf(observationsOf(demo).filter((o) => o.updated <= time));
      const current = followUp?.current;
      const due = current?.dueDate ?? dueAt(demo, time);
      return {
        id: demo.id,
        title: titleOf(demo),
        ...(key ? { key } : {}),
        ...(current ? { statusCategory: current.statusCategory, statusName: current.statusName } : {}),
        dueDate: due,
        overdue: created && isOverdue(followUp, due, today),
      };
    },
  );
  const by = PERSONAS.find((p) => p.accountId === review.by)!;
  return {
    id: `review-${time}`,
    at: time,
    by: { accountId: by.accountId, displayName: by.displayName },
    comment: review.comment,
    progress: {
      selected: actions.length,
      created: actions.filter((a) => a.key !== undefined).length,
      done: actions.filter((a) => a.statusCategory === 'done').length,
      overdue: actions.filter((a) => a.overdue).length,
    },
    actions,
  };
}
