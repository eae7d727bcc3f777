/** The register's page of suppliers: name, category, owner, status, next evaluation, and what the reader may do. */
import Button from '@atlaskit/button/default/button';
import Lozenge from '@atlaskit/lozenge';
import { Inline } from '@atlaskit/primitives/compiled';
import type { SupplierView } from '@shared/contract/suppliers';
import { useI18n } from '../../app/i18n';
import { formatDayMedium } from '../../components/dates';
import {
  captionStyle,
  cell,
  headerCell,
  rowBorder,
  tableClass,
  tableRegion,
  tableStyle,
} from '../../components/table-style';
import { UserText } from '../../components/UserText';
import { STATUS_APPEARANCE, STATUS_LABEL } from './labels';

export function SupplierTable({
  items,
  busyId,
  onEdit,
  onArchive,
}: {
  items: SupplierView[];
  /** The supplier whose change is under way. */
  busyId: string | undefined;
  onEdit: (supplier: SupplierView) => void;
  onArchive: (supplier: SupplierView, archived: boolean) => void;
}) {
  const { t, locale } = useI18n();
  const anyEditable = items.some((s) => s.canEdit);
  return (
    <div style={tableRegion} role="region" aria-label={t('ui.suppliers.tableCaption')} tabIndex={0}>
      <table className={tableClass} style={tableStyle}>
        <caption style={captionStyle}>{t('ui.suppliers.tableCaption')}</caption>
        <thead>
          <tr style={rowBorder}>
            <th scope="col" style={headerCell}>
              {t('ui.suppliers.name')}
            </th>
            <th scope="col" style={headerCell}>
              {t('ui.suppliers.category')}
            </th>
            <th scope="col" style={headerCell}>
              {t('ui.suppliers.owner')}
            </th>
            <th scope="col" style={headerCell}>
              {t('ui.suppliers.statusLabel')}
            </th>
            <th scope="col" style={headerCell}>
              {t('ui.suppliers.nextEvaluation')}
            </th>
            {anyEditable ? (
              <th scope="col" style={headerCell}>
                {t('ui.suppliers.actions')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {items.map((supplier) => (
            <tr key={supplier.id} style={rowBorder}>
              <th scope="row" style={{ ...cell, fontWeight: 'normal' }}>
                <UserText>{supplier.name}</UserText>
              </th>
              <td style={cell}>
                <UserText>{supplier.category}</UserText>
              </td>
              <td style={cell}>{supplier.owner.displayName}</td>
              <td style={cell}>
                <Lozenge appearance={STATUS_APPEARANCE[supplier.status]}>
                  {t(STATUS_LABEL[supplier.status])}
                </Lozenge>
              </td>
              <td style={cell}>
                {supplier.nextEvaluationOn ? formatDayMedium(supplier.nextEvaluationOn, locale) : '—'}
              </td>
              {anyEditable ? (
                <td style={cell}>
                  {supplier.canEdit ? (
                    <Inline space="space.050">
                      <Button
                        spacing="compact"
                        onClick={() => onEdit(supplier)}
                        aria-label={t('ui.suppliers.editOne', { name: supplier.name })}
                      >
                        {t('ui.suppliers.edit')}
                      </Button>
                      <Button
                        spacing="compact"
                        appearance="subtle"
                        isLoading={busyId === supplier.id}
                        onClick={() => onArchive(supplier, supplier.status !== 'archived')}
                        aria-label={t(
                          supplier.status === 'archived'
                            ? 'ui.suppliers.unarchiveOne'
                            : 'ui.suppliers.archiveOne',
                          {
                            name: supplier.name,
                          },
                        )}
                      >
                        {t(
                          supplier.status === 'archived' ? 'ui.suppliers.unarchive' : 'ui.suppliers.archive',
                        )}
                      </Button>
                    </Inline>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
