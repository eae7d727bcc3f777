import type { SupplierStatus } from '@domain/suppliers';
import type { MessageKey } from '../../app/i18n';

export const STATUS_LABEL: Record<SupplierStatus, MessageKey> = {
  active: 'ui.suppliers.status.active',
  watch: 'ui.suppliers.status.watch',
  archived: 'ui.suppliers.status.archived',
};

export const STATUS_APPEARANCE: Record<SupplierStatus, 'success' | 'moved' | 'default'> = {
  active: 'success',
  watch: 'moved',
  archived: 'default',
};

export const STATUSES: readonly SupplierStatus[] = ['active', 'watch', 'archived'];

/** The register's native selects, as tall as Atlaskit's text fields beside them. */
export const selectStyle = { minHeight: '2.25rem', padding: '0 0.5rem' };
