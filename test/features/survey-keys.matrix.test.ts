/**
 * The answering slices' keys (survey, proxy, participation) against foreign data (QUALITY.md: IDOR and bad input):
 * own / foreign / missing / malformed campaign ids × allowed / denied callers, and fuzzed payloads and contexts.
 * Each refusal is a typed error and writes nothing (the whole store is compared before and after).
 */
import fc from 'fast-check';
import { inputSchemaOf } from '../../src/shared/contract';
import { aCampaign, aModel, answersFor, macroContext } from '../helpers/builders';
import { startBackend, type Backend } from '../helpers/backend';
import { PEOPLE } from '../helpers/people';

let h: Backend;
beforeAll(async () => {
  h = await startBackend();
});
afterAll(() => h.close());

const model = aModel();
const full = answersFor(model, 3);

async function reseed() {
  h.kvs.reset();
  await h.seed({
    campaigns: [
      aCampaign(),
      aCampaign({ id: 'cmp-foreign', binding: { contentId: '65603', localId: 'other-macro' } }),
    ],
    models: [model],
    roles: {},
  });
}

/** Each resolver with a valid payload for a campaign id, its allowed caller and what a denied caller gets. */
const RESOLVER_CASES = [
  {
    key: 'survey/getState',
    payload: (campaignId: unknown) => ({ campaignId }),
    allowed: PEOPLE.alice,
    writes: false,
    // Someone outside the audience and team learns nothing, not even that the campaign exists (issue 7, item 9).
    deniedGets: 'NOT_FOUND',
  },
  {
    key: 'survey/saveDraft',
    payload: (campaignId: unknown) => ({ campaignId, kind: 'customer', answers: {}, baseRevision: 0 }),
    allowed: PEOPLE.alice,
    writes: true,
    deniedGets: 'NOT_FOUND',
  },
  {
    key: 'survey/submit',
    payload: (campaignId: unknown) => ({ campaignId, kind: 'customer', answers: full, baseRevision: 0 }),
    allowed: PEOPLE.alice,
    writes: true,
    deniedGets: 'NOT_FOUND',
  },
  {
    key: 'proxy/get',
    payload: (campaignId: unknown) => ({ campaignId, customerAccountId: PEOPLE.alice }),
    allowed: PEOPLE.grace,
    writes: false,
    deniedGets: 'NOT_FOUND',
  },
  {
    key: 'proxy/submit',
    payload: (campaignId: unknown) => ({
      campaignId,
      customerAccountId: PEOPLE.alice,
      answers: full,
      baseRevision: 0,
    }),
    allowed: PEOPLE.grace,
    writes: true,
    deniedGets: 'NOT_FOUND',
  },
  {
    key: 'participation/get',
    payload: (campaignId: unknown) => ({ campaignId }),
    allowed: PEOPLE.grace,
    writes: false,
    deniedGets: 'NOT_FOUND',
  },
] as const;

const CAMPAIGN_IDS: { label: string; id: unknown; expected: string }[] = [
  { label: 'own', id: 'cmp-2026', expected: 'ok' },
  { label: 'foreign (bound to another page)', id: 'cmp-foreign', expected: 'FORBIDDEN' },
  { label: 'missing', id: 'cmp-1999', expected: 'NOT_FOUND' },
  { label: 'malformed: path', id: '../settings:roles', expected: 'INVALID_PAYLOAD' },
  { label: 'malformed: oversized', id: 'c'.repeat(100_000), expected: 'INVALID_PAYLOAD' },
  { label: 'malformed: object', id: { $ne: null }, expected: 'INVALID_PAYLOAD' },
  { label: 'malformed: number', id: 2026, expected: 'INVALID_PAYLOAD' },
];

const CALLERS = [
  { label: 'allowed', who: 'allowed' as const },
  { label: 'denied (outside audience and team)', who: PEOPLE.emma },
  { label: 'signed out', who: undefined },
];

const ERROR_CODES = ['INVALID_PAYLOAD', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'UNAVAILABLE', 'INTERNAL'];

function expectTypedError(result: { ok: boolean; error?: { code: string; message: string } }, code?: string) {
  expect(result.ok).toBe(false);
  expect(ERROR_CODES).toContain(result.error?.code);
  expect(typeof result.error?.message).toBe('string');
  if (code) expect(result.error?.code).toBe(code);
}

