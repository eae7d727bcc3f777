/**
 * The follow-up macro (`followup-macro`): one campaign's improvement plan as its team follows it up, with names
 * put on Jira's assignees through the shared directory. A composition root like the other macro pages.
 */
import SectionMessage from '@atlaskit/section-message';
import { useI18n } from '../../app/i18n';
import { DirectoryProvider } from '../../components/directory';
import FollowUpPanel from '../../features/followup/FollowUpPanel';

export default function FollowupMacroView({ campaignId }: { campaignId: string | undefined }) {
  const { t } = useI18n();
  if (!campaignId) {
    return (
      <SectionMessage appearance="information" title={t('ui.followup.notSetUpTitle')} headingLevel="h2">
        <p>{t('ui.followup.notSetUp')}</p>
      </SectionMessage>
    );
  }
  return (
    <DirectoryProvider>
      <FollowUpPanel campaignId={campaignId} />
    </DirectoryProvider>
  );
}
