/**
 * The answer of an open campaign: the grid, progress, the department when the person must choose it, autosave
 * status, submit with its problems.
 */
import Button from '@atlaskit/button/default/button';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import { progressOf } from '@domain/survey';
import { useI18n } from '../../app/i18n';
import { formatDay } from '../../components/dates';
import { ProgressBar } from '../../components/ProgressBar';
import { DepartmentField } from '../../components/questionnaire/DepartmentField';
import { ProblemSummary } from '../../components/questionnaire/ProblemSummary';
import { QuestionGrid } from '../../components/questionnaire/QuestionGrid';
import { SubmitFailed } from '../../components/questionnaire/SubmitFailed';
import { StickyBar, SyncStatus } from './SyncStatus';
import { useResponseForm, type ResponseFormProps } from './use-response-form';

export function OpenForm(props: ResponseFormProps) {
  const { t, locale } = useI18n();
  const { campaign, model, departments } = props.state;
  const form = useResponseForm(props);
  const { prefix, sync, problems, held } = form;
  const submitted = sync.status === 'submitted';
  const progress = progressOf(model, sync.answers);

  return (
    <Stack space="space.300">
      {submitted && !held ? (
        <div ref={form.thanksRef} tabIndex={-1}>
          <SectionMessage appearance="success" headingLevel="h2" title={t('ui.survey.thanks.title')}>
            <p>{t('ui.survey.thanks.body', { date: formatDay(campaign.closesOn, locale) })}</p>
          </SectionMessage>
        </div>
      ) : null}
      {form.choosesDepartment ? (
        <DepartmentField
          prefix={prefix}
          departments={departments}
          value={sync.departmentId}
          onChange={form.onDepartment}
          isInvalid={problems.some((p) => p.problem === 'department')}
          label={t('ui.survey.department.label')}
          placeholder={t('ui.survey.department.placeholder')}
          help={t('ui.survey.department.help')}
        />
      ) : null}
      <StickyBar>
        <ProgressBar
          value={progress.answered}
          max={progress.total}
          label={t('ui.survey.progress.label')}
          text={t('ui.survey.progress.text', {
            answered: progress.answered,
            total: progress.total,
            count: progress.answered,
          })}
          stretch
          animate
        />
        <SyncStatus
          sync={sync}
          submitted={submitted}
          problemCount={problems.length}
          onRetry={() => form.engine.flushNow()}
        />
      </StickyBar>
      {problems.length > 0 ? (
        <ProblemSummary
          prefix={prefix}
          model={model}
          locale={locale}
          problems={problems}
          {...(held
            ? {
                title: t('ui.survey.held.title', { count: problems.length }),
                intro: t('ui.survey.held.body'),
              }
            : {})}
        />
      ) : null}
      <QuestionGrid
        prefix={prefix}
        model={model}
        locale={locale}
        answers={sync.answers}
        threshold={campaign.commentRequiredAtOrBelow}
        problems={problems}
        onAnswer={form.onAnswer}
      />
      {form.submitError ? <SubmitFailed error={form.submitError} /> : null}
      <Inline space="space.150" alignBlock="center">
        <Button appearance="primary" isLoading={form.submitting} onClick={() => void form.onSubmit()}>
          {submitted ? t('ui.survey.submitChanges') : t('ui.survey.submit')}
        </Button>
        <Text size="small" color="color.text.subtle">
          {t('ui.survey.editUntil', { date: formatDay(campaign.closesOn, locale) })}
        </Text>
      </Inline>
    </Stack>
  );
}
