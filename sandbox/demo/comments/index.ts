/**
 * Fact-based comments of the demo answers, in English and French: what an internal customer writes when a rating
 * is low (required at or below 2) and, now and then, when it is good. Each template writes both languages from the
 * same drawn facts (orders, items, days, weeks), taken from the answer's own random stream, so the same answer
 * always says the same thing.
 *
 * The templates are kept per section of the evaluation model (hse.ts, communication.ts, sourcing.ts, transverse.ts,
 * improvement.ts); facts.ts has what they draw from.
 */
import type { DemoLanguage } from '../people';
import type { Rng } from '../../random';
import { COMMUNICATION_COMMENTS } from './communication';
import type { CriterionComments, Text } from './facts';
import { HSE_COMMENTS } from './hse';
import { IMPROVEMENT_COMMENTS } from './improvement';
import { SOURCING_COMMENTS } from './sourcing';
import { TRANSVERSE_COMMENTS } from './transverse';

const COMMENTS: Record<string, CriterionComments> = {
  ...HSE_COMMENTS,
  ...COMMUNICATION_COMMENTS,
  ...SOURCING_COMMENTS,
  ...TRANSVERSE_COMMENTS,
  ...IMPROVEMENT_COMMENTS,
};

const inLanguage = (text: Text, language: DemoLanguage) => (language === 'fr-FR' ? text.fr : text.en);

/** What a customer writes on this criterion: a fact behind a low rating, or what works behind a good one. */
export function commentOf(
  criterionId: string,
  rating: 1 | 2 | 3 | 4,
  language: DemoLanguage,
  year: number,
  r: Rng,
): string {
  const bank = COMMENTS[criterionId];
  if (!bank) throw new Error(`no demo comments for criterion ${criterionId}`);
  return inLanguage(r.pick(bank[rating <= 2 ? 'low' : 'high'])(r, year), language);
}

/** What a buyer writes in the self-assessment when rating the team 2 or less on a criterion. */
export function selfCommentOf(criterionId: string, language: DemoLanguage, year: number, r: Rng): string {
  const n = r.int(90, 140);
  const action = r.int(2, 9);
  return inLanguage(
    criterionId === 'communication-lead-times' && year >= 2025
      ? {
          en: `Backlog since the ordering portal went live in April ${year - 1}: ${n} requests waiting in December.`,
          fr: `Retard de traitement depuis la mise en service du portail en avril ${year - 1} : ${n} demandes en attente en décembre.`,
        }
      : {
          en: `Known weakness, planned in the ${year} improvement plan (action ${action}).`,
          fr: `Point faible connu, action prévue au plan d’amélioration ${year} (action ${action}).`,
        },
    language,
  );
}
