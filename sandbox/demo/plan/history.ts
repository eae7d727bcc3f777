/**
 * The past of each action, as Jira and the app saw it: the observations of its issue over time, the issue as the
 * app's bulk create made it, and the action as stored today.
 */
import { criteriaOf } from '../../../src/domain/model';
import type { Action, Adjustment, JiraLink } from '../../../src/domain/plan';
import { observe, type FollowUp, type Observation } from '../../../src/domain/followup';
import { ACTION_PROPERTY_KEY, issueDraftOf, type IssueContext } from '../../../src/domain/plan';
import { linkToOf, linkGlobalId } from '../../../src/features/plan';
import { STATUSES, type JiraControl, type JiraIssueView } from '../../products/jira';
import { DEMO_SITE } from '../../products/site';
import { DEMO_MODEL_V2 } from '../model';
import { PLAN_DEMO_CAMPAIGN, PLAN_PAGE_URL, type DemoAction, type Status } from './actions';
import { descriptionOf, titleOf } from './french';

/** The due date at a time: the last adjustment made by then, else the one it was drafted with. */
export function dueAt(demo: DemoAction, time: number): string {
  return (demo.adjustments ?? []).filter((a) => a.at <= time).at(-1)?.dueDate ?? demo.dueDate;
}

/**
 * What Jira said of the issue at each of its changes (creation, moves, due dates carried over by adjustments): the
 * observations the hourly reconciliation and the trigger fed the follow-up with.
 */
export function observationsOf(demo: DemoAction): Observation[] {
  const issue = demo.issue;
  if (!issue) return [];
  const times = [
    issue.createdAt,
    ...issue.moves.map(([time]) => time),
    ...(demo.adjustments ?? []).map((a) => a.at),
  ].sort((a, b) => a - b);
  return times.map((time) => {
    const status = STATUSES.find(
      (s) => s.name === (issue.moves.filter(([t]) => t <= time).at(-1)?.[1] ?? 'To Do'),
    )!;
    return {
      updated: time,
      statusCategory: status.category.key,
      statusName: status.name,
      assigneeAccountId: demo.owner,
      dueDate: dueAt(demo, time),
    };
  });
}

export const followUpOf = (observations: readonly Observation[]): FollowUp | undefined =>
  observations.reduce<FollowUp | undefined>((state, o) => observe(state, o), undefined);

/** What the issues say besides the action's text, as the app writes it (create-issues.ts): the English texts. */
function issueContext(): IssueContext {
  return {
    campaign: { id: PLAN_DEMO_CAMPAIGN, period: '2025', name: 'Procurement satisfaction survey 2025' },
    criterionTexts: new Map(
      criteriaOf(DEMO_MODEL_V2).map(({ criterion }) => [criterion.id, criterion.text['en-US']]),
    ),
    pageUrl: PLAN_PAGE_URL,
  };
}

const issueStatusOf = (demo: DemoAction): Status => demo.issue?.moves.at(-1)?.[1] ?? 'To Do';
export const browseUrl = (key: string) => `${DEMO_SITE.siteUrl}/browse/${key}`;

/** The action as drafted (the text Jira's issue is built from). */
function draftOf(demo: DemoAction): Action {
  return {
    id: demo.id,
    campaignId: PLAN_DEMO_CAMPAIGN,
    title: titleOf(demo),
    description: descriptionOf(demo),
    criterionIds: demo.criterionIds,
    ownerAccountId: demo.owner,
    dueDate: demo.dueDate,
    selected: false,
    jira: { state: 'none' },
    adjustments: [],
    adjustmentCount: 0,
    createdBy: demo.draftedBy,
    createdAt: demo.draftedAt,
    revision: 1,
  };
}

/** The issue as the app's bulk create made it, with the board's moves since and its link back to the plan page. */
export function issueInputOf(demo: DemoAction) {
  const issue = demo.issue!;
  const context = issueContext();
  const draft = issueDraftOf(draftOf(demo), context);
  const link = linkToOf(context)!;
  const observations = observationsOf(demo);
  return {
    summary: draft.summary,
    issueType: 'Improvement' as const,
    status: issueStatusOf(demo),
    assigneeAccountId: demo.owner,
    duedate: observations.at(-1)!.dueDate,
    labels: draft.labels,
    description: draft.description,
    properties: { [ACTION_PROPERTY_KEY]: { actionId: demo.id, campaignId: PLAN_DEMO_CAMPAIGN } },
    reporterAccountId: issue.createdBy,
    createdMs: issue.createdAt,
    updatedMs: observations.at(-1)!.updated,
    remoteLinks: [
      {
        globalId: linkGlobalId(demo.id),
        application: { type: 'com.atlassian.confluence', name: 'Confluence' },
        object: link,
      },
    ],
  };
}

/** The issue Jira has for this action (the look-up the app makes before any create). */
export function issueOfAction(jira: JiraControl, actionId: string): JiraIssueView | undefined {
  return jira
    .issues()
    .find(
      (issue) =>
        (issue.properties[ACTION_PROPERTY_KEY] as { actionId?: unknown } | undefined)?.actionId === actionId,
    );
}

/** Jira's state of an issue now, as a search would read it. */
const observationOfIssue = (issue: JiraIssueView): Observation => ({
  updated: Date.parse(issue.updated),
  statusCategory: issue.statusCategory,
  statusName: issue.status,
  assigneeAccountId: issue.assigneeAccountId,
  dueDate: issue.duedate,
});

/** The action as stored today: selected or not, its Jira link, follow-up and adjustments. */
export function actionOf(demo: DemoAction, issue: JiraIssueView | undefined): Action {
  const drafted = draftOf(demo);
  const adjustments: Adjustment[] = (demo.adjustments ?? []).map((a) => ({
    ...a,
    previousDueDate: dueAt(demo, a.at - 1),
  }));
  let jira: JiraLink = { state: 'none' };
  let followUp: FollowUp | undefined;
  if (demo.issue && issue) {
    const context = issueContext();
    jira = {
      state: 'created',
      id: issue.id,
      key: issue.key,
      createdAt: demo.issue.createdAt + 2000,
      linked: true,
      url: browseUrl(issue.key),
      linkTo: linkToOf(context)!,
    };
    // The issue found may have moved since an earlier start: what Jira says now is folded in last.
    followUp = followUpOf([...observationsOf(demo), observationOfIssue(issue)]);
  } else if (demo.refused) {
    jira = { state: 'failed', ...demo.refused, attempt: 1 };
  }
  // One write each: drafted, selected, the intent, the issue, its link, each observation and adjustment.
  const writes =
    1 +
    (demo.selectedAt ? 1 : 0) +
    (jira.state === 'none' ? 0 : 2) +
    (jira.state === 'created' ? 1 : 0) +
    (followUp?.sightings.length ?? 0) +
    adjustments.length;
  return {
    ...drafted,
    dueDate: dueAt(demo, Number.MAX_SAFE_INTEGER),
    selected: demo.selectedAt !== undefined,
    jira,
    ...(followUp ? { followUp } : {}),
    adjustments,
    adjustmentCount: adjustments.length,
    revision: writes,
  };
}
