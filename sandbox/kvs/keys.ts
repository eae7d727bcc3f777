/** Get, set and delete one key: plain keys, secrets (`secret/...`) and entities (`entity/...`) alike. */
import { asObject, present, type Handler } from './bodies';
import type { KvsContext, SpaceKind } from './context';
import { errors } from './errors';
import { validateKey } from './validation';

export function keyHandlers(context: KvsContext): {
  get: (kind: SpaceKind) => Handler;
  set: (kind: SpaceKind) => Handler;
  del: (kind: SpaceKind) => Handler;
} {
  const { store, now, spaceFor, checkedValue, expireAtFor } = context;
  const { read } = context.reads;

  const get =
    (kind: 'kvs' | 'secret' | 'entity'): Handler =>
    (raw) => {
      const body = asObject(raw);
      const space = spaceFor(kind, body);
      const row = read(space, validateKey(body.key), now());
      if (!row) throw errors.keyNotFound();
      return { status: 200, body: present(row) };
    };

  const set =
    (kind: 'kvs' | 'secret' | 'entity'): Handler =>
    (raw) => {
      const body = asObject(raw);
      const space = spaceFor(kind, body);
      const key = validateKey(body.key);
      const json = checkedValue(space, body.value);
      const opts = (body.options ?? {}) as {
        keyPolicy?: unknown;
        returnValue?: unknown;
        returnMetadataFields?: unknown;
      };
      if (
        opts.keyPolicy !== undefined &&
        opts.keyPolicy !== 'OVERRIDE' &&
        opts.keyPolicy !== 'FAIL_IF_EXISTS'
      )
        throw errors.badRequest('unknown keyPolicy');
      if (opts.returnValue !== undefined) {
        if (opts.returnValue !== 'PREVIOUS' && opts.returnValue !== 'LATEST')
          throw errors.badRequest('unknown returnValue');
        if (opts.keyPolicy !== 'OVERRIDE') throw errors.badRequest('returnValue requires keyPolicy OVERRIDE');
      }
      const expireAt = expireAtFor(opts);
      const { previous, current } = store.atomically(() => {
        if (opts.keyPolicy === 'FAIL_IF_EXISTS' && store.get(space, key, now())) throw errors.keyConflict();
        return store.put(space, key, json, now(), expireAt);
      });
      if (opts.returnValue === 'LATEST')
        return { status: 200, body: present(current, opts.returnMetadataFields ?? []) };
      if (opts.returnValue === 'PREVIOUS' && previous)
        return { status: 200, body: present(previous, opts.returnMetadataFields ?? []) };
      return { status: 204 };
    };

  const del =
    (kind: 'kvs' | 'secret' | 'entity'): Handler =>
    (raw) => {
      const body = asObject(raw);
      const space = spaceFor(kind, body);
      if (!store.remove(space, validateKey(body.key), now())) throw errors.keyNotFound();
      return { status: 204 };
    };

  return { get, set, del };
}
