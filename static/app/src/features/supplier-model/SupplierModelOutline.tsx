/** The supplier model as the procurement team and quality managers read it. */
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import type { SupplierModelView } from '@shared/contract/supplier-model';
import { useI18n } from '../../app/i18n';
import { localized } from '../../components/text';

export function SupplierModelOutline({ view }: { view: SupplierModelView }) {
  const { t, locale } = useI18n();
  const { model, bands } = view;
  return (
    <Stack space="space.300">
      <Stack space="space.100">
        <Heading as="h2" size="medium">
          {t('ui.admin.supplierModel.heading')}
        </Heading>
        <Text as="p" color="color.text.subtle">
          {t('ui.admin.supplierModel.readOnly')}
        </Text>
      </Stack>
      <table>
        <caption style={{ textAlign: 'start' }}>{localized(model.name, locale)}</caption>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'start' }}>
              {t('ui.admin.supplierModel.criterionColumn')}
            </th>
            <th scope="col" style={{ textAlign: 'end' }}>
              {t('ui.admin.supplierModel.weightColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {model.criteria.map((c) => (
            <tr key={c.id}>
              <td>{localized(c.text, locale)}</td>
              <td style={{ textAlign: 'end' }}>{c.weight}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Text as="p">
        {t('ui.admin.supplierModel.commentRuleIs', {
          rule: t(`ui.admin.supplierModel.commentRule${model.commentRequiredAtOrBelow}`),
        })}
      </Text>
      <section aria-labelledby="supplier-bands-heading">
        <Heading as="h3" size="small" id="supplier-bands-heading">
          {t('ui.admin.supplierModel.bands')}
        </Heading>
        <ul>
          {bands.map((b, i) => (
            <li key={b.id}>
              {localized(b.label, locale)}{' '}
              <Text color="color.text.subtle">
                {i === bands.length - 1
                  ? t('ui.admin.supplierModel.bandLast', { from: b.from })
                  : t('ui.admin.supplierModel.bandRange', { from: b.from, to: b.to })}
              </Text>
            </li>
          ))}
        </ul>
      </section>
    </Stack>
  );
}
