/**
 * The campaign-access matrix (issue 15): every resolver key × persona × campaign state, through the real handler
 * on the local host, answers what this table says: `ok` (the call got past every access rule), or the typed
 * refusal. The table is written out cell by cell so that a change to the policy (src/domain/campaigns/access.ts),
 * a route's declared role or a use case's own check shows here as the cells it changes. A key without rows does
 * not compile and fails the first test.
 */
import { RESOLVER_KEYS, type ResolverKey } from '../../src/shared/contract';
import { ADMIN_PAGE } from '../helpers/builders';
import { startBackend, type HostBackend } from '../helpers/backend';
import {
  KEY_CASES,
  outcomeOf,
  PERSONAS,
  reseed,
  STATES,
  type Persona,
  type State,
} from './support/access-matrix';

/** One outcome per state, in the order of STATES: draft, scheduled, open, closed, missing. */
type ByState = readonly [string, string, string, string, string];
type Row = Record<Persona, string | ByState>;

const OK = 'ok';
const notFound = (reason: string) => `NOT_FOUND ${reason}`;
const forbidden = (reason: string) => `FORBIDDEN ${reason}`;
const conflict = (reason: string) => `CONFLICT ${reason}`;
const invalid = (reason: string) => `INVALID_PAYLOAD ${reason}`;
const every = (outcome: string): ByState => [outcome, outcome, outcome, outcome, outcome];
/** Not entitled: answered as if the campaign did not exist. */
const MISSING = notFound('campaign.missing');
const PLAN_NOT_CLOSED = forbidden('plan.notClosed');
const NOT_EDITOR = forbidden('forbidden.editPlan');
const RESULTS_NOT_CLOSED = forbidden('results.notClosed');
const NOT_OPEN_YET = forbidden('survey.notOpenYet');
const SURVEY_CLOSED = forbidden('survey.closed');
const NOT_IN_AUDIENCE = forbidden('survey.notInAudience');
const TEAM_ONLY = forbidden('proxy.teamOnly');
const WEIGHING_NOT_OPEN = forbidden('weighing.notOpen');
const FOR_TEAM = forbidden('reminders.forTeam');
const REMIND_NOT_OPEN = forbidden('reminders.notOpen');

