/**
 * The supplier register as `supplier` entities (key = supplier id). A list is an index range over `nameKey`: the
 * index is chosen from the filters (owner, else category, else status, else the whole register), the other
 * filters are the KVS's own filters, so a page costs the same round trips at 50 suppliers or at 5,000.
 */
import { Filter, FilterConditions, kvs, WhereConditions } from '@forge/kvs';
import { nameKeyOf, type Supplier } from '../domain/suppliers';
import type { WriteOutcome } from '../ports/storage';
import type { SupplierPage, SupplierQuery, SupplierStore } from '../ports/suppliers';
import { conditionally } from './conditional';
import { ENTITIES, INDEXES } from './keys';
import { readRecord } from './records/record';
import { claimName, holderOf, releaseName } from './supplier-names';
import {
  fromSupplierRecord,
  SUPPLIER_RECORD,
  toSupplierRecord,
  type SupplierRecord,
} from './records/supplier';

const PAGE = 100;
/** A transaction takes 25 operations: a new supplier is two (the supplier and the claim of its name). */
const BATCH = 12;
/** A safety net against a corrupt cursor loop: 200 pages of 100 is far beyond the 5,000 suppliers expected. */
const MAX_PAGES = 200;

type Rows = { results: { key: string; value: unknown }[]; nextCursor?: string };

const parse = (key: string, value: unknown): Supplier | undefined => {
  const record = readRecord(SUPPLIER_RECORD, `${ENTITIES.supplier}/${key}`, value);
  return record && fromSupplierRecord(record);
};

type Condition = [
  keyof SupplierRecord,
  ReturnType<typeof FilterConditions.equalTo | typeof FilterConditions.notEqualTo>,
];

/** The index a query ranges over, with its partition, and the filters the index does not apply. */
function plan(query: SupplierQuery) {
  const conditions: Condition[] = [];
  const { ownerAccountId: owner, categoryKey: category, status } = query;
  if (owner === undefined && category === undefined && status === undefined) {
    return {
      index: INDEXES.supplierByName,
      partition: ['app'],
      conditions: [['status', FilterConditions.notEqualTo('archived')]] as Condition[],
    };
  }
  if (status === undefined) conditions.push(['status', FilterConditions.notEqualTo('archived')]);
  if (owner !== undefined) {
    if (category !== undefined) conditions.push(['categoryKey', FilterConditions.equalTo(category)]);
    if (status !== undefined) conditions.push(['status', FilterConditions.equalTo(status)]);
    return { index: INDEXES.supplierByOwnerName, partition: [owner], conditions };
  }
  if (category !== undefined) {
    if (status !== undefined) conditions.push(['status', FilterConditions.equalTo(status)]);
    return { index: INDEXES.supplierByCategoryName, partition: [category], conditions };
  }
  return { index: INDEXES.supplierByStatusName, partition: [status], conditions };
}

/** The app's cursor: the KVS's, bound to the query it belongs to. */
const queryKeyOf = (query: SupplierQuery): string =>
  JSON.stringify([query.namePrefix, query.status, query.categoryKey, query.ownerAccountId]);
const encodeCursor = (query: SupplierQuery, cursor: string): string =>
  Buffer.from(JSON.stringify({ q: queryKeyOf(query), c: cursor })).toString('base64url');
function decodeCursor(query: SupplierQuery, cursor: string): string | undefined {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      q?: unknown;
      c?: unknown;
    };
    const valid = decoded.q === queryKeyOf(query) && typeof decoded.c === 'string' && decoded.c.length > 0;
    return valid ? (decoded.c as string) : undefined;
  } catch {
    return undefined;
  }
}

const isBadRequest = (error: unknown): boolean =>
  (error as { responseDetails?: { status?: unknown } } | null)?.responseDetails?.status === 400;

const stillAt = (revision: number) =>
  new Filter<SupplierRecord>().and('revision', FilterConditions.equalTo(revision));
const absent = () => new Filter<SupplierRecord>().and('revision', FilterConditions.notExists());

type Transaction = ReturnType<typeof kvs.transact>;

export class KvsSupplierStore implements SupplierStore {
  private readonly suppliers = () => kvs.entity<SupplierRecord>(ENTITIES.supplier);

  async read(id: string): Promise<Supplier | undefined> {
    return parse(id, await this.suppliers().get(id));
  }

  /** Up to 25 suppliers in one round trip (a batch get), in the order asked; undefined where none is stored. */
  async readMany(ids: readonly string[]): Promise<(Supplier | undefined)[]> {
    if (ids.length === 0) return [];
    const { successfulKeys } = await kvs.batchGet<unknown>(
      ids.map((key) => ({ key, entityName: ENTITIES.supplier })),
    );
    const found = new Map(successfulKeys.map((item) => [item.key, item.value]));
    return ids.map((id) => parse(id, found.get(id)));
  }

