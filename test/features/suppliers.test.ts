/**
 * The supplier register through the real routing (the app's handler, the real @forge/kvs SDK on the local KVS):
 * who writes what, the typed refusals that write nothing, archive, search, filters, paging, and the storage round
 * trips of a list, the same at 20 suppliers as at 1,000.
 */
import type { Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';
import { code, onAdminPage, type Call } from './support/admin-page';
import { aSupplier, callerOf, seedRegister, supplierInput } from './support/suppliers';

let b: Backend;
let call: Call;
onAdminPage((started) => {
  b = started.b;
  call = callerOf(started.b);
});

const DAY = Date.UTC(2026, 11, 8, 10);
beforeEach(() => b.clock.set(DAY));
afterAll(() => b.clock.reset());

const save = (who: string, supplier: object, baseRevision = 0) =>
  call(who, 'suppliers/save', { supplier, baseRevision });
const list = (who: string, payload: object = {}) => call(who, 'suppliers/list', { query: '', ...payload });
const names = async (who: string, payload: object = {}) =>
  ((await list(who, payload)).result.data.items as { name: string }[]).map((s) => s.name);

/** The refusal, and that it changed nothing in storage. */
async function refusedWithoutWriting(run: () => ReturnType<Call>) {
  const before = b.snapshot();
  const { result } = await run();
  expect(b.snapshot()).toBe(before);
  return `${code(result)} ${result.ok ? '' : (result.error as unknown as { reason: string }).reason}`;
}

describe('supplier register: writing', () => {
  beforeEach(() => seedRegister(b, []));

  it('lets the admin and a buyer add suppliers, evaluated again a year later unless a day is given', async () => {
    const byAdmin = await save(PEOPLE.jean, supplierInput({ ownerAccountId: PEOPLE.hugo }));
    expect(byAdmin.result).toMatchObject({
      ok: true,
      data: { name: 'Acme Steel', revision: 1, nextEvaluationOn: '2027-12-08', canEdit: true },
    });
    expect(byAdmin.result.data.id).toMatch(/^sup-[a-f0-9]{16}$/);
    expect(byAdmin.result.data.owner).toEqual({ accountId: PEOPLE.hugo, displayName: 'Hugo Moreau' });
    const byBuyer = await save(
      PEOPLE.grace,
      supplierInput({ name: 'Dupont', nextEvaluationOn: '2027-03-01' }),
    );
    expect(byBuyer.result).toMatchObject({
      ok: true,
      data: { nextEvaluationOn: '2027-03-01', canEdit: true },
    });
    const read = await call(PEOPLE.ines, 'suppliers/get', { supplierId: byBuyer.result.data.id });
    expect(read.result).toMatchObject({ ok: true, data: { name: 'Dupont', canEdit: false } });
  });

  it('refuses, typed and writing nothing, whoever may not write the register or this supplier', async () => {
    const grace = (await save(PEOPLE.grace, supplierInput())).result.data;
    const { id, revision } = grace as { id: string; revision: number };
    const edit = supplierInput({ id, status: 'watch' });
    expect(await refusedWithoutWriting(() => save(PEOPLE.alice, supplierInput({ name: 'X' })))).toBe(
      'FORBIDDEN forbidden.editSuppliers',
    );
    expect(await refusedWithoutWriting(() => save(PEOPLE.ines, edit, revision))).toBe(
      'FORBIDDEN forbidden.editSuppliers',
    );
    expect(await refusedWithoutWriting(() => save(PEOPLE.hugo, edit, revision))).toBe(
      'FORBIDDEN supplier.notYours',
    );
    expect(
      await refusedWithoutWriting(() =>
        save(PEOPLE.grace, { ...edit, ownerAccountId: PEOPLE.hugo }, revision),
      ),
    ).toBe('FORBIDDEN supplier.ownerFixed');
    expect(
      await refusedWithoutWriting(() =>
        save(PEOPLE.hugo, supplierInput({ name: 'Y', ownerAccountId: PEOPLE.grace })),
      ),
    ).toBe('FORBIDDEN supplier.ownerFixed');
    expect(await refusedWithoutWriting(() => save(PEOPLE.grace, edit, revision + 1))).toBe(
      'CONFLICT supplier.stale',
    );
    expect(await refusedWithoutWriting(() => call(PEOPLE.alice, 'suppliers/list', { query: '' }))).toBe(
      'FORBIDDEN forbidden.seeSuppliers',
    );
    expect(await refusedWithoutWriting(() => call(PEOPLE.emma, 'suppliers/get', { supplierId: id }))).toBe(
      'FORBIDDEN forbidden.seeSuppliers',
    );
  });

  it('refuses prototype keys and ids it did not make, as suppliers to read or to change', async () => {
    for (const supplierId of ['__proto__', 'constructor', 'toString', 'sup-1']) {
      expect(await refusedWithoutWriting(() => call(PEOPLE.jean, 'suppliers/get', { supplierId }))).toBe(
        'INVALID_PAYLOAD request.invalid',
      );
      expect(await refusedWithoutWriting(() => save(PEOPLE.jean, supplierInput({ id: supplierId }), 1))).toBe(
        'INVALID_PAYLOAD request.invalid',
      );
    }
    const absent = 'sup-00000000000000ff';
    expect(await refusedWithoutWriting(() => save(PEOPLE.jean, supplierInput({ id: absent }), 1))).toBe(
      'NOT_FOUND supplier.missing',
    );
  });

  it('refuses text a spreadsheet would run, a name the register holds, an owner outside the team', async () => {
    await save(PEOPLE.grace, supplierInput({ name: 'Müller GmbH' }));
    const problems = async (input: object, baseRevision = 0) => {
      const before = b.snapshot();
      const { result } = await save(PEOPLE.jean, input, baseRevision);
      expect(b.snapshot()).toBe(before);
      return result.ok ? [] : (result.error as { issues?: { path: string; reason: string }[] }).issues;
    };
    expect(await problems(supplierInput({ name: '=HYPERLINK("http://x")', category: '@SUM(A1)' }))).toEqual([
      expect.objectContaining({ path: 'supplier.name', reason: 'supplier.formula' }),
      expect.objectContaining({ path: 'supplier.category', reason: 'supplier.formula' }),
    ]);
    expect(await problems(supplierInput({ name: '  muller   GMBH ' }))).toEqual([
      expect.objectContaining({ path: 'supplier.name', reason: 'supplier.nameTaken' }),
    ]);
    for (const lookalike of ['Mü\u200Bller GmbH', 'ＭÜＬＬＥＲ GmbH', 'Mül\u00ADler\u2060 GmbH']) {
      expect(await problems(supplierInput({ name: lookalike }))).toEqual([
        expect.objectContaining({ path: 'supplier.name', reason: 'supplier.nameTaken' }),
      ]);
    }
    expect(await problems(supplierInput({ name: '\u0301' }))).toEqual([
      expect.objectContaining({ path: 'supplier.name', reason: 'field.required' }),
    ]);
    expect(await problems(supplierInput({ name: 'Other', ownerAccountId: PEOPLE.alice }))).toEqual([
      expect.objectContaining({ path: 'supplier.ownerAccountId', reason: 'supplier.ownerNotBuyer' }),
    ]);
    const atOne = await save(PEOPLE.jean, supplierInput({ name: 'New' }), 1);
    expect(atOne.result).toMatchObject({ ok: false, error: { reason: 'supplier.newAtRevisionZero' } });
  });

  it('stores a name without the invisible characters typed inside it', async () => {
    const saved = await save(PEOPLE.grace, supplierInput({ name: 'Zero\u200BWidth\u00AD Soft\u2060Co' }));
    expect(saved.result).toMatchObject({ ok: true, data: { name: 'ZeroWidth SoftCo' } });
    const joined = await save(PEOPLE.grace, supplierInput({ name: 'Lab \u{1F469}\u200D\u{1F52C} Labs' }));
    expect(joined.result).toMatchObject({ ok: true, data: { name: 'Lab \u{1F469}\u200D\u{1F52C} Labs' } });
  });

  it('lets one of two saves at the same revision win, and the admin reassign and archive', async () => {
    const { id, revision } = (await save(PEOPLE.grace, supplierInput())).result.data as {
      id: string;
      revision: number;
    };
    const raced = await Promise.all([
      save(PEOPLE.grace, supplierInput({ id, status: 'watch' }), revision),
      save(PEOPLE.jean, supplierInput({ id, category: 'Metals' }), revision),
    ]);
    expect(raced.map((r) => code(r.result)).sort()).toEqual(['CONFLICT', 'OK']);
    const current = (await call(PEOPLE.jean, 'suppliers/get', { supplierId: id })).result.data;
    const moved = await save(
      PEOPLE.jean,
      supplierInput({ id, ownerAccountId: PEOPLE.hugo, status: 'archived' }),
      current.revision,
    );
    expect(moved.result).toMatchObject({
      ok: true,
      data: { ownerAccountId: PEOPLE.hugo, status: 'archived', revision: 3 },
    });
    expect(await names(PEOPLE.jean)).toEqual([]);
    expect(await names(PEOPLE.jean, { status: 'archived' })).toEqual(['Acme Steel']);
    // Hugo now owns it: he may bring it back.
    const back = await save(PEOPLE.hugo, supplierInput({ id, ownerAccountId: PEOPLE.hugo }), 3);
    expect(back.result).toMatchObject({ ok: true, data: { status: 'active', revision: 4 } });
    expect(await names(PEOPLE.grace)).toEqual(['Acme Steel']);
  });
});

describe('supplier register: search, filters and paging', () => {
  it('searches by name prefix without case or accents, and filters by status, category and owner', async () => {
    await seedRegister(b, [
      aSupplier(1, { name: 'Müller GmbH', category: 'Metals' }),
      aSupplier(2, { name: 'Mullard Ltd', category: 'Electronics', ownerAccountId: PEOPLE.hugo }),
      aSupplier(3, { name: 'Martin SA', category: 'Metals', status: 'watch', ownerAccountId: PEOPLE.grace }),
      aSupplier(4, { name: 'Muller Old', category: 'Metals', status: 'archived' }),
    ]);
    expect(await names(PEOPLE.ines, { query: 'MUL' })).toEqual(['Mullard Ltd', 'Müller GmbH']);
    expect(await names(PEOPLE.ines, { query: 'mül' })).toEqual(['Mullard Ltd', 'Müller GmbH']);
    expect(await names(PEOPLE.ines, { category: 'metals' })).toEqual(['Martin SA', 'Müller GmbH']);
    expect(await names(PEOPLE.ines, { status: 'watch' })).toEqual(['Martin SA']);
    expect(await names(PEOPLE.ines, { status: 'archived', query: 'mu' })).toEqual(['Muller Old']);
    expect(await names(PEOPLE.ines, { ownerAccountId: PEOPLE.hugo })).toEqual(['Mullard Ltd']);
    expect(
      await names(PEOPLE.ines, { ownerAccountId: PEOPLE.grace, category: 'Metals', status: 'watch' }),
    ).toEqual(['Martin SA']);
    const quality = (await list(PEOPLE.ines)).result.data;
    expect(quality).toMatchObject({ canCreate: false, canReassign: false });
    expect(quality.team.map((p: { displayName: string }) => p.displayName)).toEqual([
      'Grace Okafor',
      'Hugo Moreau',
    ]);
  });

  it('pages the register by name, 50 at a time, with a cursor bound to its query', async () => {
    await seedRegister(
      b,
      Array.from({ length: 120 }, (_, i) => aSupplier(i + 1)),
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    const sizes: number[] = [];
    do {
      const page = (await list(PEOPLE.jean, cursor ? { cursor } : {})).result.data;
      sizes.push(page.items.length);
      seen.push(...page.items.map((s: { name: string }) => s.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(sizes).toEqual([50, 50, 20]);
    expect(seen).toEqual(Array.from({ length: 120 }, (_, i) => aSupplier(i + 1).name));
    const first = (await list(PEOPLE.jean)).result.data.nextCursor as string;
    const other = await list(PEOPLE.jean, { cursor: first, status: 'watch' });
    expect(other.result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', reason: 'suppliers.badCursor' },
    });
  });

  it('answers a forged cursor inside a well-formed envelope as a bad cursor, not an internal error', async () => {
    await seedRegister(b, [aSupplier(1)]);
    const envelope = (c: string) =>
      Buffer.from(JSON.stringify({ q: JSON.stringify(['', null, null, null]), c })).toString('base64url');
    for (const c of ['forged', Buffer.from('{"x":1}').toString('base64url'), '']) {
      const { result } = await list(PEOPLE.jean, { cursor: envelope(c) });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'INVALID_PAYLOAD', reason: 'suppliers.badCursor' },
      });
    }
  });

  it('costs the same storage round trips for a page at 20 suppliers as at 1,000, whatever the filters', async () => {
    const queries = [
      {},
      { query: 'supplier 00' },
      { category: 'Logistics' },
      { ownerAccountId: PEOPLE.hugo, category: 'Logistics' },
      { status: 'active' as const },
    ];
    const countsAt = async (size: number) => {
      b.kvs.reset();
      await seedRegister(
        b,
        Array.from({ length: size }, (_, i) => aSupplier(i + 1)),
      );
      const counts: number[] = [];
      for (const query of queries) counts.push((await list(PEOPLE.jean, query)).counts.storage);
      return counts;
    };
    const small = await countsAt(20);
    const large = await countsAt(1000);
    expect(large).toEqual(small);
    // The roles, then one index query.
    expect(large).toEqual([2, 2, 2, 2, 2]);
  });

  it('answers a short page with its cursor when filters drop rows the index read', async () => {
    // Grace owns 2 suppliers in 3; of those, every other is in Logistics: the first 50 rows hold fewer matches.
    await seedRegister(
      b,
      Array.from({ length: 200 }, (_, i) => aSupplier(i + 1)),
    );
    const query = { ownerAccountId: PEOPLE.grace, category: 'Logistics' };
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = (await list(PEOPLE.jean, cursor ? { ...query, cursor } : query)).result.data;
      expect(page.items.length).toBeLessThanOrEqual(50);
      seen.push(...page.items.map((s: { name: string }) => s.name));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    const expected = Array.from({ length: 200 }, (_, i) => aSupplier(i + 1))
      .filter((s) => s.ownerAccountId === PEOPLE.grace && s.category === 'Logistics')
      .map((s) => s.name);
    expect(seen).toEqual(expected);
    expect(pages).toBeGreaterThan(Math.ceil(expected.length / 50));
  });
});
