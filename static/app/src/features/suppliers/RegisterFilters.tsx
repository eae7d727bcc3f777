/** The register's search box and filters: what the server is asked for (the search waits for typing to pause). */
import { Label } from '@atlaskit/form';
import { Inline, Stack } from '@atlaskit/primitives/compiled';
import Textfield from '@atlaskit/textfield';
import type { SupplierStatus } from '@domain/suppliers';
import type { UserRef } from '@shared/contract/common';
import { LIMITS } from '@shared/limits';
import type { ChangeEvent } from 'react';
import { useI18n } from '../../app/i18n';
import { selectStyle, STATUS_LABEL, STATUSES } from './labels';

export interface FilterValues {
  query: string;
  status: SupplierStatus | '';
  category: string;
  ownerAccountId: string;
}

export function RegisterFilters({
  values,
  team,
  onChange,
}: {
  values: FilterValues;
  team: UserRef[];
  onChange: (values: FilterValues) => void;
}) {
  const { t } = useI18n();
  const set = (patch: Partial<FilterValues>) => onChange({ ...values, ...patch });
  return (
    // Labels on one line: the selects are a little shorter than the text fields.
    <Inline space="space.200" shouldWrap alignBlock="start">
      <Stack space="space.050">
        <Label htmlFor="suppliers-search">{t('ui.suppliers.search')}</Label>
        <Textfield
          id="suppliers-search"
          type="search"
          // The server's limits: a longer search could not match a name anyway.
          maxLength={LIMITS.supplierName}
          value={values.query}
          width="medium"
          placeholder={t('ui.suppliers.searchPlaceholder')}
          onChange={(e: ChangeEvent<HTMLInputElement>) => set({ query: e.currentTarget.value })}
        />
      </Stack>
      <Stack space="space.050">
        <Label htmlFor="suppliers-status">{t('ui.suppliers.statusLabel')}</Label>
        <select
          id="suppliers-status"
          style={selectStyle}
          value={values.status}
          onChange={(e) => set({ status: e.currentTarget.value as FilterValues['status'] })}
        >
          <option value="">{t('ui.suppliers.status.current')}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(STATUS_LABEL[status])}
            </option>
          ))}
        </select>
      </Stack>
      <Stack space="space.050">
        <Label htmlFor="suppliers-category">{t('ui.suppliers.category')}</Label>
        <Textfield
          id="suppliers-category"
          maxLength={LIMITS.supplierCategory}
          value={values.category}
          width="small"
          onChange={(e: ChangeEvent<HTMLInputElement>) => set({ category: e.currentTarget.value })}
        />
      </Stack>
      <Stack space="space.050">
        <Label htmlFor="suppliers-owner">{t('ui.suppliers.owner')}</Label>
        <select
          id="suppliers-owner"
          style={selectStyle}
          value={values.ownerAccountId}
          onChange={(e) => set({ ownerAccountId: e.currentTarget.value })}
        >
          <option value="">{t('ui.suppliers.anyOwner')}</option>
          {team.map((person) => (
            <option key={person.accountId} value={person.accountId}>
              {person.displayName}
            </option>
          ))}
        </select>
      </Stack>
    </Inline>
  );
}
