/**
 * The one way into the features: a route table `{ key → { requires, handle } }` per feature, checked against the
 * contract at compile time, and `dispatch`, which every Forge invocation goes through. Dispatch parses the payload
 * with the key's schema, requires a signed-in caller, checks the declared role requirement, and turns anything
 * thrown into a typed failure, so that nothing thrown crosses `invoke`.
 */
import type { z } from 'zod';
import { rolesIn, type AppRole, type RoleSettings } from '../domain/roles';
import type { Ports } from '../ports';
import { StoredRecordError } from '../ports/storage';
import {
  inputSchemaOf,
  isResolverKey,
  type ContractSliceKeys,
  type Output,
  type Payload,
  type ResolverKey,
} from '../shared/contract';
import type { ContractSlice } from '../shared/contract/endpoint';
import { isReason, type Reason } from '../shared/reasons';
import { fail, type Failure, type Issue, type Result } from '../shared/result';

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

/** The caller's app roles, read once per invocation from stored settings (never from the payload). */
export interface Access {
  roles: AppRole[];
  settings: RoleSettings | undefined;
}

export interface Request<K extends ResolverKey> {
  payload: Payload<K>;
  context: InvocationContext;
  accountId: string;
  /** The caller's roles: one storage read at most per invocation, shared by the router and the handler. */
  access: () => Promise<Access>;
}

/** Any signed-in user (the use case checks campaign-level access itself), or one of some app roles. */
export type Requirement = 'signed-in' | { anyOf: readonly AppRole[]; refusal: Reason };

export interface Route<K extends ResolverKey> {
  requires: Requirement;
  handle(request: Request<K>, ports: Ports): Promise<Result<Output<K>>>;
}

/** A feature's routes: exactly the keys of its contract slice (a missing or extra key does not compile). */
export type RouteTable<C extends ContractSlice> = { [K in ContractSliceKeys<C>]: Route<K> };

function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.slice(0, 20).map((found) => {
    const reason = reasonOf(found);
    const params = paramsOf(found);
    return {
      path: found.path.map(String).join('.') || '(payload)',
      reason,
      ...(params ? { params } : {}),
      message: found.message,
    };
  });
}

function reasonOf(found: z.core.$ZodIssue): Reason {
  const custom = (found as { params?: { reason?: unknown } }).params?.reason;
  switch (found.code) {
    case 'invalid_type':
      return 'field.type';
    case 'too_big':
      return found.origin === 'string' ? 'field.tooLong' : 'field.tooBig';
    case 'too_small':
      return found.origin === 'string' ? 'field.tooShort' : 'field.tooSmall';
    case 'invalid_format':
      return 'field.format';
    case 'unrecognized_keys':
      return 'field.unknownKey';
    case 'invalid_value':
    case 'invalid_union':
      return 'field.choice';
    case 'custom':
      return isReason(custom) && custom.startsWith('field.') ? custom : 'field.invalid';
    default:
      return 'field.invalid';
  }
}

function paramsOf(found: z.core.$ZodIssue): Record<string, number> | undefined {
  if (found.code === 'too_big') return { max: Number(found.maximum) };
  if (found.code === 'too_small') return { min: Number(found.minimum) };
  return undefined;
}

/** What a payload the key's schema refuses is answered: INVALID_PAYLOAD, with each field's problem. */
export const invalidPayload = (key: ResolverKey, error: z.ZodError): Failure =>
  fail('INVALID_PAYLOAD', 'request.invalid', { key }, issuesOf(error));

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

/** Reads the caller's roles at most once, however many times the router and the handler ask. */
function accessOf(ports: Pick<Ports, 'roles'>, accountId: string): () => Promise<Access> {
  let loaded: Promise<Access> | undefined;
  return () =>
    (loaded ??= ports.roles.read().then((settings) => ({ settings, roles: rolesIn(settings, accountId) })));
}

/** What the platform hands a resolver: an untrusted payload and the invocation context. */
export interface Invocation {
  payload: unknown;
  context: unknown;
}

export type Routes = { [K in ResolverKey]: Route<K> };

async function run<K extends ResolverKey>(
  key: K,
  route: Route<K>,
  invocation: Invocation,
  ports: Ports,
): Promise<Result<unknown>> {
  const parsed = inputSchemaOf(key).safeParse(invocation.payload ?? {});
  if (!parsed.success) return invalidPayload(key, parsed.error);
  const context = contextOf(invocation.context);
  if (!context.accountId) return fail('FORBIDDEN', 'request.signIn');
  const request: Request<K> = {
    payload: parsed.data,
    context,
    accountId: context.accountId,
    access: accessOf(ports, context.accountId),
  };
  if (route.requires !== 'signed-in') {
    const { roles } = await request.access();
    const { anyOf, refusal } = route.requires;
    if (!roles.some((role) => anyOf.includes(role))) return fail('FORBIDDEN', refusal);
  }
  return route.handle(request, ports);
}

/**
 * Runs one invocation of `key` against the route table. The key is the platform's (`call.functionKey`); only keys
 * of the contract are ever registered, so an unknown one is refused before anything else.
 */
export async function dispatch(
  routes: Routes,
  ports: Ports,
  key: string,
  invocation: Invocation,
): Promise<Result<unknown>> {
  if (!isResolverKey(key)) return fail('NOT_FOUND', 'request.unknownKey', { key });
  try {
    return await run(key, routes[key] as Route<typeof key>, invocation, ports);
  } catch (error) {
    // The key is logged, never the payload: it may hold answers.
    if (error instanceof StoredRecordError) {
      ports.logger.error(`resolver ${key}: ${error.message}`);
      return fail('INTERNAL', 'record.unreadable');
    }
    ports.logger.error(`resolver ${key} failed`, error instanceof Error ? error.message : String(error));
    return fail('INTERNAL', 'request.internal');
  }
}