const EXPECTED: Record<ResolverKey, Row> = {
  'roles/getAccess': {
    admin: OK,
    listedBuyer: OK,
    unlistedBuyer: OK,
    quality: OK,
    invitedCustomer: OK,
    uninvited: OK,
  },
  'roles/bootstrap': {
    admin: conflict('roles.adminExists'),
    listedBuyer: conflict('roles.adminExists'),
    unlistedBuyer: conflict('roles.adminExists'),
    quality: conflict('roles.adminExists'),
    invitedCustomer: conflict('roles.adminExists'),
    uninvited: conflict('roles.adminExists'),
  },
  'roles/get': {
    admin: OK,
    listedBuyer: forbidden('forbidden.seeRoles'),
    unlistedBuyer: forbidden('forbidden.seeRoles'),
    quality: forbidden('forbidden.seeRoles'),
    invitedCustomer: forbidden('forbidden.seeRoles'),
    uninvited: forbidden('forbidden.seeRoles'),
  },
  'roles/set': {
    admin: OK,
    listedBuyer: forbidden('forbidden.changeRoles'),
    unlistedBuyer: forbidden('forbidden.changeRoles'),
    quality: forbidden('forbidden.changeRoles'),
    invitedCustomer: forbidden('forbidden.changeRoles'),
    uninvited: forbidden('forbidden.changeRoles'),
  },
  'directory/search': {
    admin: OK,
    listedBuyer: OK,
    unlistedBuyer: OK,
    quality: forbidden('forbidden.searchPeople'),
    invitedCustomer: forbidden('forbidden.searchPeople'),
    uninvited: forbidden('forbidden.searchPeople'),
  },
  'directory/users': {
    admin: OK,
    listedBuyer: OK,
    unlistedBuyer: OK,
    quality: OK,
    invitedCustomer: forbidden('forbidden.lookUpPeople'),
    uninvited: forbidden('forbidden.lookUpPeople'),
  },
  'model/get': {
    admin: OK,
    listedBuyer: OK,
    unlistedBuyer: OK,
    quality: OK,
    invitedCustomer: forbidden('forbidden.seeModel'),
    uninvited: forbidden('forbidden.seeModel'),
  },
  'model/save': {
    admin: conflict('model.stale'),
    listedBuyer: forbidden('forbidden.editModel'),
    unlistedBuyer: forbidden('forbidden.editModel'),
    quality: forbidden('forbidden.editModel'),
    invitedCustomer: forbidden('forbidden.editModel'),
    uninvited: forbidden('forbidden.editModel'),
  },
  'supplier-model/get': {
    admin: OK,
    listedBuyer: OK,
    unlistedBuyer: OK,
    quality: OK,
    invitedCustomer: forbidden('forbidden.seeSupplierModel'),
    uninvited: forbidden('forbidden.seeSupplierModel'),
  },
  'supplier-model/save': {
    admin: conflict('model.stale'),
    listedBuyer: forbidden('forbidden.editSupplierModel'),
    unlistedBuyer: forbidden('forbidden.editSupplierModel'),
    quality: forbidden('forbidden.editSupplierModel'),
    invitedCustomer: forbidden('forbidden.editSupplierModel'),
    uninvited: forbidden('forbidden.editSupplierModel'),
  },
  'campaigns/list': {
    admin: OK,
    listedBuyer: OK,
    unlistedBuyer: OK,
    quality: OK,
    invitedCustomer: forbidden('forbidden.seeCampaigns'),
    uninvited: forbidden('forbidden.seeCampaigns'),
  },
  'campaigns/get': {
    admin: [OK, OK, OK, OK, MISSING],
    listedBuyer: [OK, OK, OK, OK, MISSING],
    unlistedBuyer: every(MISSING),
    quality: [OK, OK, OK, OK, MISSING],
    invitedCustomer: every(forbidden('forbidden.seeCampaigns')),
    uninvited: every(forbidden('forbidden.seeCampaigns')),
  },
  'campaigns/save': {
    admin: [invalid('model.missing'), OK, OK, conflict('campaign.closedImmutable'), MISSING],
    listedBuyer: every(forbidden('forbidden.editCampaigns')),
    unlistedBuyer: every(forbidden('forbidden.editCampaigns')),
    quality: every(forbidden('forbidden.editCampaigns')),
    invitedCustomer: every(forbidden('forbidden.editCampaigns')),
    uninvited: every(forbidden('forbidden.editCampaigns')),
  },
  'campaigns/open': {
    admin: [
      notFound('model.campaignModelMissing'),
      conflict('campaign.notDraft'),
      conflict('campaign.notDraft'),
      conflict('campaign.notDraft'),
      MISSING,
    ],
    listedBuyer: every(forbidden('forbidden.openCampaigns')),
    unlistedBuyer: every(forbidden('forbidden.openCampaigns')),
    quality: every(forbidden('forbidden.openCampaigns')),
    invitedCustomer: every(forbidden('forbidden.openCampaigns')),
    uninvited: every(forbidden('forbidden.openCampaigns')),
  },
  'campaigns/close': {
    admin: [
      conflict('campaign.notOpen'),
      conflict('campaign.notOpen'),
      OK,
      conflict('campaign.notOpen'),
      MISSING,
    ],
    listedBuyer: every(forbidden('forbidden.closeCampaigns')),
    unlistedBuyer: every(forbidden('forbidden.closeCampaigns')),
    quality: every(forbidden('forbidden.closeCampaigns')),
    invitedCustomer: every(forbidden('forbidden.closeCampaigns')),
    uninvited: every(forbidden('forbidden.closeCampaigns')),
  },
  'binding/bind': {
    admin: [OK, OK, OK, conflict('campaign.closedImmutable'), MISSING],
    listedBuyer: [OK, OK, OK, conflict('campaign.closedImmutable'), MISSING],
    unlistedBuyer: every(MISSING),
    quality: every(forbidden('forbidden.bind')),
    invitedCustomer: every(forbidden('forbidden.bind')),
    uninvited: every(forbidden('forbidden.bind')),
  },
  'survey/getState': {
    admin: [OK, OK, OK, OK, MISSING],
    listedBuyer: [OK, OK, OK, OK, MISSING],
    unlistedBuyer: every(MISSING),
    quality: [OK, OK, OK, OK, MISSING],
    invitedCustomer: [OK, OK, OK, OK, MISSING],
    uninvited: every(MISSING),
  },
  'survey/saveDraft': {
    admin: [NOT_OPEN_YET, NOT_OPEN_YET, NOT_IN_AUDIENCE, SURVEY_CLOSED, MISSING],
    listedBuyer: [NOT_OPEN_YET, NOT_OPEN_YET, NOT_IN_AUDIENCE, SURVEY_CLOSED, MISSING],
    unlistedBuyer: every(MISSING),
    quality: [NOT_OPEN_YET, NOT_OPEN_YET, NOT_IN_AUDIENCE, SURVEY_CLOSED, MISSING],
    invitedCustomer: [NOT_OPEN_YET, NOT_OPEN_YET, OK, SURVEY_CLOSED, MISSING],
    uninvited: every(MISSING),
  },
  'survey/submit': {
    admin: [NOT_OPEN_YET, NOT_OPEN_YET, NOT_IN_AUDIENCE, SURVEY_CLOSED, MISSING],
    listedBuyer: [NOT_OPEN_YET, NOT_OPEN_YET, NOT_IN_AUDIENCE, SURVEY_CLOSED, MISSING],
    unlistedBuyer: every(MISSING),
    quality: [NOT_OPEN_YET, NOT_OPEN_YET, NOT_IN_AUDIENCE, SURVEY_CLOSED, MISSING],
    invitedCustomer: [NOT_OPEN_YET, NOT_OPEN_YET, OK, SURVEY_CLOSED, MISSING],
    uninvited: every(MISSING),
  },
  'proxy/get': {
    admin: [TEAM_ONLY, TEAM_ONLY, TEAM_ONLY, TEAM_ONLY, MISSING],
    listedBuyer: [OK, OK, OK, OK, MISSING],
    unlistedBuyer: every(MISSING),
    quality: [TEAM_ONLY, TEAM_ONLY, TEAM_ONLY, TEAM_ONLY, MISSING],
    invitedCustomer: [TEAM_ONLY, TEAM_ONLY, TEAM_ONLY, TEAM_ONLY, MISSING],
    uninvited: every(MISSING),
  },
  'proxy/submit': {
    admin: [TEAM_ONLY, TEAM_ONLY, TEAM_ONLY, TEAM_ONLY, MISSING],
    listedBuyer: [NOT_OPEN_YET, NOT_OPEN_YET, OK, SURVEY_CLOSED, MISSING],
    unlistedBuyer: every(MISSING),
    quality: [TEAM_ONLY, TEAM_ONLY, TEAM_ONLY, TEAM_ONLY, MISSING],
    invitedCustomer: [TEAM_ONLY, TEAM_ONLY, TEAM_ONLY, TEAM_ONLY, MISSING],
    uninvited: every(MISSING),
  },
  'participation/get': {
    admin: [OK, OK, OK, OK, MISSING],
    listedBuyer: [OK, OK, OK, OK, MISSING],
    unlistedBuyer: every(MISSING),
    quality: [OK, OK, OK, OK, MISSING],
    invitedCustomer: every(MISSING),
    uninvited: every(MISSING),
  },
  'results/get': {
    admin: [RESULTS_NOT_CLOSED, RESULTS_NOT_CLOSED, RESULTS_NOT_CLOSED, OK, MISSING],
    listedBuyer: [RESULTS_NOT_CLOSED, RESULTS_NOT_CLOSED, RESULTS_NOT_CLOSED, OK, MISSING],
    unlistedBuyer: every(MISSING),
    quality: [RESULTS_NOT_CLOSED, RESULTS_NOT_CLOSED, RESULTS_NOT_CLOSED, OK, MISSING],
    invitedCustomer: [RESULTS_NOT_CLOSED, RESULTS_NOT_CLOSED, RESULTS_NOT_CLOSED, OK, MISSING],
    uninvited: every(MISSING),
  },
  'results/comments': {
    admin: [
      RESULTS_NOT_CLOSED,
      RESULTS_NOT_CLOSED,
      RESULTS_NOT_CLOSED,
      forbidden('results.commentsHidden'),
      MISSING,
    ],
    listedBuyer: [
      RESULTS_NOT_CLOSED,
      RESULTS_NOT_CLOSED,
      RESULTS_NOT_CLOSED,
      forbidden('results.commentsHidden'),
      MISSING,
    ],
    unlistedBuyer: every(MISSING),
    quality: [
      RESULTS_NOT_CLOSED,
      RESULTS_NOT_CLOSED,
      RESULTS_NOT_CLOSED,
      forbidden('results.commentsHidden'),
      MISSING,
    ],
    invitedCustomer: [
      RESULTS_NOT_CLOSED,
      RESULTS_NOT_CLOSED,
      RESULTS_NOT_CLOSED,
      forbidden('results.notShared'),
      MISSING,
    ],
    uninvited: every(MISSING),
  },
  'plan/get': {
    admin: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, OK, MISSING],
    listedBuyer: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, OK, MISSING],
    unlistedBuyer: every(MISSING),
    quality: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, OK, MISSING],
    invitedCustomer: every(MISSING),
    uninvited: every(MISSING),
  },
  'plan/saveAction': {
    admin: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, OK, MISSING],
    listedBuyer: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, OK, MISSING],
    unlistedBuyer: every(MISSING),
    quality: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, NOT_EDITOR, MISSING],
    invitedCustomer: every(MISSING),
    uninvited: every(MISSING),
  },
  'plan/deleteAction': {
    admin: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, notFound('plan.actionMissing'), MISSING],
    listedBuyer: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, notFound('plan.actionMissing'), MISSING],
    unlistedBuyer: every(MISSING),
    quality: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, NOT_EDITOR, MISSING],
    invitedCustomer: every(MISSING),
    uninvited: every(MISSING),
  },
  'plan/select': {
    admin: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, notFound('plan.actionMissing'), MISSING],
    listedBuyer: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, notFound('plan.actionMissing'), MISSING],
    unlistedBuyer: every(MISSING),
    quality: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, NOT_EDITOR, MISSING],
    invitedCustomer: every(MISSING),
    uninvited: every(MISSING),
  },
  'plan/adjust': {
    admin: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, notFound('plan.actionMissing'), MISSING],
    listedBuyer: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, notFound('plan.actionMissing'), MISSING],
    unlistedBuyer: every(MISSING),
    quality: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, NOT_EDITOR, MISSING],
    invitedCustomer: every(MISSING),
    uninvited: every(MISSING),
  },
  'plan/adjustments': {
    admin: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, notFound('plan.actionMissing'), MISSING],
    listedBuyer: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, notFound('plan.actionMissing'), MISSING],
    unlistedBuyer: every(MISSING),
    quality: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, notFound('plan.actionMissing'), MISSING],
    invitedCustomer: every(MISSING),
    uninvited: every(MISSING),
  },
  'plan/createIssues': {
    admin: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, OK, MISSING],
    listedBuyer: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, OK, MISSING],
    unlistedBuyer: every(MISSING),
    quality: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, NOT_EDITOR, MISSING],
    invitedCustomer: every(MISSING),
    uninvited: every(MISSING),
  },
  'plan/refresh': {
    admin: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, OK, MISSING],
    listedBuyer: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, OK, MISSING],
    unlistedBuyer: every(MISSING),
    quality: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, OK, MISSING],
    invitedCustomer: every(MISSING),
    uninvited: every(MISSING),
  },
  'weighing/get': {
    admin: [WEIGHING_NOT_OPEN, WEIGHING_NOT_OPEN, WEIGHING_NOT_OPEN, OK, MISSING],
    listedBuyer: [WEIGHING_NOT_OPEN, WEIGHING_NOT_OPEN, WEIGHING_NOT_OPEN, OK, MISSING],
    unlistedBuyer: every(MISSING),
    quality: [WEIGHING_NOT_OPEN, WEIGHING_NOT_OPEN, WEIGHING_NOT_OPEN, OK, MISSING],
    invitedCustomer: [WEIGHING_NOT_OPEN, WEIGHING_NOT_OPEN, WEIGHING_NOT_OPEN, OK, MISSING],
    uninvited: every(MISSING),
  },
  'weighing/submit': {
    admin: [WEIGHING_NOT_OPEN, WEIGHING_NOT_OPEN, WEIGHING_NOT_OPEN, NOT_IN_AUDIENCE, MISSING],
    listedBuyer: [WEIGHING_NOT_OPEN, WEIGHING_NOT_OPEN, WEIGHING_NOT_OPEN, NOT_IN_AUDIENCE, MISSING],
    unlistedBuyer: every(MISSING),
    quality: [WEIGHING_NOT_OPEN, WEIGHING_NOT_OPEN, WEIGHING_NOT_OPEN, NOT_IN_AUDIENCE, MISSING],
    invitedCustomer: [WEIGHING_NOT_OPEN, WEIGHING_NOT_OPEN, WEIGHING_NOT_OPEN, WEIGHING_NOT_OPEN, MISSING],
    uninvited: every(MISSING),
  },
  'weighing/open': {
    admin: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, conflict('weighing.noCandidates'), MISSING],
    listedBuyer: [
      PLAN_NOT_CLOSED,
      PLAN_NOT_CLOSED,
      PLAN_NOT_CLOSED,
      conflict('weighing.noCandidates'),
      MISSING,
    ],
    unlistedBuyer: every(MISSING),
    quality: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, NOT_EDITOR, MISSING],
    invitedCustomer: every(MISSING),
    uninvited: every(MISSING),
  },
  'weighing/close': {
    admin: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, WEIGHING_NOT_OPEN, MISSING],
    listedBuyer: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, WEIGHING_NOT_OPEN, MISSING],
    unlistedBuyer: every(MISSING),
    quality: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, NOT_EDITOR, MISSING],
    invitedCustomer: every(MISSING),
    uninvited: every(MISSING),
  },
  'followup/get': {
    admin: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, OK, MISSING],
    listedBuyer: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, OK, MISSING],
    unlistedBuyer: every(MISSING),
    quality: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, OK, MISSING],
    invitedCustomer: every(MISSING),
    uninvited: every(MISSING),
  },
  'followup/review': {
    admin: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, OK, MISSING],
    listedBuyer: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, OK, MISSING],
    unlistedBuyer: every(MISSING),
    quality: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, OK, MISSING],
    invitedCustomer: every(MISSING),
    uninvited: every(MISSING),
  },
  'commitments/get': {
    admin: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, OK, MISSING],
    listedBuyer: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, OK, MISSING],
    unlistedBuyer: every(MISSING),
    quality: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, OK, MISSING],
    invitedCustomer: [PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, PLAN_NOT_CLOSED, OK, MISSING],
    uninvited: every(MISSING),
  },
  'issue-panel/get': {
    admin: OK,
    listedBuyer: OK,
    unlistedBuyer: OK,
    quality: OK,
    invitedCustomer: OK,
    uninvited: OK,
  },
  'jira-settings/get': {
    admin: OK,
    listedBuyer: OK,
    unlistedBuyer: OK,
    quality: forbidden('forbidden.jiraSettings'),
    invitedCustomer: forbidden('forbidden.jiraSettings'),
    uninvited: forbidden('forbidden.jiraSettings'),
  },
  'jira-settings/save': {
    admin: OK,
    listedBuyer: forbidden('forbidden.jiraSettings'),
    unlistedBuyer: forbidden('forbidden.jiraSettings'),
    quality: forbidden('forbidden.jiraSettings'),
    invitedCustomer: forbidden('forbidden.jiraSettings'),
    uninvited: forbidden('forbidden.jiraSettings'),
  },
  'jira-settings/project': {
    admin: OK,
    listedBuyer: forbidden('forbidden.jiraSettings'),
    unlistedBuyer: forbidden('forbidden.jiraSettings'),
    quality: forbidden('forbidden.jiraSettings'),
    invitedCustomer: forbidden('forbidden.jiraSettings'),
    uninvited: forbidden('forbidden.jiraSettings'),
  },
  'jira-settings/notices': {
    admin: OK,
    listedBuyer: forbidden('forbidden.jiraSettings'),
    unlistedBuyer: forbidden('forbidden.jiraSettings'),
    quality: forbidden('forbidden.jiraSettings'),
    invitedCustomer: forbidden('forbidden.jiraSettings'),
    uninvited: forbidden('forbidden.jiraSettings'),
  },
  // Everyone reads and dismisses their own banner: the payload names nobody.
  'reminders/banner': {
    admin: OK,
    listedBuyer: OK,
    unlistedBuyer: OK,
    quality: OK,
    invitedCustomer: OK,
    uninvited: OK,
  },
  'home/feed': {
    admin: OK,
    listedBuyer: OK,
    unlistedBuyer: OK,
    quality: OK,
    invitedCustomer: OK,
    uninvited: OK,
  },
  'reminders/dismiss': {
    admin: OK,
    listedBuyer: OK,
    unlistedBuyer: OK,
    quality: OK,
    invitedCustomer: OK,
    uninvited: OK,
  },
  'reminders/remind': {
    admin: every(FOR_TEAM),
    listedBuyer: [REMIND_NOT_OPEN, REMIND_NOT_OPEN, OK, REMIND_NOT_OPEN, MISSING],
    unlistedBuyer: every(MISSING),
    quality: every(FOR_TEAM),
    invitedCustomer: every(FOR_TEAM),
    uninvited: every(FOR_TEAM),
  },
  'supplier-ratings/mine': {
    admin: [NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, MISSING],
    listedBuyer: [NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, MISSING],
    unlistedBuyer: every(MISSING),
    quality: [NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, MISSING],
    // A closed campaign's own ratings stay readable.
    invitedCustomer: [NOT_OPEN_YET, NOT_OPEN_YET, OK, OK, MISSING],
    uninvited: every(MISSING),
  },
  'supplier-ratings/pick': {
    admin: [NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, MISSING],
    listedBuyer: [NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, MISSING],
    unlistedBuyer: every(MISSING),
    quality: [NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, MISSING],
    invitedCustomer: [NOT_OPEN_YET, NOT_OPEN_YET, OK, SURVEY_CLOSED, MISSING],
    uninvited: every(MISSING),
  },
  'supplier-ratings/save': {
    admin: [NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, MISSING],
    listedBuyer: [NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, MISSING],
    unlistedBuyer: every(MISSING),
    quality: [NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, NOT_IN_AUDIENCE, MISSING],
    invitedCustomer: [NOT_OPEN_YET, NOT_OPEN_YET, OK, SURVEY_CLOSED, MISSING],
    uninvited: every(MISSING),
  },
  'suppliers/list': {
    admin: OK,
    listedBuyer: OK,
    unlistedBuyer: OK,
    quality: OK,
    invitedCustomer: forbidden('forbidden.seeSuppliers'),
    uninvited: forbidden('forbidden.seeSuppliers'),
  },
  'suppliers/get': {
    admin: OK,
    listedBuyer: OK,
    unlistedBuyer: OK,
    quality: OK,
    invitedCustomer: forbidden('forbidden.seeSuppliers'),
    uninvited: forbidden('forbidden.seeSuppliers'),
  },
  'suppliers/save': {
    admin: OK,
    listedBuyer: OK,
    unlistedBuyer: forbidden('supplier.notYours'),
    quality: forbidden('forbidden.editSuppliers'),
    invitedCustomer: forbidden('forbidden.editSuppliers'),
    uninvited: forbidden('forbidden.editSuppliers'),
  },
  'suppliers/import': {
    admin: OK,
    listedBuyer: OK,
    unlistedBuyer: OK,
    quality: forbidden('forbidden.editSuppliers'),
    invitedCustomer: forbidden('forbidden.editSuppliers'),
    uninvited: forbidden('forbidden.editSuppliers'),
  },
};

