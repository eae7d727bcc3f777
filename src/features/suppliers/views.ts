/** How the register's use cases show a supplier: with its owner's name and whether the caller may change it. */
import type { AppRole } from '../../domain/roles';
import { supplierWriteRefusal, type Supplier } from '../../domain/suppliers';
import type { UserRef } from '../../shared/contract/common';
import type { SupplierView } from '../../shared/contract/suppliers';

export const supplierView = (
  supplier: Supplier,
  person: (accountId: string) => UserRef,
  roles: readonly AppRole[],
  accountId: string,
): SupplierView => ({
  ...supplier,
  owner: person(supplier.ownerAccountId),
  canEdit: supplierWriteRefusal(roles, accountId, supplier, supplier) === undefined,
});
