/** suppliers/list: one page of the register, searched by name prefix and filtered, on the server. */
import { nameKeyOf } from '../../domain/suppliers';
import type { Ports } from '../../ports';
import type { SupplierQuery } from '../../ports/suppliers';
import { SUPPLIER_FIELD_LIMITS, type SupplierListView } from '../../shared/contract/suppliers';
import { fail, ok, type Result } from '../../shared/result';
import { peopleOf } from '../common';
import type { Request } from '../router';
import { supplierView } from './views';

export async function listSuppliers(
  { payload, accountId, access }: Request<'suppliers/list'>,
  ports: Pick<Ports, 'suppliers' | 'confluence'>,
): Promise<Result<SupplierListView>> {
  const { roles, settings } = await access();
  const query: SupplierQuery = {
    namePrefix: nameKeyOf(payload.query),
    ...(payload.status ? { status: payload.status } : {}),
    ...(payload.category ? { categoryKey: nameKeyOf(payload.category) } : {}),
    ...(payload.ownerAccountId ? { ownerAccountId: payload.ownerAccountId } : {}),
  };
  const page = await ports.suppliers.page(query, SUPPLIER_FIELD_LIMITS.pageSize, payload.cursor);
  if (page === 'bad-cursor') return fail('INVALID_PAYLOAD', 'suppliers.badCursor');
  const team = settings?.team ?? [];
  const person = await peopleOf(ports, [...team, ...page.items.map((s) => s.ownerAccountId)]);
  return ok({
    items: page.items.map((supplier) => supplierView(supplier, person, roles, accountId)),
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    canCreate: roles.includes('admin') || roles.includes('team'),
    canReassign: roles.includes('admin'),
    viewerAccountId: accountId,
    team: team.map(person),
  });
}
