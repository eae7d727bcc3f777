/**
 * The model editor's behaviour: its reducer, the structural edits (move, add, remove) with where the focus goes
 * next and what a live region announces, and the save (`model/save` with `baseVersion`).
 */
import { useEffect, useReducer, useRef, useState, type FormEvent } from 'react';
import type { ModelView } from '@shared/contract/model';
import { call } from '../../api/call';
import { useI18n } from '../../app/i18n';
import { failureBanner } from '../../components/FormBanner';
import { mapIssues } from '../../components/issues';
import {
  freshId,
  modelDraftOf,
  modelFieldPaths,
  modelInputOf,
  validateModel,
  type ModelDraft,
} from './model-draft';
import { initialModelForm, modelFormReducer, type DraftAction } from './model-reducer';

/** After the next render, focuses the first of `ids` that exists and is enabled (a disabled button cannot be). */
function useFocusAfterRender() {
  const next = useRef<string[] | null>(null);
  useEffect(() => {
    const ids = next.current;
    if (!ids) return;
    next.current = null;
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element && !(element as HTMLButtonElement).disabled) {
        element.focus();
        return;
      }
    }
  });
  return (ids: string[]) => {
    next.current = ids;
  };
}

const allCriterionIds = (d: ModelDraft) => d.sections.flatMap((s) => s.criteria.map((c) => c.id));

/** The moved item's button in the same direction first, else (at an end) the other one. */
const moveTargets = (idBase: string, delta: -1 | 1) =>
  delta < 0 ? [`${idBase}-up`, `${idBase}-down`] : [`${idBase}-down`, `${idBase}-up`];

/** Move, add and remove, each with its focus target and announcement. */
function useStructureEdits(draft: ModelDraft, edit: (change: DraftAction) => void) {
  const { t } = useI18n();
  const [announcement, setAnnouncement] = useState('');
  const focusNext = useFocusAfterRender();
  const sections = draft.sections;
  return {
    announcement,
    moveSection: (i: number, delta: -1 | 1) => {
      edit({ type: 'moveSection', section: i, delta });
      focusNext(moveTargets(`move-section-${sections[i]!.id}`, delta));
      setAnnouncement(t('ui.admin.model.moved', { position: i + delta + 1, count: sections.length }));
    },
    moveCriterion: (i: number, j: number, delta: -1 | 1) => {
      const criteria = sections[i]!.criteria;
      edit({ type: 'moveCriterion', section: i, criterion: j, delta });
      focusNext(moveTargets(`move-criterion-${criteria[j]!.id}`, delta));
      setAnnouncement(t('ui.admin.model.moved', { position: j + delta + 1, count: criteria.length }));
    },
    addSection: () => {
      const id = freshId(
        'section',
        sections.map((s) => s.id),
      );
      edit({ type: 'addSection', id, criterionId: freshId('criterion', allCriterionIds(draft)) });
      focusNext([`section-${id}-title-en-US`]);
    },
    addCriterion: (i: number) => {
      const id = freshId('criterion', allCriterionIds(draft));
      edit({ type: 'addCriterion', section: i, id });
      focusNext([`criterion-${id}-en-US`]);
    },
    removeSection: (i: number) => {
      edit({ type: 'removeSection', section: i });
      focusNext(['add-section']);
      setAnnouncement(t('ui.admin.model.removedSection', { n: i + 1 }));
    },
    removeCriterion: (i: number, j: number) => {
      edit({ type: 'removeCriterion', section: i, criterion: j });
      focusNext([`add-criterion-${sections[i]!.id}`]);
      setAnnouncement(t('ui.admin.model.removedCriterion', { n: `${i + 1}.${j + 1}` }));
    },
  };
}

export type StructureEdits = ReturnType<typeof useStructureEdits>;

export function useModelEditor(initial: ModelView) {
  const { t } = useI18n();
  const [state, dispatch] = useReducer(modelFormReducer, initial, initialModelForm);
  const { view, draft, saving } = state;
  const edit = (change: DraftAction) => dispatch({ type: 'edit', change });
  const structure = useStructureEdits(draft, edit);
  const dirty = JSON.stringify(draft) !== JSON.stringify(modelDraftOf(view.model));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    const found = validateModel(draft, t);
    dispatch({ type: 'validated', errors: found });
    if (Object.keys(found).length > 0) return;
    dispatch({ type: 'saving', value: true });
    const result = await call('model/save', { model: modelInputOf(draft), baseVersion: view.model.version });
    dispatch({ type: 'saving', value: false });
    if (result.ok) {
      const message = t('ui.admin.model.saved', { version: result.data.model.version });
      return dispatch({ type: 'saved', view: result.data, message });
    }
    const { error } = result;
    const { banner, fields } = failureBanner(error, () =>
      mapIssues(error, 'model', modelFieldPaths(draft), t),
    );
    dispatch({ type: 'failed', banner, ...(fields ? { errors: fields } : {}) });
  };

  const discard = () => dispatch({ type: 'discard' });
  return { state, dirty, edit, structure, save, discard };
}
