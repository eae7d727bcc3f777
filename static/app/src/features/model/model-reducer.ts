/**
 * The model editor's state as reducers with named actions: `modelDraftReducer` edits the draft (texts, weights,
 * order, sections and criteria added or removed), `modelFormReducer` holds the whole form (the model as saved, the
 * draft, field errors, the banner, a pending save).
 */
import type { LocalizedText } from '@domain/model';
import type { ModelView } from '@shared/contract/model';
import type { Banner } from '../../components/FormBanner';
import { bannerAfterEdit, formStatusReducer, type FormStatusAction } from '../../components/form-status';
import type { FieldErrors } from '../../components/issues';
import {
  emptyText,
  modelDraftOf,
  move,
  type CriterionDraft,
  type ModelDraft,
  type SectionDraft,
} from './model-draft';

export type DraftAction =
  | { type: 'setName'; name: LocalizedText }
  | { type: 'setSectionTitle'; section: number; title: LocalizedText }
  | { type: 'setSectionWeight'; section: number; weight: string }
  | { type: 'setCriterionText'; section: number; criterion: number; text: LocalizedText }
  | { type: 'setCriterionWeight'; section: number; criterion: number; weight: string }
  | { type: 'moveSection'; section: number; delta: -1 | 1 }
  | { type: 'moveCriterion'; section: number; criterion: number; delta: -1 | 1 }
  /** A new section with one empty criterion; the ids are chosen by the caller (it moves the focus there). */
  | { type: 'addSection'; id: string; criterionId: string }
  | { type: 'addCriterion'; section: number; id: string }
  | { type: 'removeSection'; section: number }
  | { type: 'removeCriterion'; section: number; criterion: number };

const editSection = (d: ModelDraft, i: number, change: (s: SectionDraft) => SectionDraft): ModelDraft => ({
  ...d,
  sections: d.sections.map((s, k) => (k === i ? change(s) : s)),
});

const editCriteria = (
  d: ModelDraft,
  i: number,
  change: (c: CriterionDraft[]) => CriterionDraft[],
): ModelDraft => editSection(d, i, (s) => ({ ...s, criteria: change(s.criteria) }));

const editCriterion = (
  d: ModelDraft,
  i: number,
  j: number,
  change: (c: CriterionDraft) => CriterionDraft,
): ModelDraft => editCriteria(d, i, (criteria) => criteria.map((c, k) => (k === j ? change(c) : c)));

export function modelDraftReducer(d: ModelDraft, action: DraftAction): ModelDraft {
  switch (action.type) {
    case 'setName':
      return { ...d, name: action.name };
    case 'setSectionTitle':
      return editSection(d, action.section, (s) => ({ ...s, title: action.title }));
    case 'setSectionWeight':
      return editSection(d, action.section, (s) => ({ ...s, weight: action.weight }));
    case 'setCriterionText':
      return editCriterion(d, action.section, action.criterion, (c) => ({ ...c, text: action.text }));
    case 'setCriterionWeight':
      return editCriterion(d, action.section, action.criterion, (c) => ({ ...c, weight: action.weight }));
    case 'moveSection':
      return { ...d, sections: move(d.sections, action.section, action.delta) };
    case 'moveCriterion':
      return editCriteria(d, action.section, (criteria) => move(criteria, action.criterion, action.delta));
    case 'addSection': {
      const criterion = { id: action.criterionId, text: emptyText(), weight: '' };
      const section = { id: action.id, title: emptyText(), weight: '', criteria: [criterion] };
      return { ...d, sections: [...d.sections, section] };
    }
    case 'addCriterion':
      return editCriteria(d, action.section, (criteria) => [
        ...criteria,
        { id: action.id, text: emptyText(), weight: '' },
      ]);
    case 'removeSection':
      return { ...d, sections: d.sections.filter((_, k) => k !== action.section) };
    case 'removeCriterion':
      return editCriteria(d, action.section, (criteria) => criteria.filter((_, k) => k !== action.criterion));
  }
}

export interface ModelFormState {
  /** The model as the server last returned it. */
  view: ModelView;
  draft: ModelDraft;
  errors: FieldErrors;
  banner: Banner | null;
  saving: boolean;
}

export type FormAction =
  | FormStatusAction
  | { type: 'edit'; change: DraftAction }
  | { type: 'saved'; view: ModelView; message: string }
  | { type: 'discard' };

export const initialModelForm = (view: ModelView): ModelFormState => ({
  view,
  draft: modelDraftOf(view.model),
  errors: {},
  banner: null,
  saving: false,
});

export function modelFormReducer(state: ModelFormState, action: FormAction): ModelFormState {
  switch (action.type) {
    case 'edit':
      return {
        ...state,
        draft: modelDraftReducer(state.draft, action.change),
        banner: bannerAfterEdit(state.banner),
      };
    case 'validated':
    case 'saving':
    case 'failed':
      return formStatusReducer(state, action);
    case 'saved':
      return {
        ...state,
        view: action.view,
        draft: modelDraftOf(action.view.model),
        errors: {},
        banner: { kind: 'success', text: action.message },
      };
    case 'discard':
      return { ...state, draft: modelDraftOf(state.view.model), errors: {}, banner: null };
  }
}
