import { ForgeKvsAPIError } from '@forge/kvs';

/** Runs `promise` and returns the ForgeKvsAPIError it rejects with (failing the test if it resolves). */
export async function apiError(promise: Promise<unknown>): Promise<ForgeKvsAPIError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ForgeKvsAPIError);
  return error as ForgeKvsAPIError;
}
