/** The answers of one customer entered by their buyer: department when needed, problems, grid and submit. */
import Button from '@atlaskit/button/default/button';
import SectionMessage from '@atlaskit/section-message';
import { Stack } from '@atlaskit/primitives/compiled';
import type { UserRef } from '@shared/contract/common';
import type { SurveyStateView } from '@shared/contract/survey';
import { useI18n } from '../../app/i18n';
import { DepartmentField } from '../../components/questionnaire/DepartmentField';
import { ProblemSummary } from '../../components/questionnaire/ProblemSummary';
import { QuestionGrid } from '../../components/questionnaire/QuestionGrid';
import { SubmitFailed } from '../../components/questionnaire/SubmitFailed';
import { ErrorState, Loading } from '../../components/states';
import { useProxyForm } from './use-proxy-form';

export function ProxyForm({
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
  const form = useProxyForm(state, customer, accountId, onDone);
  const { load, problems, error } = form;
  const name = customer.displayName;

  if (load.status === 'loading') return <Loading label={t('ui.survey.proxy.loadingAnswer')} />;
  if (load.status === 'error') return <ErrorState error={load.error} onRetry={form.reload} />;

  // What the customer entered themselves is theirs: the buyer neither sees it nor replaces it.
  if (load.answeredThemselves) {
    return (
      <SectionMessage appearance="information">
        <p>{t('ui.survey.proxy.customerAnswered', { name })}</p>
      </SectionMessage>
    );
  }

  return (
    <Stack space="space.200">
      {load.chooseDepartment ? (
        <DepartmentField
          prefix="proxy"
          departments={departments}
          value={form.departmentId}
          onChange={form.onDepartment}
          isInvalid={problems.some((p) => p.problem === 'department')}
          label={t('ui.survey.proxy.department.label', { name })}
          placeholder={t('ui.survey.proxy.department.placeholder')}
          help={t('ui.survey.proxy.department.help', { name })}
        />
      ) : null}
      {problems.length > 0 ? (
        <ProblemSummary
          prefix="proxy"
          model={model}
          locale={locale}
          problems={problems}
          departmentText={t('ui.survey.proxy.department.problem', { name })}
        />
      ) : null}
      <QuestionGrid
        prefix="proxy"
        model={model}
        locale={locale}
        answers={form.answers}
        threshold={campaign.commentRequiredAtOrBelow}
        problems={problems}
        onAnswer={form.onAnswer}
      />
      <SectionMessage appearance="information">
        <p>{t('ui.survey.proxy.note', { name })}</p>
      </SectionMessage>
      {error ? (
        <SubmitFailed
          error={error}
          summary={error.code === 'CONFLICT' ? t('ui.survey.proxy.conflict') : undefined}
        />
      ) : null}
      <div>
        <Button appearance="primary" isLoading={form.submitting} onClick={() => void form.onSubmit()}>
          {t('ui.survey.proxy.submit', { name })}
        </Button>
      </div>
    </Stack>
  );
}
