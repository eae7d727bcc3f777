/** suppliers/get: one supplier of the register. */
import type { Ports } from '../../ports';
import type { SupplierView } from '../../shared/contract/suppliers';
import { fail, ok, type Result } from '../../shared/result';
import { peopleOf } from '../common';
import type { Request } from '../router';
import { supplierView } from './views';

export async function getSupplier(
  { payload: { supplierId }, accountId, access }: Request<'suppliers/get'>,
  ports: Pick<Ports, 'suppliers' | 'confluence'>,
): Promise<Result<SupplierView>> {
  const supplier = await ports.suppliers.read(supplierId);
  if (!supplier) return fail('NOT_FOUND', 'supplier.missing');
  const { roles } = await access();
  const person = await peopleOf(ports, [supplier.ownerAccountId]);
  return ok(supplierView(supplier, person, roles, accountId));
}
