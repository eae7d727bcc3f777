/**
 * The results macro: one campaign's results on any page (a management-review page, a team space). What it shows
 * depends on the reader, as on the admin page: the campaign's results roles see the whole report, its customers
 * the overall and their own department once closed (when the campaign shares them), others nothing.
 */
import SectionMessage from '@atlaskit/section-message';
import { Box } from '@atlaskit/primitives/compiled';
import { useI18n } from '../../app/i18n';
import ResultsPanel from '../../features/results/ResultsPanel';

export default function ResultsMacroView({ campaignId }: { campaignId: string | undefined }) {
  const { t } = useI18n();
  return (
    <Box padding="space.200">
      {campaignId ? (
        <ResultsPanel campaignId={campaignId} />
      ) : (
        <SectionMessage appearance="information" title={t('ui.resultsMacro.notSetUpTitle')} headingLevel="h2">
          <p>{t('ui.resultsMacro.notSetUp')}</p>
        </SectionMessage>
      )}
    </Box>
  );
}
