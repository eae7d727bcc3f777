/**
 * Transactions: up to 25 sets, deletes and checks, each key once, all or nothing. Entity operations may carry
 * conditions, checked against the latest values (never a stale read) inside the same SQLite transaction.
 */
import { asArray, asObject, type Handler } from './bodies';
import { checkFilters, matchesFilters } from './conditions';
import type { KvsContext } from './context';
import { errors } from './errors';
import type { Space } from './store';
import { LIMITS, validateKey } from './validation';

export function transactionHandler(context: KvsContext): Handler {
  const { store, now, entitySpace, checkedValue, expireAtFor } = context;

  const transaction: Handler = (raw) => {
    const body = asObject(raw);
    const list = (name: 'set' | 'delete' | 'check') => {
      const value = body[name];
      if (value === undefined || value === null) return [];
      return asArray(value).map(asObject);
    };
    const sets = list('set');
    const deletes = list('delete');
    const checks = list('check');
    const total = sets.length + deletes.length + checks.length;
    if (total === 0) throw errors.emptyOperations();
    if (total > LIMITS.transactionOperations) throw errors.tooManyOperations(LIMITS.transactionOperations);

    const seen = new Set<string>();
    const prepare = (op: Record<string, unknown>, needsConditions: boolean) => {
      const key = validateKey(op.key);
      const id = JSON.stringify([op.entityName ?? null, key]);
      if (seen.has(id)) throw errors.duplicateKeys(key);
      seen.add(id);
      const space: Space =
        op.entityName === undefined || op.entityName === null ? { kind: 'kvs' } : entitySpace(op.entityName);
      if (op.conditions !== undefined && space.kind !== 'entity')
        throw errors.badRequest('conditions need an entityName');
      const conditions = checkFilters(op.conditions);
      if (needsConditions && !conditions) throw errors.badRequest('check needs conditions');
      return { key, space, conditions };
    };
    const preparedSets = sets.map((op) => ({ ...prepare(op, false), json: '', op }));
    for (const s of preparedSets) s.json = checkedValue(s.space, s.op.value);
    const preparedDeletes = deletes.map((op) => prepare(op, false));
    const preparedChecks = checks.map((op) => prepare(op, true));

    store.atomically(() => {
      const t = now();
      for (const { key, space, conditions } of [...preparedSets, ...preparedDeletes, ...preparedChecks]) {
        if (!conditions) continue;
        const row = store.get(space, key, t);
        const current = row ? (JSON.parse(row.value) as Record<string, unknown>) : {};
        if (!matchesFilters(current, conditions)) throw errors.conditionFailed(key);
      }
      for (const s of preparedSets) store.put(s.space, s.key, s.json, t, expireAtFor(s.op.options));
      for (const d of preparedDeletes) store.remove(d.space, d.key, t);
    });
    return { status: 204 };
  };

  return transaction;
}
