/**
 * Compile-time guarantees of the contract, checked by `npm run typecheck` (tsc reads test/**): each
 * `@ts-expect-error` line must be an error, or tsc fails on the unused directive.
 */
import { z } from 'zod';
import type { Output, Payload } from '../../src/shared/contract';
import type { RouteTable } from '../../src/features/router';
import type { bindingContract } from '../../src/shared/contract/binding';
import { endpoint, joinSlices } from '../../src/shared/contract/endpoint';
import { ok } from '../../src/shared/result';

const a = { 'x/one': endpoint(z.object({ n: z.number() })).returns<string>() };
const b = { 'x/two': endpoint(z.object({})).returns<number>() };
const c = { 'x/one': endpoint(z.object({})).returns<boolean>() };

export const joined = joinSlices(a, b);
// @ts-expect-error a key defined by two slices
export const clash = joinSlices(a, b, c);

export const payload: Payload<'survey/getState'> = { campaignId: 'c1' };
// @ts-expect-error the payload's shape comes from the schema
export const badPayload: Payload<'survey/getState'> = { campaign: 'c1' };
export const output = (o: Output<'survey/submit'>): number => o.revision;
// @ts-expect-error the output type comes from the endpoint
export const badOutput = (o: Output<'survey/submit'>): unknown => o.nothing;

// A feature's route table has exactly its contract slice's keys, each with a handler.
const handle = () => Promise.resolve(ok({ campaignId: 'c', contentId: '1', localId: 'l' }));
export const complete = {
  'binding/bind': { requires: 'signed-in', handle },
} satisfies RouteTable<typeof bindingContract>;
// @ts-expect-error a key of the contract without its handler
export const missing = {} satisfies RouteTable<typeof bindingContract>;
export const extra = {
  'binding/bind': { requires: 'signed-in', handle },
  // @ts-expect-error a handler without its key in the contract
  'survey/unbind': { requires: 'signed-in', handle },
} satisfies RouteTable<typeof bindingContract>;
export const wrongOutput = {
  // @ts-expect-error a handler answering another output type than the contract's
  'binding/bind': { requires: 'signed-in', handle: () => Promise.resolve(ok(1)) },
} satisfies RouteTable<typeof bindingContract>;
