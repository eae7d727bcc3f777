/** The supplier register's records. */
import type { Supplier, SupplierStatus } from '../domain/suppliers';
import type { WriteOutcome } from './storage';

/** What a list asks for: a name prefix (`nameKeyOf`: no case or accents) and filters, each optional. */
export interface SupplierQuery {
  namePrefix: string;
  /** Absent: every status but archived (archived suppliers are kept, and listed only when asked for). */
  status?: SupplierStatus;
  /** A category, as `nameKeyOf` gives it. */
  categoryKey?: string;
  ownerAccountId?: string;
}

export interface SupplierPage {
  items: Supplier[];
  /** More matches follow: hand it back with the same query for the next page. */
  nextCursor?: string;
}

export interface SupplierStore {
  read(id: string): Promise<Supplier | undefined>;
  /** Up to 25 suppliers in one round trip, in the order asked (undefined: not stored). */
  readMany(ids: readonly string[]): Promise<(Supplier | undefined)[]>;
  /**
   * One page of matches, sorted by name, in one round trip whatever the register's size: at most `size`, maybe
   * fewer (even none) while more follow; `'bad-cursor'` when the cursor is not one of this query's.
   */
  page(query: SupplierQuery, size: number, cursor?: string): Promise<SupplierPage | 'bad-cursor'>;
  /** The suppliers of one name (`nameKeyOf`): one round trip. */
  named(nameKey: string): Promise<Supplier[]>;
  /** Every name of the register (`nameKeyOf`): one round trip per 100 suppliers. */
  nameKeys(): Promise<Set<string>>;
  /** A new supplier: conflict if the id exists. */
  create(supplier: Supplier): Promise<WriteOutcome>;
  /** Writes the supplier if it is still at `expectedRevision`. */
  update(supplier: Supplier, expectedRevision: number): Promise<WriteOutcome>;
  /** New suppliers, 25 a round trip (an import, checked whole before). */
  createAll(suppliers: readonly Supplier[]): Promise<void>;
}
