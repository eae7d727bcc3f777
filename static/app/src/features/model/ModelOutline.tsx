/** The model read-only (team and quality managers). */
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { EvaluationModel } from '@domain/model';
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
