/**
 * One person's answer to the campaign (kind `customer`) or the team's self-assessment (kind `self`): the grid,
 * progress, the department when the person must choose it, autosave status, submit with its problems. Closed
 * campaign: the answer read-only.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Button from '@atlaskit/button/default/button';
import SectionMessage from '@atlaskit/section-message';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { ResponseView, SurveyStateView } from '@shared/contract';
import type { AppError } from '@shared/result';
import {
  progressOf,
  submitProblems,
  type Answer,
  type Answers,
  type ResponseKind,
} from '../../../../../src/domain/response';
import { call } from '../../api';
import { useI18n } from '../../i18n';
import { DepartmentField } from './DepartmentField';
import { draftKey } from './draft-store';
import type { SaveMode, Snapshot, SyncState } from './draft-sync';
import { formatDay, formatTime } from './format';
import { focusProblem, ProblemSummary, QuestionGrid, ReadOnlyAnswers, type FormProblem } from './Grid';
import { Progress } from './Progress';
import { useDraftSync } from './use-draft-sync';

export interface ResponseFormProps {
  state: SurveyStateView;
  kind: ResponseKind;
  response: ResponseView | null;
  accountId: string | undefined;
  /** CONFLICT: the server has a newer answer (another tab): reload the state. */
  onConflict: () => void;
}

export function ResponseForm(props: ResponseFormProps) {
  const { state, kind, response } = props;
  if (state.campaign.status !== 'open') {
    return <ClosedAnswer state={state} kind={kind} response={response} />;
  }
  return <OpenForm {...props} />;
}

function ClosedAnswer({
  state,
  kind,
  response,
}: {
  state: SurveyStateView;
  kind: ResponseKind;
  response: ResponseView | null;
}) {
  const { t, locale } = useI18n();
  return (
    <Stack space="space.200">
      <SectionMessage appearance="information" headingLevel="h2" title={t('ui.survey.closed.title')}>
        <p>
          {response
            ? t(kind === 'self' ? 'ui.survey.closed.selfAnswers' : 'ui.survey.closed.answers', {
                date: formatDay(state.campaign.closesOn, locale),
              })
            : t('ui.survey.closed.noAnswer', { date: formatDay(state.campaign.closesOn, locale) })}
        </p>
      </SectionMessage>
      {response ? <ReadOnlyAnswers model={state.model} locale={locale} answers={response.answers} /> : null}
    </Stack>
  );
}

