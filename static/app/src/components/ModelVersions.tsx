/**
 * A versioned model's versions (the evaluation model's, the supplier model's), newest first, each with the
 * campaigns that froze it; and the campaigns' names in the reader's language, for that list.
 */
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import { useCall } from '../api/use-call';
import { useI18n } from '../app/i18n';
import { localized } from './text';

/** A campaign's name by id, once the campaign list is read (its id until then, or if it is not listed). */
export function useCampaignNames(): (id: string) => string {
  const { locale } = useI18n();
  const campaigns = useCall('campaigns/list', {});
  const names = new Map(
    campaigns.state.status === 'ready'
      ? campaigns.state.data.map((c) => [c.id, localized(c.name, locale)] as const)
      : [],
  );
  return (id) => names.get(id) ?? id;
}

export function ModelVersions({
  id,
  current,
  versions,
  campaignName,
}: {
  /** The heading's id (a page may list two models' versions). */
  id: string;
  current: number;
  versions: readonly { version: number; usedBy: readonly string[] }[];
  campaignName: (id: string) => string;
}) {
  const { t } = useI18n();
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return (
    <section aria-labelledby={id}>
      <Stack space="space.150">
        <Heading as="h2" size="small" id={id}>
          {t('ui.admin.model.versions')}
        </Heading>
        <ul style={{ margin: 0, paddingInlineStart: token('space.300') }}>
          {newestFirst.map((v) => {
            const isCurrent = v.version === current;
            return (
              <li key={v.version}>
                <Text weight={isCurrent ? 'semibold' : undefined}>
                  {t(isCurrent ? 'ui.admin.model.versionCurrent' : 'ui.admin.model.version', {
                    version: v.version,
                  })}
                </Text>{' '}
                <Text color="color.text.subtle">
                  {v.usedBy.length
                    ? t('ui.admin.model.usedBy', { campaigns: v.usedBy.map(campaignName).join(', ') })
                    : t('ui.admin.model.unused')}
                </Text>
              </li>
            );
          })}
        </ul>
      </Stack>
    </section>
  );
}