let p: HostBackend;
beforeAll(async () => {
  p = await startBackend({ products: 'host', context: ADMIN_PAGE });
});
afterAll(() => p.close());

/** What the host answers for one key, every persona and (for a campaign's key) every state, each on a fresh store. */
async function actualRow(key: ResolverKey): Promise<Row> {
  const row = {} as Record<Persona, string | string[]>;
  for (const persona of Object.keys(PERSONAS) as Persona[]) {
    if (!KEY_CASES[key].campaign) {
      await reseed(p, undefined);
      row[persona] = await outcomeOf(p, key, persona, undefined);
      continue;
    }
    const cells: string[] = [];
    for (const state of STATES as readonly State[]) {
      await reseed(p, state);
      cells.push(await outcomeOf(p, key, persona, state));
    }
    row[persona] = cells;
  }
  return row as Row;
}

describe('campaign access matrix', () => {
  it('has rows for every resolver key, and a case for each', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...RESOLVER_KEYS].sort());
    expect(Object.keys(KEY_CASES).sort()).toEqual([...RESOLVER_KEYS].sort());
    for (const key of RESOLVER_KEYS) {
      for (const persona of Object.keys(PERSONAS) as Persona[]) {
        const cell = EXPECTED[key][persona];
        expect(typeof cell === 'string' ? 'one' : 'by state').toBe(
          KEY_CASES[key].campaign ? 'by state' : 'one',
        );
      }
    }
  });

  it.each(RESOLVER_KEYS.map((key) => [key]))('%s', async (key) => {
    expect(await actualRow(key)).toEqual(EXPECTED[key]);
  });
});
