/**
 * Domain time for 10 000 answers: `aggregate` (the hot path of results, src/domain/results/aggregate.ts) beside a
 * plain loop that counts the same ratings of the same answer objects. The loop is the floor any implementation
 * pays for reading the answers, so the gap between the two is what the domain code itself adds.
 * Wall-clock readings, machine-dependent, for information: no test asserts them.
 */
import { performance } from 'node:perf_hooks';
import { criteriaOf, DEFAULT_MODEL } from '../../src/domain/model';
import type { AnswerValue } from '../../src/domain/survey';
import { aggregate, type RatedAnswer } from '../../src/domain/results';
import { seededRandom } from '../../sandbox/random';
import type { Report } from './report';

const ANSWERS = 10_000;
const WARMUPS = 3;
const RUNS = 15;
/** Per criterion: levels 1…4, then "not applicable" (as aggregate counts them). */
const SLOTS = 5;

/** Every criterion of DEFAULT_MODEL: 5 % unanswered, 10 % "not applicable", otherwise a level 1…4. */
function syntheticAnswers(ids: readonly string[], n: number): RatedAnswer[] {
  // Seeded, so that every run times the same answers.
  const random = seededRandom(20_260_201).next;
  const departments = ['engineering', 'production', 'finance', 'quality'];
  return Array.from({ length: n }, () => {
    const ratings: Record<string, AnswerValue> = {};
    for (const id of ids) {
      const r = random();
      if (r < 0.05) continue;
      ratings[id] = r < 0.15 ? 'na' : ((1 + Math.floor(random() * 4)) as 1 | 2 | 3 | 4);
    }
    return { departmentId: departments[Math.floor(random() * departments.length)]!, ratings };
  });
}

/** No library code: read each criterion's rating and bump a counter, criterion c's level l at c·5 + l. */
function plainLoop(ids: readonly string[], answers: readonly RatedAnswer[]): Float64Array {
  const tally = new Float64Array(ids.length * SLOTS);
  for (let a = 0; a < answers.length; a++) {
    const ratings = answers[a]!.ratings;
    for (let c = 0; c < ids.length; c++) {
      const value = ratings[ids[c]!];
      if (value === 'na') tally[c * SLOTS + 4]!++;
      else if (value !== undefined) tally[c * SLOTS + value - 1]!++;
    }
  }
  return tally;
}

/** Median of RUNS timings after WARMUPS untimed runs (the JIT settles; the median ignores a stray GC pause). */
function medianMs(fn: () => unknown): number {
  for (let i = 0; i < WARMUPS; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)]!;
}

/** Both must count the same: otherwise the comparison would time two different jobs. */
function checkSameCounts(ids: readonly string[], answers: readonly RatedAnswer[]): void {
  const tally = plainLoop(ids, answers);
  aggregate(DEFAULT_MODEL, answers).criteria.forEach((criterion, c) => {
    const plain = Array.from(tally.subarray(c * SLOTS, c * SLOTS + SLOTS));
    const domain = [...criterion.counts, criterion.na];
    if (plain.join() !== domain.join()) {
      throw new Error(
        `${criterion.criterionId}: aggregate counts ${domain.join()}, the plain loop ${plain.join()}`,
      );
    }
  });
}

export function measureDomain(report: Report): void {
  const ids = criteriaOf(DEFAULT_MODEL).map(({ criterion }) => criterion.id);
  const answers = syntheticAnswers(ids, ANSWERS);
  checkSameCounts(ids, answers);
  const aggregateMs = medianMs(() => aggregate(DEFAULT_MODEL, answers));
  const plainMs = medianMs(() => plainLoop(ids, answers));
  const what = `${ANSWERS.toLocaleString('en-US')} answers × ${ids.length} criteria`;
  const how = `median of ${RUNS} after ${WARMUPS} warm-ups, wall clock, indicative`;
  report.row(`domain: aggregate(DEFAULT_MODEL), ${what} (ms, ${how})`, aggregateMs.toFixed(2));
  report.row(`domain: plain loop over the same ratings (ms, ${how})`, plainMs.toFixed(2));
  // Rounded as printed: more digits would be noise.
  report.figure('domain.aggregate10k.ms', Number(aggregateMs.toFixed(2)));
  report.figure('domain.plainLoop10k.ms', Number(plainMs.toFixed(2)));
}
