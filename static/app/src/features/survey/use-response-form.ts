/**
 * The open form's behaviour: autosave through DraftSync (one engine per campaign, kind and account), the problems
 * that block a submit (shown once a submit was tried, the focus moved to the first), and the submit itself.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Answer, Answers, ResponseKind } from '@domain/survey';
import type { ResponseView, SurveyStateView } from '@shared/contract/survey';
import type { AppError } from '@shared/result';
import { call } from '../../api/call';
import { draftKey } from '../../components/questionnaire/draft-store';
import { focusProblem, formProblems } from '../../components/questionnaire/problems';
import type { SaveMode, Snapshot } from './draft-sync';
import { useDraftSync } from './use-draft-sync';

export interface ResponseFormProps {
  state: SurveyStateView;
  kind: ResponseKind;
  response: ResponseView | null;
  accountId: string | undefined;
  /** CONFLICT: the server has a newer answer (another tab): reload the state. */
  onConflict: () => void;
}

/** The engine for this response, sending drafts and submits as `survey/saveDraft` and `survey/submit`. */
function useResponseSync({ state, kind, response, accountId, onConflict }: ResponseFormProps) {
  const { campaign, model, me } = state;
  const choosesDepartment = kind === 'customer' && me.eligibility === 'choose-department';
  const problemsOf = useCallback(
    (answers: Answers, departmentId: string | undefined) =>
      formProblems(model, campaign, answers, { required: choosesDepartment, value: departmentId }),
    [choosesDepartment, model, campaign],
  );
  const send = useCallback(
    (mode: SaveMode, snapshot: Snapshot) => {
      const payload = {
        campaignId: campaign.id,
        kind,
        answers: snapshot.answers,
        baseRevision: snapshot.baseRevision,
        ...(choosesDepartment && snapshot.departmentId ? { departmentId: snapshot.departmentId } : {}),
      };
      return mode === 'draft' ? call('survey/saveDraft', payload) : call('survey/submit', payload);
    },
    [campaign.id, kind, choosesDepartment],
  );
  const { state: sync, engine } = useDraftSync({
    storageKey: draftKey(campaign.id, kind, accountId),
    initial: {
      answers: response?.answers ?? {},
      ...(response?.departmentId ? { departmentId: response.departmentId } : {}),
      status: response?.status ?? null,
      revision: response?.revision ?? 0,
    },
    send,
    canSubmit: (answers, departmentId) => problemsOf(answers, departmentId).length === 0,
    onConflict,
  });
  return { sync, engine, problemsOf, choosesDepartment };
}

export function useResponseForm(props: ResponseFormProps) {
  const prefix = props.kind;
  const { sync, engine, problemsOf, choosesDepartment } = useResponseSync(props);
  const [showProblems, setShowProblems] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<AppError | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const [thanksRequest, setThanksRequest] = useState(0);
  const thanksRef = useRef<HTMLDivElement>(null);
  // Edits of a submitted answer that cannot be submitted stay in the browser ("held"): say at once what stops them.
  const held = sync.sync.phase === 'held';
  const problems = useMemo(
    () => (showProblems || held ? problemsOf(sync.answers, sync.departmentId) : []),
    [showProblems, held, problemsOf, sync.answers, sync.departmentId],
  );

  useEffect(() => {
    if (focusRequest === 0) return;
    const first = problemsOf(engine.current.answers, engine.current.departmentId)[0];
    if (first) focusProblem(prefix, first);
  }, [focusRequest, engine, prefix, problemsOf]);

  useEffect(() => {
    if (thanksRequest > 0) thanksRef.current?.focus();
  }, [thanksRequest]);

  const onAnswer = (criterionId: string, answer: Answer) => {
    setSubmitError(null);
    engine.change({ ...engine.current.answers, [criterionId]: answer }, engine.current.departmentId);
  };
  const onDepartment = (departmentId: string | undefined) => {
    setSubmitError(null);
    engine.change(engine.current.answers, departmentId);
  };

  const onSubmit = async () => {
    setSubmitError(null);
    if (problemsOf(engine.current.answers, engine.current.departmentId).length > 0) {
      setShowProblems(true);
      setFocusRequest((n) => n + 1);
      return;
    }
    setSubmitting(true);
    const result = await engine.submit();
    setSubmitting(false);
    if (result.ok) {
      setShowProblems(false);
      setThanksRequest((n) => n + 1);
    } else if (result.error.code !== 'CONFLICT') {
      setSubmitError(result.error);
    }
  };

  return {
    prefix,
    sync,
    engine,
    choosesDepartment,
    problems,
    held,
    submitting,
    submitError,
    thanksRef,
    onAnswer,
    onDepartment,
    onSubmit,
  };
}
