/**
 * The answers of the demo's closed campaigns, drawn from a seeded random stream so that they tell the same story on
 * every start:
 *
 * - a falling criterion: requests handled within the agreed lead times, about 3.2 in 2024 and 2.3 in 2025 (the
 *   ordering portal went live between the two surveys and requests piled up);
 * - a blind spot in 2025: both buyers rate "I am kept informed of the progress of my requests" 4, customers
 *   about 2.6;
 * - the reworded criterion (sandbox/demo/model.ts) has no trend;
 * - Legal's three people all answer: their row is below the threshold, and the smallest other department is
 *   hidden with it (complementary suppression).
 *
 * Everything else is stable or slightly up. Comments are in each person's language, required at or below 2.
 *
 * The story's figures (targets, department leanings, absences) are in targets.ts.
 */
import { type Campaign } from '../../src/domain/campaigns';
import { dayOf } from '../../src/domain/common';
import { criteriaOf, type EvaluationModel, type Rating } from '../../src/domain/model';
import type { Answers } from '../../src/domain/survey';
import type { StoredResponse } from '../../src/ports/survey';
import { commentOf, selfCommentOf } from './comments';
import { DEMO_PEOPLE, type DemoLanguage } from './people';
import { rngOf, shuffled, type Rng } from '../random';
import {
  ABSENT,
  BLIND_SPOT_CRITERION_ID,
  DEPARTMENT_BIAS,
  naProbability,
  SPECIFIC_BIAS,
  TARGETS,
  type DemoYear,
} from './targets';

export { BLIND_SPOT_CRITERION_ID, FALLING_CRITERION_ID } from './targets';
export type { DemoYear } from './targets';

/** The personas' languages (the other customers carry theirs). */
const PERSONA_LANGUAGES: Record<string, DemoLanguage> = {
  'Alice Martin': 'fr-FR',
  'Bruno Lefèvre': 'fr-FR',
  'Chloé Dubois': 'fr-FR',
  'David Chen': 'en-US',
  'Emma Schmidt': 'en-US',
  'Farid Benali': 'fr-FR',
  'Grace Okafor': 'en-US',
  'Hugo Moreau': 'fr-FR',
};

export function languageOf(person: { accountId: string; displayName: string }): DemoLanguage {
  return (
    DEMO_PEOPLE.find((p) => p.accountId === person.accountId)?.language ??
    PERSONA_LANGUAGES[person.displayName] ??
    'en-US'
  );
}

export interface DemoRespondent {
  accountId: string;
  displayName: string;
  /** Their department: listed members answer for it, the unlisted customer chooses it. */
  departmentId: string;
}

export interface DemoBuyer {
  accountId: string;
  displayName: string;
  /** The departments of their portfolio: who may record answers by proxy for whom. */
  departments: readonly string[];
}

/**
 * Ratings 1–4 whose mean is exactly `mean`: weights exp(−(k − c)² / 2σ²) over the four levels, with the centre c
 * found by bisection (the mean grows with c).
 */
function distribution(mean: number, sigma = 0.75): number[] {
  const weights = (c: number) => {
    const raw = [1, 2, 3, 4].map((k) => Math.exp(-((k - c) ** 2) / (2 * sigma * sigma)));
    const total = raw.reduce((a, b) => a + b, 0);
    return raw.map((w) => w / total);
  };
  const meanOf = (p: number[]) => p.reduce((sum, w, i) => sum + w * (i + 1), 0);
  let [low, high] = [-6, 11];
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (meanOf(weights(mid)) < mean) low = mid;
    else high = mid;
  }
  return weights((low + high) / 2);
}

/** The rating at `u` in [0, 1) of the distribution's cumulative. */
function ratingAt(p: readonly number[], u: number): Rating {
  for (let i = 0; i < p.length; i++) {
    u -= p[i]!;
    if (u < 0) return (i + 1) as Rating;
  }
  return 4;
}

const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));

function targetOf(criterionId: string, departmentId: string, year: DemoYear, personal: number): number {
  const base = TARGETS[criterionId]?.[year === 2024 ? 0 : 1];
  if (base === undefined) throw new Error(`no demo target for criterion ${criterionId}`);
  const specific = SPECIFIC_BIAS.filter(
    (b) => b.criterionId === criterionId && b.departmentId === departmentId && (b.year ?? year) === year,
  ).reduce((sum, b) => sum + b.delta, 0);
  return clamp(base + (DEPARTMENT_BIAS[departmentId] ?? 0) + specific + personal, 1.15, 3.85);
}

/**
 * A customer's answers to every criterion of the model: ratings, some "not applicable", facts behind low ones.
 * `uniform` gives the point of each criterion's distribution the rating is read at.
 */
function customerAnswers(
  model: EvaluationModel,
  respondent: DemoRespondent,
  year: DemoYear,
  r: Rng,
  uniform: (criterionId: string) => number = () => r.next(),
): Answers {
  // A person's temper stays from one year to the next.
  const personal = 0.3 * rngOf('temper', respondent.accountId).normal();
  const language = languageOf(respondent);
  const answers: Answers = {};
  for (const { criterion } of criteriaOf(model)) {
    if (r.chance(naProbability(criterion.id, respondent.departmentId))) {
      answers[criterion.id] = { value: 'na' };
      continue;
    }
    const p = distribution(targetOf(criterion.id, respondent.departmentId, year, personal));
    const rating = ratingAt(p, uniform(criterion.id));
    const commented = rating <= 2 || r.chance(rating === 3 ? 0.06 : 0.14);
    answers[criterion.id] = commented
      ? { value: rating, comment: commentOf(criterion.id, rating, language, year, r) }
      : { value: rating };
  }
  return answers;
}

