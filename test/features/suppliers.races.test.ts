/**
 * Supplier names stay unique under concurrency, on storage with latency and jitter (concurrent requests overtake
 * each other): parallel creates of one name, two commits of one import (two tabs, a retry after a timeout), and
 * renames to one name. Each check of the register before writing is read by every racer before any writes; only
 * the name claims written with the suppliers keep one name once.
 */
import { KvsSupplierStore } from '../../src/adapters/suppliers-store';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { aSupplier, callerOf, seedRegister, supplierInput } from './support/suppliers';
import type { Call } from './support/admin-page';

let b: Backend;
let call: Call;
beforeAll(async () => {
  b = await startBackend({ storage: { latencyMs: 20, latencyJitterMs: 20, seed: 7 } });
  call = callerOf(b);
});
afterAll(() => b.close());
beforeEach(async () => {
  b.kvs.reset();
  await seedRegister(b, []);
});

const stored = (entityName: string) =>
  b.dump().entities.filter((e: { entityName?: string }) => e.entityName === entityName).length;
const reasonOf = (result: { ok: boolean; error?: unknown }) => {
  if (result.ok) return 'OK';
  const error = result.error as { reason: string; issues?: { reason: string }[] };
  return error.issues?.[0]?.reason ?? error.reason;
};
const tally = (reasons: string[]) =>
  reasons.reduce<Record<string, number>>((all, r) => ({ ...all, [r]: (all[r] ?? 0) + 1 }), {});

describe('supplier names under concurrency', () => {
  it('stores one of 10 parallel creates of one name and tells the 9 others the name is taken', async () => {
    const names = ['Latency Race Corp', 'LATENCY  race corp'];
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call(PEOPLE.grace, 'suppliers/save', {
          supplier: supplierInput({ name: names[i % 2]! }),
          baseRevision: 0,
        }),
      ),
    );
    expect(tally(results.map((r) => reasonOf(r.result)))).toEqual({ OK: 1, 'supplier.nameTaken': 9 });
    expect(stored('supplier')).toBe(1);
    expect(stored('supplier-name')).toBe(1);
  });

  it('imports a file committed twice at once once: 60 rows make 60 suppliers, the other commit writes nothing', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `Parallel ${i},Steel,${PEOPLE.grace}`);
    const csv = ['name,category,owner', ...rows].join('\n');
    const commit = () => call(PEOPLE.jean, 'suppliers/import', { csv, commit: true });
    const results = await Promise.all([commit(), commit()]);
    expect(results.map((r) => reasonOf(r.result)).sort()).toEqual(['OK', 'import.namesTaken']);
    expect(stored('supplier')).toBe(60);
    expect(stored('supplier-name')).toBe(60);
  });

  it('moves a name with a rename: the old name is free again, two renames to one name store it once', async () => {
    const save = (supplier: object, baseRevision = 0) =>
      call(PEOPLE.grace, 'suppliers/save', { supplier, baseRevision });
    const first = (await save(supplierInput({ name: 'First' }))).result.data as { id: string };
    const second = (await save(supplierInput({ name: 'Second' }))).result.data as { id: string };
    const renames = await Promise.all(
      [first, second].map(({ id }) => save(supplierInput({ id, name: 'Merged name' }), 1)),
    );
    expect(tally(renames.map((r) => reasonOf(r.result)))).toEqual({ OK: 1, 'supplier.nameTaken': 1 });
    const reused = await Promise.all(['First', 'Second'].map((name) => save(supplierInput({ name }))));
    expect(tally(reused.map((r) => reasonOf(r.result)))).toEqual({ OK: 1, 'supplier.nameTaken': 1 });
    expect(stored('supplier')).toBe(3);
    expect(stored('supplier-name')).toBe(3);
  });

  it('undoes the chunks of an import already written when a later chunk meets a name taken meanwhile', async () => {
    const store = new KvsSupplierStore();
    await b.asApp(() => store.create(aSupplier(1000, { name: 'Taken meanwhile' })));
    const file = Array.from({ length: 30 }, (_, i) =>
      aSupplier(i + 1, i === 27 ? { name: 'TAKEN meanwhile' } : {}),
    );
    expect(await b.asApp(() => store.createAll(file))).toBe('conflict');
    expect(stored('supplier')).toBe(1);
    expect(stored('supplier-name')).toBe(1);
  });
});
