import fc from 'fast-check';
import { resolver } from '../../src/resolvers/kit';
import { RESOLVERS } from '../../src/shared/contract';
import { ok } from '../../src/shared/result';

const silent = { error: jest.fn() };
const context = { accountId: 'acc-1', locale: 'en-US' };

describe('resolver()', () => {
  it('rejects a payload of the wrong shape with INVALID_PAYLOAD and never calls the handler', async () => {
    const handler = jest.fn();
    const fn = resolver(RESOLVERS.getSurveyModel, handler, silent);
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
          const result = await fn({ payload, context });
          expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
        },
      ),
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses an oversized or malformed campaign id', async () => {
    const fn = resolver(RESOLVERS.getSurveyModel, jest.fn(), silent);
    for (const campaignId of ['x'.repeat(100_000), '../secrets', 'a b', '', 42]) {
      const result = await fn({ payload: { campaignId }, context });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
      if (!result.ok) expect(result.error.issues?.[0]?.path).toBe('campaignId');
    }
  });

  it('requires the identity the platform sets, and ignores any identity in the payload', async () => {
    const handler = jest.fn(() => Promise.resolve(ok({}) as never));
    const fn = resolver(RESOLVERS.getSurveyModel, handler, silent);
    expect(await fn({ payload: {}, context: {} })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await fn({ payload: { accountId: 'spoofed' }, context })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD' },
    });
    await fn({ payload: {}, context });
    expect(handler).toHaveBeenCalledWith(expect.objectContaining({ accountId: 'acc-1' }));
  });

  it('turns an exception into an INTERNAL error without leaking its message', async () => {
    const logger = { error: jest.fn() };
    const fn = resolver(
      RESOLVERS.getSurveyModel,
      () => Promise.reject(new Error('db password is hunter2')),
      logger,
    );
    const result = await fn({ payload: {}, context });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('hunter2');
    expect(logger.error).toHaveBeenCalledTimes(1);
  });
});
