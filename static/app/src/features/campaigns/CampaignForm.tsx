/**
 * One campaign's settings form and its Open and Close actions, each confirmed in a dialog that says what cannot be
 * undone. Closed campaigns, and every campaign for roles other than admin, are read-only: a summary as text
 * (CampaignSummary), not a disabled form.
 */
import Button from '@atlaskit/button/default/button';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack } from '@atlaskit/primitives/compiled';
import type { CampaignInput, CampaignView } from '@shared/contract/campaigns';
import { useI18n } from '../../app/i18n';
import { FormBanner } from '../../components/FormBanner';
import { AudienceSection } from './AudienceSection';
import { BackButton, CampaignHeader } from './CampaignHeader';
import { CampaignSummary } from './CampaignSummary';
import { LifecycleDialog } from './LifecycleDialog';
import { RemindersSection } from './RemindersSection';
import { AnswersSection, GeneralSection, ResultsSection } from './SettingsSections';
import { TeamSection } from './TeamSection';
import { useCampaignForm } from './use-campaign-form';

export interface EditorProps {
  canEdit: boolean;
  onBack: () => void;
}

const same = (a: CampaignInput, b: CampaignInput) => JSON.stringify(a) === JSON.stringify(b);

export function CampaignForm({
  initial,
  initialDraft,
  canEdit,
  onBack,
  onReload,
}: EditorProps & { initial: CampaignView | null; initialDraft: CampaignInput; onReload: () => void }) {
  const { t } = useI18n();
  const form = useCampaignForm(initial, initialDraft, canEdit);
  const { view, draft, errors, banner } = form.state;
  const { readOnly } = form;
  const sections = { draft, errors, readOnly, edit: form.edit };

  return (
    <Stack space="space.300">
      <BackButton onBack={onBack} />
      <CampaignHeader
        view={view}
        canEdit={canEdit}
        dirty={!same(draft, form.state.baseline)}
        onLifecycle={(dialog) => form.dispatch({ type: 'showDialog', dialog })}
      />
      {banner ? <FormBanner banner={banner} onReload={onReload} /> : null}
      {view?.status === 'closed' ? (
        <SectionMessage appearance="information">
          <p>{t('ui.admin.campaign.closedReadOnly')}</p>
        </SectionMessage>
      ) : !canEdit ? (
        <SectionMessage appearance="information">
          <p>{t('ui.admin.campaign.readOnlyRole')}</p>
        </SectionMessage>
      ) : null}
      {readOnly && view ? (
        <CampaignSummary view={view} />
      ) : (
        <form onSubmit={(e) => void form.save(e)} noValidate aria-labelledby="campaign-heading">
          <Stack space="space.400">
            <GeneralSection {...sections} />
            <AnswersSection
              {...sections}
              hasAnswers={Boolean(view?.hasAnswers)}
              opened={Boolean(view) && view?.status !== 'draft'}
            />
            <ResultsSection {...sections} />
            <RemindersSection {...sections} />
            <AudienceSection {...sections} />
            <TeamSection {...sections} />
            <Inline space="space.100">
              <Button type="submit" appearance="primary" isLoading={form.state.saving}>
                {view ? t('ui.admin.campaign.save') : t('ui.admin.campaign.create')}
              </Button>
              <Button appearance="subtle" onClick={onBack}>
                {t('ui.admin.cancel')}
              </Button>
            </Inline>
          </Stack>
        </form>
      )}
      {view ? (
        <LifecycleDialog
          view={view}
          dialog={form.state.dialog}
          working={form.state.working}
          onCancel={() => form.dispatch({ type: 'showDialog', dialog: null })}
          onConfirm={() => void form.runLifecycle()}
        />
      ) : null}
    </Stack>
  );
}
