/**
 * Supplier name claims: one `supplier-name` entity per name key, naming the supplier that holds it. A supplier is
 * written in the same transaction as its claim, on condition that the claim does not exist yet: of two writes of
 * one name (two tabs, a retried import, parallel creates), one wins and the other's transaction fails whole. A
 * check of the register before writing cannot do that: both writes may read it before either is stored.
 */
import { createHash } from 'node:crypto';
import { Filter, FilterConditions, kvs } from '@forge/kvs';
import { nameKeyOf, type Supplier } from '../domain/suppliers';
import { ENTITIES, KEYS } from './keys';

export interface NameClaimRecord {
  schemaVersion: 1;
  supplierId: string;
}

type Transaction = ReturnType<typeof kvs.transact>;

/** A name key's claim key: a hash, as a name may hold any letter and a storage key only ASCII. */
const claimKey = (nameKey: string): string =>
  KEYS.supplierName(createHash('sha256').update(nameKey, 'utf8').digest('hex'));

const absent = () => new Filter<NameClaimRecord>().and('supplierId', FilterConditions.notExists());

/** Adds the supplier's claim of its name to the transaction, on condition that nobody holds that name. */
export const claimName = (transaction: Transaction, supplier: Supplier): Transaction =>
  transaction.set<NameClaimRecord>(
    claimKey(nameKeyOf(supplier.name)),
    { schemaVersion: 1, supplierId: supplier.id },
    { entityName: ENTITIES.supplierName, conditions: absent() },
  );

/** Adds the release of a name's claim to the transaction (a rename, or an import undone). */
export const releaseName = (transaction: Transaction, name: string): Transaction =>
  transaction.delete(claimKey(nameKeyOf(name)), { entityName: ENTITIES.supplierName });

/** The id of the supplier holding a name, if any. */
export async function holderOf(nameKey: string): Promise<string | undefined> {
  const claim = await kvs.entity<NameClaimRecord>(ENTITIES.supplierName).get(claimKey(nameKey));
  return typeof claim?.supplierId === 'string' ? claim.supplierId : undefined;
}