function OpenForm({ state, kind, response, accountId, onConflict }: ResponseFormProps) {
  const { t, locale } = useI18n();
  const { campaign, model, me, departments } = state;
  const prefix = kind;
  const choosesDepartment = kind === 'customer' && me.eligibility === 'choose-department';

  const problemsOf = useCallback(
    (answers: Answers, departmentId: string | undefined): FormProblem[] => [
      ...(choosesDepartment && !departmentId
        ? [{ criterionId: '' as const, problem: 'department' as const }]
        : []),
      ...submitProblems(model, campaign, answers),
    ],
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

  const [showProblems, setShowProblems] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<AppError | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const [thanksRequest, setThanksRequest] = useState(0);
  const thanksRef = useRef<HTMLDivElement>(null);
  const problems = useMemo(
    () => (showProblems ? problemsOf(sync.answers, sync.departmentId) : []),
    [showProblems, problemsOf, sync.answers, sync.departmentId],
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
    const found = problemsOf(engine.current.answers, engine.current.departmentId);
    if (found.length > 0) {
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

  const submitted = sync.status === 'submitted';
  const progress = progressOf(model, sync.answers);

  return (
    <Stack space="space.300">
      {submitted ? (
        <div ref={thanksRef} tabIndex={-1}>
          <SectionMessage appearance="success" headingLevel="h2" title={t('ui.survey.thanks.title')}>
            <p>{t('ui.survey.thanks.body', { date: formatDay(campaign.closesOn, locale) })}</p>
          </SectionMessage>
        </div>
      ) : null}
      {choosesDepartment ? (
        <DepartmentField
          prefix={prefix}
          departments={departments}
          value={sync.departmentId}
          onChange={onDepartment}
          isInvalid={problems.some((p) => p.problem === 'department')}
          label={t('ui.survey.department.label')}
          placeholder={t('ui.survey.department.placeholder')}
          help={t('ui.survey.department.help')}
        />
      ) : null}
      <StickyBar>
        <Progress answered={progress.answered} total={progress.total} label={t('ui.survey.progress.label')} />
        <SyncStatus sync={sync} submitted={submitted} onRetry={() => engine.flushNow()} />
      </StickyBar>
      {problems.length > 0 ? (
        <ProblemSummary prefix={prefix} model={model} locale={locale} problems={problems} />
      ) : null}
      <QuestionGrid
        prefix={prefix}
        model={model}
        locale={locale}
        answers={sync.answers}
        threshold={campaign.commentRequiredAtOrBelow}
        problems={problems}
        onAnswer={onAnswer}
      />
      {submitError ? (
        <SectionMessage appearance="error" headingLevel="h2" title={t('ui.survey.submitFailed')}>
          <p>{t(`ui.errors.${submitError.code}`)}</p>
          {submitError.code === 'FORBIDDEN' || submitError.code === 'INVALID_PAYLOAD' ? (
            <p>{submitError.message}</p>
          ) : null}
        </SectionMessage>
      ) : null}
      <Inline space="space.150" alignBlock="center">
        <Button appearance="primary" isLoading={submitting} onClick={() => void onSubmit()}>
          {submitted ? t('ui.survey.submitChanges') : t('ui.survey.submit')}
        </Button>
        <Text size="small" color="color.text.subtle">
          {t('ui.survey.editUntil', { date: formatDay(campaign.closesOn, locale) })}
        </Text>
      </Inline>
    </Stack>
  );
}

function StickyBar({ children }: { children: React.ReactNode }) {
  return (
    <Box
      padding="space.150"
      style={{
        backgroundColor: token('elevation.surface.sunken'),
        borderRadius: token('radius.medium'),
      }}
    >
      <Stack space="space.100">{children}</Stack>
    </Box>
  );
}

export function SyncStatus({
  sync,
  submitted,
  onRetry,
}: {
  sync: SyncState;
  submitted: boolean;
  onRetry: () => void;
}) {
  const { t, locale } = useI18n();
  const phase = sync.sync;
  let text: string;
  let tone: 'color.text.subtle' | 'color.text.danger' | 'color.text.warning' = 'color.text.subtle';
  let retry = false;
  switch (phase.phase) {
    case 'waiting':
    case 'saving':
      text = t('ui.survey.autosave.saving');
      break;
    case 'saved':
      text = t(submitted ? 'ui.survey.autosave.submittedAt' : 'ui.survey.autosave.savedAt', {
        time: formatTime(phase.at, locale),
      });
      break;
    case 'retrying':
      text = t('ui.survey.autosave.retrying');
      tone = 'color.text.warning';
      retry = true;
      break;
    case 'held':
      text = t('ui.survey.autosave.held');
      tone = 'color.text.warning';
      break;
    case 'refused':
      text = t('ui.survey.autosave.refused', { reason: t(`ui.errors.${phase.error.code}`) });
      tone = 'color.text.danger';
      retry = true;
      break;
    case 'conflict':
      text = t('ui.survey.autosave.conflict');
      tone = 'color.text.warning';
      break;
    default:
      text = submitted
        ? t('ui.survey.autosave.submitted')
        : sync.revision > 0
          ? t('ui.survey.autosave.draftSaved')
          : t('ui.survey.autosave.hint');
  }
  return (
    <Inline space="space.100" alignBlock="center" shouldWrap>
      <div role="status" aria-live="polite" data-sync-phase={phase.phase}>
        <Text size="small" color={tone}>
          {text}
        </Text>
      </div>
      {retry ? (
        <Button appearance="subtle" spacing="compact" onClick={onRetry}>
          {t('ui.survey.autosave.retryNow')}
        </Button>
      ) : null}
    </Inline>
  );
}
