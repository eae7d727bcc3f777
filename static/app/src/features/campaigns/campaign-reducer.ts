/**
 * The campaign editor's state as reducers with named actions: `campaignDraftReducer` edits the draft (the contract's
 * `CampaignInput`), `campaignFormReducer` holds the whole form (the campaign as saved, the draft, field errors, the
 * banner, pending requests and the confirmation dialog).
 */
import type { AppRole } from '@domain/roles';
import type { LocalizedText } from '@domain/model';
import type { CampaignInput, CampaignView } from '@shared/contract/campaigns';
import type { Banner } from '../../components/FormBanner';
import { bannerAfterEdit, formStatusReducer, type FormStatusAction } from '../../components/form-status';
import type { FieldErrors } from '../../components/issues';
import { ROLES, draftOf, nextDepartmentId } from './campaign-draft';

export type TextField = 'period' | 'opensOn' | 'closesOn';

export type DraftAction =
  | { type: 'setText'; field: TextField; value: string }
  | { type: 'setName'; name: LocalizedText }
  | { type: 'setAnonymous'; anonymous: boolean }
  | { type: 'setSuppliers'; enabled: boolean }
  | { type: 'setCommentRule'; level: CampaignInput['commentRequiredAtOrBelow'] }
  /** The whole reminder schedule as the admin left it. */
  | { type: 'setReminders'; reminders: NonNullable<CampaignInput['reminders']> }
  | { type: 'toggleResultRole'; role: AppRole; checked: boolean }
  | { type: 'setCustomersAfterClose'; value: boolean }
  /** `undefined`: the default (5 for scores, 10 for comments). */
  | { type: 'setGroupSize'; field: 'minGroupSize' | 'minCommentGroupSize'; value: number | undefined }
  | { type: 'addDepartment' }
  | { type: 'renameDepartment'; index: number; name: LocalizedText }
  | { type: 'setDepartmentMembers'; index: number; members: string[] }
  | { type: 'removeDepartment'; index: number }
  | { type: 'setAudiencePeople'; people: string[] }
  | { type: 'setTeam'; accountIds: string[] }
  | { type: 'togglePortfolioDepartment'; member: number; departmentId: string; checked: boolean }
  | { type: 'setPortfolioPeople'; member: number; people: string[] };

type Department = CampaignInput['audience']['departments'][number];
type Member = CampaignInput['team'][number];

const withDepartments = (d: CampaignInput, departments: Department[]): CampaignInput => ({
  ...d,
  audience: { ...d.audience, departments },
});

const withMember = (d: CampaignInput, index: number, change: (m: Member) => Member): CampaignInput => ({
  ...d,
  team: d.team.map((m, k) => (k === index ? change(m) : m)),
});

const withPortfolio = (m: Member, portfolio: Partial<Member['portfolio']>): Member => ({
  ...m,
  portfolio: { ...m.portfolio, ...portfolio },
});

/** Removes a department from the audience and from every buyer's portfolio. */
function removeDepartment(d: CampaignInput, index: number): CampaignInput {
  const id = d.audience.departments[index]?.id;
  return {
    ...withDepartments(
      d,
      d.audience.departments.filter((_, k) => k !== index),
    ),
    team: d.team.map((m) =>
      withPortfolio(m, { departments: m.portfolio.departments.filter((x) => x !== id) }),
    ),
  };
}

/** Adds or removes a department of a buyer's portfolio, keeping the audience's order. */
function togglePortfolioDepartment(
  d: CampaignInput,
  member: number,
  id: string,
  checked: boolean,
): CampaignInput {
  return withMember(d, member, (m) =>
    withPortfolio(m, {
      departments: checked
        ? d.audience.departments
            .map((x) => x.id)
            .filter((x) => x === id || m.portfolio.departments.includes(x))
        : m.portfolio.departments.filter((x) => x !== id),
    }),
  );
}

