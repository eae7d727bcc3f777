/**
 * What the supplier register's backend tests start from: the roles (admin Jean, buyers Grace and Hugo, quality
 * manager Inès), a caller with the register page's context, supplier inputs, and suppliers written straight into
 * storage (a register of any size in a few transactions).
 */
import { KvsSupplierStore } from '../../../src/adapters/suppliers-store';
import type { Supplier } from '../../../src/domain/suppliers';
import type { SupplierInput } from '../../../src/shared/contract/suppliers';
import type { Backend } from '../../helpers/backend';
import { PEOPLE } from '../../helpers/people';
import type { Call } from './admin-page';

export const PAGE_CONTEXT = { moduleKey: 'suppliers-page', locale: 'en-US' };

export const callerOf =
  (b: Backend): Call =>
  async (accountId, key, payload, context = {}) => {
    const { result, counts } = await b.call(accountId, key as never, payload, {
      ...PAGE_CONTEXT,
      ...context,
    });
    return { result, counts };
  };

export const supplierInput = (overrides: Partial<SupplierInput> = {}): SupplierInput => ({
  name: 'Acme Steel',
  category: 'Raw materials',
  ownerAccountId: PEOPLE.grace,
  status: 'active',
  nextEvaluationOn: null,
  departments: [],
  ...overrides,
});

/** The `n`th supplier of a seeded register: ids and names in order, owners and categories alternating. */
export function aSupplier(n: number, overrides: Partial<Supplier> = {}): Supplier {
  const hex = n.toString(16).padStart(16, '0');
  return {
    id: `sup-${hex}`,
    name: `Supplier ${String(n).padStart(5, '0')}`,
    category: n % 2 === 0 ? 'Logistics' : 'Raw materials',
    ownerAccountId: n % 3 === 0 ? PEOPLE.hugo : PEOPLE.grace,
    status: 'active',
    nextEvaluationOn: '2027-06-30',
    departments: [],
    createdAt: Date.UTC(2026, 0, 5),
    updatedAt: Date.UTC(2026, 0, 5),
    revision: 1,
    ...overrides,
  };
}

/** Writes the roles and these suppliers straight into storage. */
export async function seedRegister(b: Backend, suppliers: readonly Supplier[]): Promise<void> {
  await b.seed({ roles: {} });
  if (suppliers.length > 0) await b.asApp(() => new KvsSupplierStore().createAll(suppliers));
}
