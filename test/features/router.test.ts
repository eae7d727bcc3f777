import fc from 'fast-check';
import type { Ports } from '../../src/ports';
import { dispatch, type Route, type Routes } from '../../src/features/router';
import { RESOLVER_KEYS } from '../../src/shared/contract';
import { ok } from '../../src/shared/result';

const context = { accountId: 'acc-1', locale: 'en-US' };

/** Every key routed to the same handler, behind `requires` (signed-in unless told). */
function routesTo(handle: Route<never>['handle'], requires: Route<never>['requires'] = 'signed-in'): Routes {
  return Object.fromEntries(RESOLVER_KEYS.map((key) => [key, { requires, handle }])) as unknown as Routes;
}

function portsWith(roles: { admins?: string[] } | undefined, logger = { error: jest.fn() }): Ports {
  const settings = roles && { admins: roles.admins ?? [], team: [], quality: [], revision: 1 };
  return { roles: { read: jest.fn(() => Promise.resolve(settings)) }, logger } as unknown as Ports;
}

describe('dispatch()', () => {
  it('rejects a payload of the wrong shape with INVALID_PAYLOAD and never calls the handler', async () => {
    const handler = jest.fn();
    const routes = routesTo(handler);
    await fc.assert(
      fc.asyncProperty(
        fc
          .anything()
          .filter(
            (value) =>
              value !== undefined &&
              value !== null &&
              !(typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0),
          ),
        async (payload) => {
          const result = await dispatch(routes, portsWith(undefined), 'roles/getAccess', {
            payload,
            context,
          });
          expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
        },
      ),
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses an oversized or malformed campaign id', async () => {
    const routes = routesTo(jest.fn());
    for (const campaignId of ['x'.repeat(100_000), '../secrets', 'a b', '', 42]) {
      const result = await dispatch(routes, portsWith(undefined), 'survey/getState', {
        payload: { campaignId },
        context,
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
      if (!result.ok) expect(result.error.issues?.[0]?.path).toBe('campaignId');
    }
  });

  it('requires the identity the platform sets, and ignores any identity in the payload', async () => {
    const handler = jest.fn(() => Promise.resolve(ok({}) as never));
    const routes = routesTo(handler);
    const ports = portsWith(undefined);
    const run = (payload: unknown, ctx: unknown) =>
      dispatch(routes, ports, 'roles/getAccess', { payload, context: ctx });
    expect(await run({}, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await run({ accountId: 'spoofed' }, context)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD' },
    });
    await run({}, context);
    expect(handler).toHaveBeenCalledWith(expect.objectContaining({ accountId: 'acc-1' }), ports);
  });

  it('turns an exception into an INTERNAL error without leaking its message', async () => {
    const logger = { error: jest.fn() };
    const routes = routesTo(() => Promise.reject(new Error('db password is hunter2')));
    const result = await dispatch(routes, portsWith(undefined, logger), 'roles/getAccess', {
      payload: {},
      context,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', reason: 'request.internal' } });
    expect(JSON.stringify(result)).not.toContain('hunter2');
    expect(logger.error).toHaveBeenCalledTimes(1);
  });

  it('checks the declared role before the handler, reading the roles once for both', async () => {
    const handler = jest.fn(async (request: { access: () => Promise<unknown> }) => {
      await request.access();
      return ok({});
    });
    const routes = routesTo(handler as never, { anyOf: ['admin'], refusal: 'forbidden.seeRoles' });
    const denied = portsWith({ admins: ['someone-else'] });
    expect(await dispatch(routes, denied, 'roles/get', { payload: {}, context })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', reason: 'forbidden.seeRoles' },
    });
    expect(handler).not.toHaveBeenCalled();
    const allowed = portsWith({ admins: ['acc-1'] });
    expect(await dispatch(routes, allowed, 'roles/get', { payload: {}, context })).toEqual(ok({}));
    expect(allowed.roles.read).toHaveBeenCalledTimes(1);
  });

  it('answers a key outside the contract with a typed NOT_FOUND, whatever its name', async () => {
    const handler = jest.fn();
    for (const key of ['survey/doesNotExist', 'constructor', '__proto__', 'toString', '']) {
      const result = await dispatch(routesTo(handler), portsWith(undefined), key, { payload: {}, context });
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'request.unknownKey' } });
    }
    expect(handler).not.toHaveBeenCalled();
  });
});
