import type { suppliersContract } from '../../shared/contract/suppliers';
import type { RouteTable } from '../router';
import { getSupplier } from './get';
import { importSuppliers } from './import';
import { listSuppliers } from './list';
import { saveSupplier } from './save';

/** Quality managers read the register; admins and buyers keep it (which suppliers a buyer may change: save.ts). */
const readers = ['admin', 'team', 'quality'] as const;
const keepers = ['admin', 'team'] as const;

export const suppliersRoutes = {
  'suppliers/list': {
    requires: { anyOf: readers, refusal: 'forbidden.seeSuppliers' },
    handle: listSuppliers,
  },
  'suppliers/get': { requires: { anyOf: readers, refusal: 'forbidden.seeSuppliers' }, handle: getSupplier },
  'suppliers/save': {
    requires: { anyOf: keepers, refusal: 'forbidden.editSuppliers' },
    handle: saveSupplier,
  },
  'suppliers/import': {
    requires: { anyOf: keepers, refusal: 'forbidden.editSuppliers' },
    handle: importSuppliers,
  },
} satisfies RouteTable<typeof suppliersContract>;