  async page(query: SupplierQuery, size: number, cursor?: string): Promise<SupplierPage | 'bad-cursor'> {
    let from: string | undefined;
    if (cursor !== undefined) {
      from = decodeCursor(query, cursor);
      if (from === undefined) return 'bad-cursor';
    }
    const { index, partition, conditions } = plan(query);
    let builder = this.suppliers().query().index(index, { partition }).limit(size);
    if (query.namePrefix.length > 0) builder = builder.where(WhereConditions.beginsWith(query.namePrefix));
    const [first, ...rest] = conditions;
    if (first) {
      const filter = new Filter<SupplierRecord>().and(first[0], first[1]);
      for (const [field, condition] of rest) filter.and(field, condition);
      builder = builder.filters(filter);
    }
    let rows: Rows;
    try {
      rows = await (from ? builder.cursor(from) : builder).getMany();
    } catch (error) {
      // A cursor forged inside a well-formed envelope reaches the KVS, which refuses it as a bad request.
      if (from !== undefined && isBadRequest(error)) return 'bad-cursor';
      throw error;
    }
    const { results, nextCursor } = rows;
    const items = results.flatMap(({ key, value }) => parse(key, value) ?? []);
    return nextCursor ? { items, nextCursor: encodeCursor(query, nextCursor) } : { items };
  }

  async named(nameKey: string): Promise<Supplier[]> {
    const { results } = (await this.suppliers()
      .query()
      .index(INDEXES.supplierByName, { partition: ['app'] })
      .where(WhereConditions.equalTo(nameKey))
      .limit(PAGE)
      .getMany()) as Rows;
    return results.flatMap(({ key, value }) => parse(key, value) ?? []);
  }

  async nameKeys(): Promise<Set<string>> {
    const names = new Set<string>();
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const query = this.suppliers()
        .query()
        .index(INDEXES.supplierByName, { partition: ['app'] })
        .limit(PAGE);
      const { results, nextCursor } = (await (cursor ? query.cursor(cursor) : query).getMany()) as Rows;
      for (const { key, value } of results) {
        const supplier = parse(key, value);
        if (supplier) names.add(toSupplierRecord(supplier).nameKey);
      }
      if (!nextCursor) break;
      cursor = nextCursor;
    }
    return names;
  }

  nameHolder(nameKey: string): Promise<string | undefined> {
    return holderOf(nameKey);
  }

  /** The supplier and the claim of its name, in one transaction: conflict if either exists. */
  create(supplier: Supplier): Promise<WriteOutcome> {
    return conditionally(() => claimName(this.added(kvs.transact(), supplier), supplier).execute());
  }

  /** A rename moves the claim in the same transaction: the old name is released, the new one claimed. */
  async update(
    supplier: Supplier,
    expectedRevision: number,
    previous?: Pick<Supplier, 'name'>,
  ): Promise<WriteOutcome> {
    const before = previous ?? (await this.read(supplier.id));
    if (!before) return 'conflict';
    let transaction = kvs.transact().set<SupplierRecord>(supplier.id, toSupplierRecord(supplier), {
      entityName: ENTITIES.supplier,
      conditions: stillAt(expectedRevision),
    });
    if (nameKeyOf(before.name) !== nameKeyOf(supplier.name)) {
      transaction = claimName(releaseName(transaction, before.name), supplier);
    }
    return conditionally(() => transaction.execute());
  }

  /**
   * 12 suppliers a transaction, each with its name's claim. A claim taken meanwhile fails its chunk whole; the
   * chunks written before it are then deleted, so that the import is written whole or not at all.
   */
  async createAll(suppliers: readonly Supplier[]): Promise<WriteOutcome> {
    for (let i = 0; i < suppliers.length; i += BATCH) {
      let transaction = kvs.transact();
      for (const supplier of suppliers.slice(i, i + BATCH)) {
        transaction = claimName(this.added(transaction, supplier), supplier);
      }
      if ((await conditionally(() => transaction.execute())) === 'conflict') {
        await this.removeAll(suppliers.slice(0, i));
        return 'conflict';
      }
    }
    return 'written';
  }

  private added(transaction: Transaction, supplier: Supplier): Transaction {
    return transaction.set<SupplierRecord>(supplier.id, toSupplierRecord(supplier), {
      entityName: ENTITIES.supplier,
      conditions: absent(),
    });
  }

  /** Undoes new suppliers: each and the claim of its name. */
  private async removeAll(suppliers: readonly Supplier[]): Promise<void> {
    for (let i = 0; i < suppliers.length; i += BATCH) {
      let transaction = kvs.transact();
      for (const supplier of suppliers.slice(i, i + BATCH)) {
        transaction = releaseName(
          transaction.delete(supplier.id, { entityName: ENTITIES.supplier }),
          supplier.name,
        );
      }
      await transaction.execute();
    }
  }
}