/** The customers' mean per criterion, "not applicable" left out. */
function meansOf(model: EvaluationModel, responses: readonly StoredResponse[]): Map<string, number> {
  const means = new Map<string, number>();
  for (const { criterion } of criteriaOf(model)) {
    const ratings = responses
      .map((response) => response.answers[criterion.id]?.value)
      .filter((value): value is Rating => typeof value === 'number');
    if (ratings.length > 0) means.set(criterion.id, ratings.reduce((a, b) => a + b, 0) / ratings.length);
  }
  return means;
}

/**
 * A buyer's self-assessment: the team sees itself a little more kindly than its customers do (never a full point,
 * so no gap is flagged), except on keeping customers informed, which it rates 4 in 2025: the blind spot.
 */
function selfAnswers(
  model: EvaluationModel,
  buyer: DemoBuyer,
  optimism: number,
  year: DemoYear,
  customerMeans: ReadonlyMap<string, number>,
  r: Rng,
): Answers {
  const language = languageOf(buyer);
  const answers: Answers = {};
  for (const { criterion } of criteriaOf(model)) {
    const mean = customerMeans.get(criterion.id) ?? 3;
    let rating = clamp(Math.round(mean + optimism), 1, 4) as Rating;
    if (criterion.id === BLIND_SPOT_CRITERION_ID) rating = year === 2025 ? 4 : optimism > 0.2 ? 4 : 3;
    answers[criterion.id] =
      rating <= 2
        ? { value: rating, comment: selfCommentOf(criterion.id, language, year, r) }
        : { value: rating };
  }
  return answers;
}

/** When an answer was last saved: some day the campaign was open, in office hours. */
function savedAt(campaign: Campaign, r: Rng): number {
  const opened = campaign.openedAt!;
  const closed = campaign.closedAt!;
  const days = Math.max(1, Math.floor((closed - opened) / 86_400_000) - 1);
  return opened + r.int(0, days - 1) * 86_400_000 + r.int(1, 9) * 3_600_000 + r.int(0, 59) * 60_000;
}

/**
 * Every stored response of a closed demo campaign: the customers who answered (a couple recorded by proxy by their
 * buyer after a review meeting), one draft never submitted, and one self-assessment per buyer.
 */
export function demoResponses(
  campaign: Campaign,
  model: EvaluationModel,
  year: DemoYear,
  invited: readonly DemoRespondent[],
  buyers: readonly DemoBuyer[],
): StoredResponse[] {
  const absent = new Set<string>();
  for (const [departmentId, count] of Object.entries(ABSENT[year])) {
    const members = invited.filter((p) => p.departmentId === departmentId).map((p) => p.accountId);
    for (const id of shuffled(members, rngOf('absent', campaign.id, departmentId)).slice(0, count))
      absent.add(id);
  }

  const base = (respondentKey: string, kind: 'customer' | 'self', at: number) => ({
    campaignId: campaign.id,
    kind,
    respondentKey,
    revision: 1,
    updatedAt: at,
    updatedDay: dayOf(at),
  });

  const answering = invited.filter((p) => !absent.has(p.accountId));
  // Stratified draws: per criterion, each respondent reads their distribution in another 1/N of [0, 1), so that
  // the campaign's means land close to the targets instead of wandering by ±0.15 with 50 people.
  const strata = new Map(
    criteriaOf(model).map(({ criterion }) => [
      criterion.id,
      shuffled(
        answering.map((_, i) => i),
        rngOf('strata', campaign.id, criterion.id),
      ),
    ]),
  );
  const customers: StoredResponse[] = answering.map((respondent, j) => {
    const r = rngOf('answers', campaign.id, respondent.accountId);
    const uniform = (criterionId: string) => (strata.get(criterionId)![j]! + r.next()) / answering.length;
    const answers = customerAnswers(model, respondent, year, r, uniform);
    return {
      ...base(respondent.accountId, 'customer', savedAt(campaign, r)),
      departmentId: respondent.departmentId,
      status: 'submitted' as const,
      answers,
    };
  });

  // Two answers of the production workshops were taken down in review meetings and recorded by their buyer.
  const proxied = shuffled(
    customers.filter((c) => c.departmentId === 'production'),
    rngOf('proxy', campaign.id),
  ).slice(0, 2);
  for (const response of proxied) {
    const buyer = buyers.find((b) => b.departments.includes('production'));
    if (buyer) response.proxyBy = buyer.accountId;
  }

  // One person started and never submitted: a draft, counted nowhere.
  const drafts: StoredResponse[] = shuffled(
    invited.filter((p) => absent.has(p.accountId)),
    rngOf('draft', campaign.id),
  )
    .slice(0, 1)
    .map((person) => {
      const r = rngOf('draft-answers', campaign.id, person.accountId);
      const all = customerAnswers(model, person, year, r);
      const answers = Object.fromEntries(
        Object.entries(all)
          .slice(0, 5)
          .filter(([, answer]) => answer.value === 'na' || answer.value > 2),
      );
      return {
        ...base(person.accountId, 'customer', savedAt(campaign, r)),
        departmentId: person.departmentId,
        status: 'draft' as const,
        answers,
      };
    });

  const means = meansOf(model, customers);
  const selves: StoredResponse[] = buyers.map((buyer, i) => {
    const r = rngOf('self', campaign.id, buyer.accountId);
    return {
      ...base(buyer.accountId, 'self', campaign.closedAt! - (3 + i) * 86_400_000),
      status: 'submitted' as const,
      answers: selfAnswers(model, buyer, i === 0 ? 0.35 : 0.1, year, means, r),
    };
  });

  return [...customers, ...drafts, ...selves];
}
