/**
 * Compile-time guarantees of the UI tests' fake backend (test/ui/backend), checked by `npm run typecheck`: a test's
 * handler for a key takes that key's payload and answers that key's output, as the contract says.
 */
import { ok } from '../../src/shared/result';
import type { UiBackend } from '../ui/backend/fake';
import { planView, weighingView } from '../ui/backend/views/plan';

export function overrides(backend: UiBackend): void {
  backend.on('plan/get', () => ok(planView()));
  backend.on('plan/get', (payload, slice) => slice(payload));
  backend.on('weighing/submit', (payload) => ok(weighingView({ myBallot: payload.points })));
  // @ts-expect-error a handler answering another key's output
  backend.on('plan/get', () => ok(weighingView()));
  // @ts-expect-error the payload is the key's: plan/get has no points
  backend.on('plan/get', (payload) => ok(planView({ actions: payload.points })));
  // @ts-expect-error a key outside the contract
  backend.on('plan/unknown', () => ok(planView()));
}
