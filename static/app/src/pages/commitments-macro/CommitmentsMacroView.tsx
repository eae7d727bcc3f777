/** The commitments macro (`commitments-macro`): what Procurement committed to after one campaign, for its customers. */
import SectionMessage from '@atlaskit/section-message';
import { useI18n } from '../../app/i18n';
import CommitmentsPanel from '../../features/commitments/CommitmentsPanel';

export default function CommitmentsMacroView({ campaignId }: { campaignId: string | undefined }) {
  const { t } = useI18n();
  if (!campaignId) {
    return (
      <SectionMessage appearance="information" title={t('ui.commitments.notSetUpTitle')} headingLevel="h2">
        <p>{t('ui.commitments.notSetUp')}</p>
      </SectionMessage>
    );
  }
  return <CommitmentsPanel campaignId={campaignId} />;
}