describe.each(RESOLVER_CASES)('$key', (resolverCase) => {
  describe.each(CAMPAIGN_IDS)('$label campaign id', ({ id, expected }) => {
    it.each(CALLERS)('$label caller', async ({ who }) => {
      await reseed();
      const caller = who === 'allowed' ? resolverCase.allowed : who;
      const before = h.snapshot();
      const { result } = await h.call(caller, resolverCase.key, resolverCase.payload(id));

      let want = expected;
      if (expected === 'INVALID_PAYLOAD')
        want = 'INVALID_PAYLOAD'; // the payload is checked before identity
      else if (caller === undefined) want = 'FORBIDDEN';
      // Whether the campaign is theirs, another page's or missing, the not-entitled get one answer.
      else if (who !== 'allowed') want = resolverCase.deniedGets;

      if (want === 'ok') {
        expect(result.ok).toBe(true);
        if (resolverCase.writes) expect(h.snapshot()).not.toBe(before);
        else expect(h.snapshot()).toBe(before);
      } else {
        expectTypedError(result, want);
        expect(h.snapshot()).toBe(before);
      }
    });
  });
});

describe('fuzzing every survey resolver', () => {
  beforeAll(reseed);

  it.each(RESOLVER_CASES)(
    '$key: arbitrary payloads get INVALID_PAYLOAD, touch no storage, write nothing',
    async ({ key, allowed }) => {
      const before = h.snapshot();
      await fc.assert(
        fc.asyncProperty(fc.anything(), async (payload) => {
          const { result, counts } = await h.call(allowed, key, payload);
          expectTypedError(result, 'INVALID_PAYLOAD');
          expect(counts.storage).toBe(0);
        }),
        { numRuns: 60 },
      );
      expect(h.snapshot()).toBe(before);
    },
  );

  it.each(RESOLVER_CASES)(
    '$key: a valid campaign id with arbitrary or oversized fields writes nothing',
    async (resolverCase) => {
      const huge = fc.string({ minLength: 2001, maxLength: 5000 });
      const field = fc.oneof(fc.anything(), huge, fc.constant('x'.repeat(300_000)));
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('kind', 'answers', 'baseRevision', 'departmentId', 'customerAccountId', 'extra'),
          field,
          async (name, value) => {
            const before = h.snapshot();
            const payload = { ...resolverCase.payload('cmp-2026'), [name]: value };
            const { result } = await h.call(resolverCase.allowed, resolverCase.key, payload);
            if (result.ok) {
              // Only a value the contract accepts may pass (and a save may then write).
              expect(inputSchemaOf(resolverCase.key).safeParse(payload).success).toBe(true);
            } else {
              expectTypedError(result);
              expect(h.snapshot()).toBe(before);
            }
          },
        ),
        { numRuns: 40 },
      );
    },
  );

  it.each(RESOLVER_CASES.filter((c) => 'answers' in c.payload('cmp-2026')))(
    '$key: an oversized comment or too many answers are refused, nothing written',
    async (resolverCase) => {
      await reseed();
      const before = h.snapshot();
      const tooLong = { ...full, 'sourcing-price': { value: 3, comment: 'x'.repeat(2001) } };
      const tooMany = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`c${i}`, { value: 3 }]));
      const script = { ...full, 'unknown<script>': { value: 3 } };
      for (const answers of [tooLong, tooMany, script]) {
        const { result } = await h.call(resolverCase.allowed, resolverCase.key, {
          ...resolverCase.payload('cmp-2026'),
          answers,
        });
        expectTypedError(result, 'INVALID_PAYLOAD');
      }
      expect(h.snapshot()).toBe(before);
    },
  );

  it.each(RESOLVER_CASES)(
    '$key: an arbitrary browser context (page, macro instance) is refused, nothing written',
    async (resolverCase) => {
      await reseed();
      await fc.assert(
        fc.asyncProperty(fc.anything(), fc.anything(), async (extension, localId) => {
          const context = { ...macroContext(), extension, localId };
          // Sanity: the same call from the real macro passes (a save's repeats are replays).
          const { result } = await h.call(
            resolverCase.allowed,
            resolverCase.key,
            resolverCase.payload('cmp-2026'),
          );
          expect(result.ok).toBe(true);
          const before = h.snapshot();
          const fuzzed = await h.call(
            resolverCase.allowed,
            resolverCase.key,
            resolverCase.payload('cmp-2026'),
            context,
          );
          expectTypedError(fuzzed.result, 'FORBIDDEN');
          expect(h.snapshot()).toBe(before);
        }),
        { numRuns: 25 },
      );
    },
  );
});
