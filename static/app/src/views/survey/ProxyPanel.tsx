/**
 * Proxy entry (named campaigns, buyers): after a face-to-face review, the buyer records the answers of one of the
 * customers of their portfolio. Stored as that customer's answer, marked as entered by proxy. The buyer's work in
 * progress is kept in this browser until the server acknowledged it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Button from '@atlaskit/button/default/button';
import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import type { ParticipationView, ProxyResponseView, SurveyStateView, UserRef } from '@shared/contract';
import type { AppError } from '@shared/result';
import { submitProblems, type Answer, type Answers } from '../../../../../src/domain/response';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { ErrorState, Loading } from '../states';
import { useCall } from '../use-call';
import { DepartmentField } from './DepartmentField';
import { clearDraft, draftKey, readDraft, writeDraft } from './draft-store';
import { focusProblem, ProblemSummary, QuestionGrid, type FormProblem } from './Grid';
import { LazyPicker } from './LazyPicker';

/** The customers a buyer may answer for: their own portfolio's people who have not answered yet. */
export function proxyCandidates(view: ParticipationView, accountId: string | undefined): UserRef[] {
  const mine = view.portfolios.filter((p) => p.buyer.accountId === accountId);
  const pending = (mine.length > 0 ? mine : view.portfolios).flatMap((p) => p.pending ?? []);
  const seen = new Set<string>();
  return pending
    .filter((u) => (seen.has(u.accountId) ? false : (seen.add(u.accountId), true)))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export default function ProxyPanel({
  state,
  accountId,
}: {
  state: SurveyStateView;
  accountId: string | undefined;
}) {
  const { t } = useI18n();
  const { state: participation, retry } = useCall('participation/get', { campaignId: state.campaign.id });
  const [customerId, setCustomerId] = useState<string | undefined>();
  const [done, setDone] = useState<UserRef[]>([]);
  const candidates = useMemo(
    () =>
      participation.status === 'ready'
        ? proxyCandidates(participation.data, accountId).filter(
            (c) => !done.some((d) => d.accountId === c.accountId),
          )
        : [],
    [participation, accountId, done],
  );
  if (participation.status === 'loading') return <Loading label={t('ui.survey.proxy.loading')} />;
  if (participation.status === 'error') return <ErrorState error={participation.error} onRetry={retry} />;
  const customer = candidates.find((c) => c.accountId === customerId);
  return (
    <Stack space="space.200">
      <Text as="p">{t('ui.survey.proxy.intro')}</Text>
      {done.length > 0 ? (
        <SectionMessage appearance="success" headingLevel="h2" title={t('ui.survey.proxy.recordedTitle')}>
          <p>{t('ui.survey.proxy.recorded', { names: done.map((d) => d.displayName).join(', ') })}</p>
        </SectionMessage>
      ) : null}
      {candidates.length === 0 ? (
        <SectionMessage appearance="information">
          <p>{t('ui.survey.proxy.none')}</p>
        </SectionMessage>
      ) : (
        <Stack space="space.050">
          <label id="proxy-customer-label" htmlFor="proxy-customer">
            <Text weight="medium">{t('ui.survey.proxy.customerLabel')}</Text>
          </label>
          <div style={{ maxWidth: '24rem' }}>
            <LazyPicker
              inputId="proxy-customer"
              labelId="proxy-customer-label"
              options={candidates.map((c) => ({ value: c.accountId, label: c.displayName }))}
              value={customerId}
              onChange={setCustomerId}
              placeholder={t('ui.survey.proxy.customerPlaceholder')}
            />
          </div>
        </Stack>
      )}
      {customer ? (
        <ProxyForm
          key={customer.accountId}
          state={state}
          customer={customer}
          accountId={accountId}
          onDone={() => {
            setDone((d) => [...d, customer]);
            setCustomerId(undefined);
          }}
        />
      ) : null}
    </Stack>
  );
}

function ProxyForm({
  state,
  customer,
  accountId,
  onDone,
}: {
  state: SurveyStateView;
  customer: UserRef;
  accountId: string | undefined;
  onDone: () => void;
}) {
  const { t, locale } = useI18n();
  const { campaign, model, departments } = state;
  const storageKey = draftKey(campaign.id, `proxy-${customer.accountId}`, accountId);
  const [load, setLoad] = useState<
    { status: 'loading' } | { status: 'error'; error: AppError } | ({ status: 'ready' } & ProxyResponseView)
  >({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [answers, setAnswers] = useState<Answers>({});
  /** Chosen for a customer who is not listed in a department (`chooseDepartment`); unused otherwise. */
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const [showProblems, setShowProblems] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const revision = useRef(0);

  useEffect(() => {
    let live = true;
    void call('survey/getProxy', { campaignId: campaign.id, customerAccountId: customer.accountId }).then(
      (result) => {
        if (!live) return;
        if (!result.ok) return setLoad({ status: 'error', error: result.error });
        const { response, chooseDepartment } = result.data;
        revision.current = response?.revision ?? 0;
        const local = readDraft(storageKey);
        setAnswers(local?.answers ?? response?.answers ?? {});
        setDepartmentId(chooseDepartment ? (local?.departmentId ?? response?.departmentId) : undefined);
        setLoad({ status: 'ready', ...result.data });
      },
    );
    return () => {
      live = false;
    };
  }, [campaign.id, customer.accountId, storageKey, attempt]);

  const choosesDepartment = load.status === 'ready' && load.chooseDepartment;
  const problemsOf = useCallback(
    (current: Answers, department: string | undefined): FormProblem[] => [
      ...(choosesDepartment && !department
        ? [{ criterionId: '' as const, problem: 'department' as const }]
        : []),
      ...submitProblems(model, campaign, current),
    ],
    [choosesDepartment, model, campaign],
  );
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

  if (load.status === 'loading') return <Loading label={t('ui.survey.proxy.loadingAnswer')} />;
  if (load.status === 'error')
    return <ErrorState error={load.error} onRetry={() => setAttempt((n) => n + 1)} />;

  const onAnswer = (criterionId: string, answer: Answer) => {
    setError(null);
    setAnswers((current) => {
      const next = { ...current, [criterionId]: answer };
      writeDraft(storageKey, {
        answers: next,
        ...(departmentId ? { departmentId } : {}),
        baseRevision: revision.current,
        changedAt: Date.now(),
      });
      return next;
    });
  };

  const onDepartment = (chosen: string | undefined) => {
    setError(null);
    setDepartmentId(chosen);
    writeDraft(storageKey, {
      answers,
      ...(chosen ? { departmentId: chosen } : {}),
      baseRevision: revision.current,
      changedAt: Date.now(),
    });
  };

  const onSubmit = async () => {
    setError(null);
    if (problemsOf(answers, departmentId).length > 0) {
      setShowProblems(true);
      setFocusRequest((n) => n + 1);
      return;
    }
    setSubmitting(true);
    const result = await call('survey/proxySubmit', {
      campaignId: campaign.id,
      customerAccountId: customer.accountId,
      answers,
      ...(choosesDepartment && departmentId ? { departmentId } : {}),
      baseRevision: revision.current,
    });
    setSubmitting(false);
    if (result.ok) {
      clearDraft(storageKey);
      onDone();
    } else if (result.error.code === 'CONFLICT') {
      clearDraft(storageKey);
      setError(result.error);
      setAttempt((n) => n + 1);
    } else {
      setError(result.error);
    }
  };

  return (
    <Stack space="space.200">
      {load.response?.enteredByProxy === false ? (
        <SectionMessage appearance="warning">
          <p>{t('ui.survey.proxy.customerAnswered', { name: customer.displayName })}</p>
        </SectionMessage>
      ) : null}
      {load.chooseDepartment ? (
        <DepartmentField
          prefix="proxy"
          departments={departments}
          value={departmentId}
          onChange={onDepartment}
          isInvalid={problems.some((p) => p.problem === 'department')}
          label={t('ui.survey.proxy.department.label', { name: customer.displayName })}
          placeholder={t('ui.survey.proxy.department.placeholder')}
          help={t('ui.survey.proxy.department.help', { name: customer.displayName })}
        />
      ) : null}
      {problems.length > 0 ? (
        <ProblemSummary
          prefix="proxy"
          model={model}
          locale={locale}
          problems={problems}
          departmentText={t('ui.survey.proxy.department.problem', { name: customer.displayName })}
        />
      ) : null}
      <QuestionGrid
        prefix="proxy"
        model={model}
        locale={locale}
        answers={answers}
        threshold={campaign.commentRequiredAtOrBelow}
        problems={problems}
        onAnswer={onAnswer}
      />
      <SectionMessage appearance="information">
        <p>{t('ui.survey.proxy.note', { name: customer.displayName })}</p>
      </SectionMessage>
      {error ? (
        <SectionMessage appearance="error" headingLevel="h2" title={t('ui.survey.submitFailed')}>
          <p>{error.code === 'CONFLICT' ? t('ui.survey.proxy.conflict') : t(`ui.errors.${error.code}`)}</p>
          {error.code === 'FORBIDDEN' || error.code === 'INVALID_PAYLOAD' ? <p>{error.message}</p> : null}
        </SectionMessage>
      ) : null}
      <div>
        <Button appearance="primary" isLoading={submitting} onClick={() => void onSubmit()}>
          {t('ui.survey.proxy.submit', { name: customer.displayName })}
        </Button>
      </div>
    </Stack>
  );
}
