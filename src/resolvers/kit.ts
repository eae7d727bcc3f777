import type { z } from 'zod';
import { payloadSchemas, type Payload, type ResolverKey, type ResponseData } from '../shared/contract';
import { fail, type Result } from '../shared/result';

/**
 * The part of Forge's resolver context the app relies on. Only `accountId` (set by the platform from the
 * principal) is trusted; everything under `extension` and `localId` comes from the browser and is checked.
 */
export interface InvocationContext {
  accountId?: string;
  locale?: string;
  localId?: string;
  moduleKey?: string;
  extension?: unknown;
}

export interface Request<K extends ResolverKey> {
  payload: Payload<K>;
  context: InvocationContext;
  accountId: string;
}

export type Handler<K extends ResolverKey> = (request: Request<K>) => Promise<Result<ResponseData[K]>>;

/** What the platform hands a resolver: an untrusted payload and the invocation context. */
export type RawResolver = (request: { payload: unknown; context: unknown }) => Promise<Result<unknown>>;

export interface Logger {
  error(message: string, detail?: unknown): void;
}

function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.slice(0, 20).map((issue) => ({
    path: issue.path.map(String).join('.') || '(payload)',
    message: issue.message,
  }));
}

function contextOf(raw: unknown): InvocationContext {
  if (typeof raw !== 'object' || raw === null) return {};
  const record = raw as Record<string, unknown>;
  const str = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);
  return {
    accountId: str(record.accountId),
    locale: str(record.locale),
    localId: str(record.localId),
    moduleKey: str(record.moduleKey),
    extension: record.extension,
  };
}

/**
 * Wraps a typed handler: parses the payload with the contract's schema, requires a signed-in user and
 * turns anything thrown into an INTERNAL error, so that nothing thrown crosses `invoke`.
 */
export function resolver<K extends ResolverKey>(key: K, handler: Handler<K>, logger: Logger): RawResolver {
  // TypeScript cannot relate an indexed schema to its inferred payload type for a generic key.
  const schema = payloadSchemas[key] as unknown as z.ZodType<Payload<K>>;
  return async ({ payload, context: rawContext }) => {
    const parsed = schema.safeParse(payload ?? {});
    if (!parsed.success) {
      return fail('INVALID_PAYLOAD', `The request to ${key} is not valid.`, issuesOf(parsed.error));
    }
    const context = contextOf(rawContext);
    if (!context.accountId) {
      return fail('FORBIDDEN', 'Sign in to Confluence to use this app.');
    }
    try {
      return await handler({ payload: parsed.data, context, accountId: context.accountId });
    } catch (error) {
      // The key is logged, never the payload: it may hold answers.
      logger.error(`resolver ${key} failed`, error instanceof Error ? error.message : String(error));
      return fail('INTERNAL', 'Something went wrong on our side. Try again in a moment.');
    }
  };
}
