/** The model read-only (team and quality managers), and the list of its versions with the campaigns using them. */
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { EvaluationModel } from '@domain/model';
import type { ModelView } from '@shared/contract/model';
import { useI18n } from '../../app/i18n';
import { Card } from '../../components/layout';
import { localized } from '../../components/text';

export function ModelOutline({ model }: { model: EvaluationModel }) {
  const { t, locale } = useI18n();
  const weight = (value: number | undefined) =>
    value !== undefined ? ` (${t('ui.admin.weight', { weight: value })})` : '';
  return (
    <Stack space="space.200">
      <Heading as="h2" size="medium">
        {t('ui.admin.model.heading')}
      </Heading>
      <Text as="p" color="color.text.subtle">
        {t('ui.admin.model.readOnly', { name: localized(model.name, locale), version: model.version })}
      </Text>
      {model.sections.map((section) => (
        <Card key={section.id}>
          <Stack space="space.100">
            <Heading as="h3" size="small">
              {localized(section.title, locale)}
              {weight(section.weight)}
            </Heading>
            <ol style={{ margin: 0, paddingInlineStart: token('space.300') }}>
              {section.criteria.map((criterion) => (
                <li key={criterion.id}>
                  {localized(criterion.text, locale)}
                  {weight(criterion.weight)}
                </li>
              ))}
            </ol>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

export function Versions({ view, campaignName }: { view: ModelView; campaignName: (id: string) => string }) {
  const { t } = useI18n();
  const versions = [...view.versions].sort((a, b) => b.version - a.version);
  return (
    <section aria-labelledby="model-versions">
      <Stack space="space.150">
        <Heading as="h2" size="small" id="model-versions">
          {t('ui.admin.model.versions')}
        </Heading>
        <ul style={{ margin: 0, paddingInlineStart: token('space.300') }}>
          {versions.map((v) => {
            const current = v.version === view.model.version;
            return (
              <li key={v.version}>
                <Text weight={current ? 'semibold' : undefined}>
                  {t(current ? 'ui.admin.model.versionCurrent' : 'ui.admin.model.version', {
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
