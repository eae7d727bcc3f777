/**
 * One response per person, campaign and kind under concurrency (QUALITY.md reliability contract): fast-check's
 * scheduler interleaves every storage request of two browser tabs of the same person, each saving drafts and
 * submitting with its own baseRevision, plus replays of earlier calls (retries after a lost acknowledgement).
 * Everything runs through the real handler, the real @forge/kvs SDK and the local host's KVS, with storage latency
 * and stale reads on: a read may answer a recent older value, as Forge storage may (writes and their conditions
 * always see the latest).
 */
import fc from 'fast-check';
import type { Answers, ResponseKind } from '../../src/domain/survey/response';
import { aCampaign, aModel } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';

let h: Backend;
beforeAll(async () => {
  h = await startBackend({
    storage: {
      latencyMs: 2,
      latencyJitterMs: 3,
      staleReads: { probability: 0.3, windowMs: 60_000 },
      seed: 7,
    },
  });
});
let staleSeen = 0;
afterAll(() => h.close());

const model = aModel();
const campaignId = 'cmp-2026';
const me = PEOPLE.alice;

type ForgeGlobals = typeof globalThis & { __forge_fetch__: (...args: unknown[]) => Promise<Response> };

interface Step {
  kind: ResponseKind;
  mode: 'draft' | 'submit';
  value: 1 | 2 | 3 | 4;
}

interface Sent {
  id: string;
  functionKey: 'survey/saveDraft' | 'survey/submit';
  payload: { kind: ResponseKind; answers: Answers; baseRevision: number };
}

interface Outcome {
  sent: Sent;
  result: { ok: boolean; data?: { revision: number; status: string }; error?: { code: string } };
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  kind: fc.constantFrom<ResponseKind>('customer', 'self'),
  mode: fc.constantFrom<'draft' | 'submit'>('draft', 'submit'),
  value: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4),
});

/** Complete answers, so that both saves and submits are valid whatever the stored status; unique per call. */
function answersOf(value: Step['value'], id: string): Answers {
  const answers: Answers = {};
  for (const section of model.sections) {
    for (const criterion of section.criteria) answers[criterion.id] = { value, comment: `call ${id}` };
  }
  return answers;
}

test('two tabs and replays: one stored record per person and kind, equal to the last acknowledged write', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.scheduler(),
      fc.array(stepArb, { minLength: 1, maxLength: 4 }),
      fc.array(stepArb, { minLength: 1, maxLength: 4 }),
      fc.array(fc.nat(), { maxLength: 3 }),
      async (s, tabA, tabB, replays) => {
        h.kvs.reset();
        await h.seed({
          campaigns: [aCampaign({ team: [{ accountId: me, portfolio: { departments: [], people: [] } }] })],
          models: [model],
          // Listed in the campaign's team and holding the team role: both are needed for the self-assessment.
          roles: { team: [me] },
        });
        // The set-up is settled; from here on every read may be stale.
        h.kvs.consistency.settle();

        const globals = globalThis as ForgeGlobals;
        const realFetch = globals.__forge_fetch__;
        // Every storage request waits for the scheduler: reads and conditional writes of concurrent calls interleave.
        globals.__forge_fetch__ = (...args: unknown[]) =>
          s.schedule(Promise.resolve(), String(args[1])).then(() => realFetch(...args));

        const outcomes: Outcome[] = [];
        const sentSoFar: Sent[] = [];
        const send = async (sent: Sent) => {
          const { result } = await h.call(me, sent.functionKey, { campaignId, ...sent.payload });
          outcomes.push({ sent, result });
          return result;
        };
        const tab = async (name: string, steps: Step[]) => {
          const base: Record<ResponseKind, number> = { customer: 0, self: 0 };
          for (const [i, step] of steps.entries()) {
            const id = `${name}${i}`;
            const sent: Sent = {
              id,
              functionKey: step.mode === 'draft' ? 'survey/saveDraft' : 'survey/submit',
              payload: { kind: step.kind, answers: answersOf(step.value, id), baseRevision: base[step.kind] },
            };
            sentSoFar.push(sent);
            const result = await send(sent);
            if (result.ok && result.data) {
              base[step.kind] = result.data.revision;
            } else {
              // A CONFLICT: the tab reloads, as the UI does, and goes on from the latest revision.
              const { result: state } = await h.call(me, 'survey/getState', { campaignId });
              const view = (
                state as {
                  data: {
                    response: { revision: number } | null;
                    selfAssessment: { revision: number } | null;
                  };
                }
              ).data;
              base[step.kind] =
                (step.kind === 'customer' ? view.response : view.selfAssessment)?.revision ?? 0;
            }
          }
        };
        const replayer = async () => {
          for (const pick of replays) {
            await s.schedule(Promise.resolve(), 'replay');
            const earlier = sentSoFar[pick % Math.max(1, sentSoFar.length)];
            if (earlier) await send({ ...earlier, id: `${earlier.id}'` });
          }
        };
        try {
          await s.waitFor(Promise.all([tab('A', tabA), tab('B', tabB), replayer()]));
        } finally {
          globals.__forge_fetch__ = realFetch;
        }

        // Stale reads did happen in this suite (checked once it ends).
        staleSeen += h.kvs.consistency.staleAnswers;
        // Every call either was acknowledged or got CONFLICT: nothing else, and nothing thrown.
        for (const { result } of outcomes) {
          if (!result.ok) expect(result.error?.code).toBe('CONFLICT');
        }
        const stored = h.responses();
        for (const kind of ['customer', 'self'] as const) {
          const acked = outcomes.filter((o) => o.result.ok && o.sent.payload.kind === kind);
          const records = stored.filter((r) => r.kind === kind);
          if (acked.length === 0) {
            expect(records).toHaveLength(0);
            continue;
          }
          // Exactly one record per person and kind.
          expect(records).toHaveLength(1);
          const record = records[0] as {
            revision: number;
            answers: Answers;
            status: string;
            respondentKey: string;
          };
          expect(record.respondentKey).toBe(me);
          // Every acknowledgement is for the revision right after the one it was based on, and one revision
          // was never acknowledged with two different contents: no acknowledged answer was overwritten unseen.
          const byRevision = new Map<number, string>();
          for (const { sent, result } of acked) {
            expect(result.data!.revision).toBe(sent.payload.baseRevision + 1);
            const content = JSON.stringify(sent.payload.answers);
            const seen = byRevision.get(result.data!.revision);
            if (seen !== undefined) expect(content).toBe(seen);
            byRevision.set(result.data!.revision, content);
          }
          const revisions = [...byRevision.keys()].sort((a, b) => a - b);
          expect(revisions).toEqual(revisions.map((_, i) => i + 1));
          // The stored record is the last acknowledged write.
          const last = revisions[revisions.length - 1]!;
          expect(record.revision).toBe(last);
          expect(JSON.stringify(record.answers)).toBe(byRevision.get(last));
          const lastAck = acked.find((o) => o.result.data!.revision === last)!;
          expect(record.status).toBe(lastAck.result.data!.status);
        }
      },
    ),
    { numRuns: 40 },
  );
  expect(staleSeen).toBeGreaterThan(0);
});
