/**
 * Proxy entry's behaviour for one customer: load their answer (`proxy/get`), restore the buyer's work in
 * progress from this browser, keep it there on every change, and submit (`proxy/submit`).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Answer, Answers } from '@domain/survey';
import type { UserRef } from '@shared/contract/common';
import type { ProxyResponseView } from '@shared/contract/proxy';
import type { SurveyStateView } from '@shared/contract/survey';
import type { AppError } from '@shared/result';
import { call } from '../../api/call';
import { clearDraft, draftKey, readDraft, writeDraft } from '../../components/questionnaire/draft-store';
import { focusProblem, formProblems, type FormProblem } from '../../components/questionnaire/problems';

type Load =
  { status: 'loading' } | { status: 'error'; error: AppError } | ({ status: 'ready' } & ProxyResponseView);

/** The customer's answer as loaded, and the answers being edited (the browser's copy first). */
function useProxyAnswer(campaignId: string, customer: UserRef, storageKey: string) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [answers, setAnswers] = useState<Answers>({});
  /** Chosen for a customer who is not listed in a department (`chooseDepartment`); unused otherwise. */
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const revision = useRef(0);

  useEffect(() => {
    let live = true;
    void call('proxy/get', { campaignId, customerAccountId: customer.accountId }).then((result) => {
      if (!live) return;
      if (!result.ok) return setLoad({ status: 'error', error: result.error });
      const { response, chooseDepartment } = result.data;
      revision.current = response?.revision ?? 0;
      const local = readDraft(storageKey);
      setAnswers(local?.answers ?? response?.answers ?? {});
      setDepartmentId(chooseDepartment ? (local?.departmentId ?? response?.departmentId) : undefined);
      setLoad({ status: 'ready', ...result.data });
    });
    return () => {
      live = false;
    };
  }, [campaignId, customer.accountId, storageKey, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { load, reload, answers, setAnswers, departmentId, setDepartmentId, revision };
}

/** The problems shown once a submit was tried; `blocks()` shows them and moves the focus to the first. */
function useProblems(
  problemsOf: (answers: Answers, department: string | undefined) => FormProblem[],
  answers: Answers,
  departmentId: string | undefined,
) {
  const [showProblems, setShowProblems] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const problems = useMemo(
    () => (showProblems ? problemsOf(answers, departmentId) : []),
    [showProblems, problemsOf, answers, departmentId],
  );
  const latest = useRef({ answers, departmentId });
  latest.current = { answers, departmentId };
  useEffect(() => {
    if (focusRequest === 0) return;
    const first = problemsOf(latest.current.answers, latest.current.departmentId)[0];
    if (first) focusProblem('proxy', first);
  }, [focusRequest, problemsOf]);
  const blocks = () => {
    if (problemsOf(answers, departmentId).length === 0) return false;
    setShowProblems(true);
    setFocusRequest((n) => n + 1);
    return true;
  };
  return { problems, blocks };
}

export function useProxyForm(
  { campaign, model }: Pick<SurveyStateView, 'campaign' | 'model'>,
  customer: UserRef,
  accountId: string | undefined,
  onDone: () => void,
) {
  const storageKey = draftKey(campaign.id, `proxy-${customer.accountId}`, accountId);
  const answer = useProxyAnswer(campaign.id, customer, storageKey);
  const { load, answers, departmentId, revision } = answer;
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const choosesDepartment = load.status === 'ready' && load.chooseDepartment;
  const problemsOf = useCallback(
    (current: Answers, department: string | undefined) =>
      formProblems(model, campaign, current, { required: choosesDepartment, value: department }),
    [choosesDepartment, model, campaign],
  );
  const { problems, blocks } = useProblems(problemsOf, answers, departmentId);

  const keep = (next: Answers, department: string | undefined) =>
    writeDraft(storageKey, {
      answers: next,
      ...(department ? { departmentId: department } : {}),
      baseRevision: revision.current,
      changedAt: Date.now(),
    });
  const onAnswer = (criterionId: string, value: Answer) => {
    setError(null);
    answer.setAnswers((current) => {
      const next = { ...current, [criterionId]: value };
      keep(next, departmentId);
      return next;
    });
  };
  const onDepartment = (chosen: string | undefined) => {
    setError(null);
    answer.setDepartmentId(chosen);
    keep(answers, chosen);
  };

  const onSubmit = async () => {
    setError(null);
    if (blocks()) return;
    setSubmitting(true);
    const result = await call('proxy/submit', {
      campaignId: campaign.id,
      customerAccountId: customer.accountId,
      answers,
      ...(choosesDepartment && departmentId ? { departmentId } : {}),
      baseRevision: revision.current,
    });
    setSubmitting(false);
    if (result.ok) {
      clearDraft(storageKey);
      return onDone();
    }
    const conflict = result.error.code === 'CONFLICT';
    if (conflict) clearDraft(storageKey);
    setError(result.error);
    if (conflict) answer.reload();
  };

  return {
    load,
    reload: answer.reload,
    answers,
    departmentId,
    problems,
    submitting,
    error,
    onAnswer,
    onDepartment,
    onSubmit,
  };
}