export function campaignDraftReducer(d: CampaignInput, action: DraftAction): CampaignInput {
  switch (action.type) {
    case 'setName':
      return { ...d, name: action.name };
    case 'setText':
      return { ...d, [action.field]: action.value };
    case 'setAnonymous':
      return { ...d, anonymous: action.anonymous };
    case 'setSuppliers':
      return { ...d, suppliers: { enabled: action.enabled } };
    case 'setCommentRule':
      return { ...d, commentRequiredAtOrBelow: action.level };
    case 'setReminders':
      return { ...d, reminders: action.reminders };
    case 'toggleResultRole': {
      const { role, checked } = action;
      const roles = checked
        ? ROLES.filter((r) => r === role || d.results.roles.includes(r))
        : d.results.roles.filter((r) => r !== role);
      return { ...d, results: { ...d.results, roles } };
    }
    case 'setCustomersAfterClose':
      return { ...d, results: { ...d.results, customersAfterClose: action.value } };
    case 'setGroupSize': {
      const { [action.field]: _previous, ...results } = d.results;
      return {
        ...d,
        results: action.value === undefined ? results : { ...results, [action.field]: action.value },
      };
    }
    case 'addDepartment':
      return withDepartments(d, [
        ...d.audience.departments,
        { id: nextDepartmentId(d), name: { 'en-US': '', 'fr-FR': '' }, members: [] },
      ]);
    case 'renameDepartment':
      return withDepartments(
        d,
        d.audience.departments.map((x, k) => (k === action.index ? { ...x, name: action.name } : x)),
      );
    case 'setDepartmentMembers':
      return withDepartments(
        d,
        d.audience.departments.map((x, k) => (k === action.index ? { ...x, members: action.members } : x)),
      );
    case 'removeDepartment':
      return removeDepartment(d, action.index);
    case 'setAudiencePeople':
      return { ...d, audience: { ...d.audience, people: action.people } };
    case 'setTeam':
      return {
        ...d,
        team: action.accountIds.map(
          (accountId) =>
            d.team.find((m) => m.accountId === accountId) ?? {
              accountId,
              portfolio: { departments: [], people: [] },
            },
        ),
      };
    case 'togglePortfolioDepartment':
      return togglePortfolioDepartment(d, action.member, action.departmentId, action.checked);
    case 'setPortfolioPeople':
      return withMember(d, action.member, (m) => withPortfolio(m, { people: action.people }));
  }
}

export type Dialog = 'open' | 'close';

export interface CampaignFormState {
  /** The campaign as the server last returned it (null: not created yet). */
  view: CampaignView | null;
  /** The draft as last saved: `draft` differs from it while there are unsaved changes. */
  baseline: CampaignInput;
  draft: CampaignInput;
  errors: FieldErrors;
  banner: Banner | null;
  saving: boolean;
  dialog: Dialog | null;
  /** An open or close request is out. */
  working: boolean;
}

export type FormAction =
  | FormStatusAction
  | { type: 'edit'; change: DraftAction }
  | { type: 'showDialog'; dialog: Dialog | null }
  | { type: 'working'; value: boolean }
  | { type: 'accepted'; view: CampaignView; message: string };

export const initialFormState = ({
  view,
  draft,
}: {
  view: CampaignView | null;
  draft: CampaignInput;
}): CampaignFormState => ({
  view,
  baseline: draft,
  draft,
  errors: {},
  banner: null,
  saving: false,
  dialog: null,
  working: false,
});

export function campaignFormReducer(state: CampaignFormState, action: FormAction): CampaignFormState {
  switch (action.type) {
    case 'edit':
      return {
        ...state,
        draft: campaignDraftReducer(state.draft, action.change),
        banner: bannerAfterEdit(state.banner),
      };
    case 'validated':
    case 'saving':
    case 'failed':
      return formStatusReducer(state, action);
    case 'showDialog':
      return { ...state, dialog: action.dialog };
    case 'working':
      return { ...state, working: action.value };
    case 'accepted': {
      const draft = draftOf(action.view);
      const banner: Banner = { kind: 'success', text: action.message };
      return { ...state, view: action.view, baseline: draft, draft, errors: {}, banner };
    }
  }
}
