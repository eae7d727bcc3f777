/**
 * Many submitted answers written straight into storage (submitting thousands through the resolver would only make
 * tests and the bench slow), with a deterministic spread of ratings the tests recount.
 */
import { ENTITIES, KEYS } from '../../src/adapters/keys';
import { toResponseRecord } from '../../src/adapters/records/response';
import type { AnswerValue } from '../../src/domain/survey/response';
import type { Backend } from './backend';

/** Respondent i rates criterion c with ((i·(c+2)) mod 5) + 1, 5 meaning N/A. */
export const ratingOf = (i: number, c: number): AnswerValue => {
  const r = ((i * (c + 2)) % 5) + 1;
  return r === 5 ? 'na' : (r as 1 | 2 | 3 | 4);
};

const DEPARTMENTS = ['engineering', 'production', 'finance'];
/** KVS batchSet takes at most 25 items. */
const BATCH = 25;

/**
 * Respondents `from` … `from + n − 1` answer every criterion with a comment (`fact <i>`), in engineering,
 * production or finance; with `draft`, one more respondent leaves a draft, which must count nowhere.
 */
export async function seedAnswers(
  h: Pick<Backend, 'asApp'>,
  {
    campaignId,
    criterionIds,
    n,
    from = 0,
    draft = false,
  }: {
    campaignId: string;
    criterionIds: readonly string[];
    n: number;
    from?: number;
    draft?: boolean;
  },
): Promise<void> {
  await h.asApp(async () => {
    const { kvs } = await import('@forge/kvs');
    const records = Array.from({ length: n + (draft ? 1 : 0) }, (_, j) => {
      const i = from + j;
      return toResponseRecord({
        campaignId,
        kind: 'customer',
        respondentKey: `557058:respondent-${i}`,
        departmentId: DEPARTMENTS[i % 3 === 2 ? 2 : i % 2]!,
        status: j === n ? 'draft' : 'submitted',
        answers: Object.fromEntries(
          criterionIds.map((id, c) => [id, { value: ratingOf(i, c), comment: `fact ${i}` }]),
        ),
        revision: 1,
        updatedDay: '2026-02-01',
      });
    });
    for (let i = 0; i < records.length; i += BATCH) {
      await kvs.batchSet(
        records
          .slice(i, i + BATCH)
          .map((value) => ({ key: KEYS.response(value), value, entityName: ENTITIES.response })),
      );
    }
  });
}
