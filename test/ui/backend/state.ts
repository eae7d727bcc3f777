/**
 * What the fake backend knows, slice by slice: plain data (contract views and the few records behind them) that
 * a test seeds, that the handlers read and change, and that the test reads back. Every part has a default, so a
 * test seeds only what it is about.
 */
import { DEFAULT_NOTICE_SETTINGS, type Adjustment, type NoticeSettings } from '../../../src/domain/plan';
import { DEFAULT_MODEL, type EvaluationModel } from '../../../src/domain/model/model';
import type { JiraLink } from '../../../src/domain/plan/action';
import type { ResponseKind } from '../../../src/domain/survey/response';
import type { CampaignView } from '../../../src/shared/contract/campaigns';
import type { CommitmentsView } from '../../../src/shared/contract/commitments';
import type { HomeFeedView } from '../../../src/shared/contract/home';
import type { ReviewSnapshot } from '../../../src/shared/contract/followup';
import type { IssuePanelView } from '../../../src/shared/contract/issue-panel';
import type { JiraProjectView } from '../../../src/shared/contract/jira-settings';
import type { ModelView } from '../../../src/shared/contract/model';
import type { ParticipationView } from '../../../src/shared/contract/participation';
import type { ActionView, JiraStatus, PlanView } from '../../../src/shared/contract/plan';
import type { AccessView } from '../../../src/shared/contract/roles';
import type { ResponseView, SurveyStateView } from '../../../src/shared/contract/survey';
import type { WeighingView } from '../../../src/shared/contract/weighing';
import { ME, idOf } from './views/people';
import { commitmentsView, issuePanelFound, PAGE_LINK, planView, PROJECTS } from './views/plan';
import { participationView, surveyStateView } from './views/survey';

/** What Jira does with each create, by attempt (1 = first): a link, as the server would record it. */
export type JiraCreate = (action: ActionView, attempt: number) => JiraLink;

export interface BackendState {
  // roles, directory, model, campaigns
  /** What `roles/getAccess` says of the signed-in user. */
  access: AccessView;
  roles: { admins: string[]; team: string[]; quality: string[] };
  model: EvaluationModel;
  inUse: boolean;
  versions: ModelView['versions'];
  /** Every campaign; `campaigns/list` gives their summaries. */
  campaigns: CampaignView[];

  // survey, proxy, participation
  /** What `survey/getState` answers (with the stored responses). */
  survey: SurveyStateView;
  /** The signed-in user's own answer and self-assessment, as stored. */
  stored: Record<ResponseKind, ResponseView | null>;
  /** Answers entered by proxy, by customer. */
  proxy: Record<string, ResponseView | null>;
  /** Customers of the audience listed in no department: `proxy/get` says so, the submit needs a department. */
  proxyUnlisted: Set<string>;
  /** Customers who answered themselves: proxy/get shows nothing of their answer. */
  proxyAnsweredThemselves: Set<string>;
  /** The listed department `proxy/get` reports for the other customers. */
  proxyDepartment: string;
  participation: ParticipationView;

  // plan, weighing, followup, commitments, issue-panel, jira-settings
  plan: PlanView;
  /** The reader's weighing; null: none for this reader (`weighing/get` answers NOT_FOUND). */
  weighing: WeighingView | null;
  reviews: ReviewSnapshot[];
  /** Every adjustment of an action, for `plan/adjustments` (default: the ones the action carries). */
  adjustmentLogs: Map<string, Adjustment[]>;
  commitments: CommitmentsView;
  issuePanel: IssuePanelView;
  jiraTarget?: { projectKey: string; issueTypeId: string };
  /** The due-date notices' settings (`jira-settings/get` and `/notices`). */
  notices: NoticeSettings;
  projects: JiraProjectView[];
  jiraCreate: JiraCreate;
  /** What `plan/refresh` says of Jira (default: as the plan says). */
  refreshJira: JiraStatus | null;
  /** What `home/feed` answers (default: nothing waiting). */
  home: HomeFeedView;
}

export type Seed = Partial<BackendState>;

/** Jira creating every issue at the first attempt: PROC-1, PROC-2… */
function jiraCreatingAll(): JiraCreate {
  let issueCount = 0;
  return () => ({
    state: 'created',
    id: String(20000 + issueCount),
    key: `PROC-${++issueCount}`,
    createdAt: Date.UTC(2026, 3, 10),
    linked: true,
    linkTo: PAGE_LINK,
  });
}

export function initialState(seed: Seed = {}): BackendState {
  const survey = seed.survey ?? surveyStateView();
  return {
    access: { accountId: ME, roles: ['admin'], canBootstrap: false },
    roles: { admins: [ME], team: [idOf('Grace')], quality: [idOf('Inès')] },
    model: JSON.parse(JSON.stringify(DEFAULT_MODEL)) as EvaluationModel,
    inUse: false,
    versions: [{ version: 1, usedBy: [] }],
    campaigns: [],
    survey,
    stored: { customer: survey.response, self: survey.selfAssessment },
    proxy: {},
    proxyUnlisted: new Set(),
    proxyAnsweredThemselves: new Set(),
    proxyDepartment: 'engineering',
    participation: participationView(),
    plan: planView(),
    weighing: null,
    reviews: [],
    adjustmentLogs: new Map(),
    commitments: commitmentsView(),
    issuePanel: issuePanelFound(),
    projects: PROJECTS,
    notices: DEFAULT_NOTICE_SETTINGS,
    jiraCreate: jiraCreatingAll(),
    refreshJira: null,
    home: { surveys: [], weighings: [], commitments: [], overdueActions: [] },
    ...seed,
  };
}
