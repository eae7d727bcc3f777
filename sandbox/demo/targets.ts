/**
 * The story the demo's answers tell, as numbers (answers.ts draws the answers from them): the customers' target
 * mean per criterion and year, how each department leans, where a department stands out, who finds a criterion
 * not applicable, and how many people of each department did not answer.
 */

export const FALLING_CRITERION_ID = 'communication-lead-times';
export const BLIND_SPOT_CRITERION_ID = 'communication-informed';

/** The demo's closed campaigns, oldest first. */
export type DemoYear = 2024 | 2025;

/** The customers' target mean per criterion: [2024, 2025]. */
export const TARGETS: Record<string, readonly [number, number]> = {
  'hse-suppliers': [3.1, 3.2],
  'hse-onsite': [2.9, 3.0],
  'hse-environment': [2.6, 2.8],
  'communication-reachable': [3.3, 3.3],
  'communication-informed': [2.8, 2.6],
  'communication-procedures': [2.9, 3.0],
  'communication-lead-times': [3.2, 2.3],
  'sourcing-needs': [3.2, 3.3],
  'sourcing-panel': [2.8, 2.9],
  'sourcing-negotiation': [3.0, 3.1],
  'sourcing-contracts': [3.1, 3.2],
  'transverse-tools': [2.5, 2.9],
  'transverse-supplier-issues': [2.7, 2.7],
  'transverse-reporting': [2.6, 2.75],
  'improvement-proposals': [2.7, 2.8],
  'improvement-cost': [2.9, 3.0],
  'improvement-follow-up': [2.5, 2.7],
};

/** How much kinder (or harsher) a department is overall: they roughly cancel out over the audience. */
export const DEPARTMENT_BIAS: Record<string, number> = {
  engineering: 0,
  production: -0.1,
  finance: 0.15,
  hr: 0.1,
  logistics: -0.05,
  legal: 0.1,
};

/** Where a department's view of one criterion stands out, so that the heatmap has something to say. */
export const SPECIFIC_BIAS: readonly {
  criterionId: string;
  departmentId: string;
  year?: DemoYear;
  delta: number;
}[] = [
  { criterionId: 'communication-lead-times', departmentId: 'production', year: 2025, delta: -0.3 },
  { criterionId: 'communication-lead-times', departmentId: 'logistics', year: 2025, delta: -0.2 },
  { criterionId: 'communication-lead-times', departmentId: 'finance', year: 2025, delta: 0.35 },
  { criterionId: 'communication-lead-times', departmentId: 'hr', year: 2025, delta: 0.3 },
  { criterionId: 'sourcing-needs', departmentId: 'engineering', delta: -0.25 },
  { criterionId: 'hse-onsite', departmentId: 'production', delta: 0.2 },
  { criterionId: 'sourcing-contracts', departmentId: 'legal', delta: -0.5 },
  { criterionId: 'transverse-reporting', departmentId: 'finance', delta: -0.3 },
];

/** "Not applicable": site safety means little to the office departments, supplier panels little to Legal. */
export function naProbability(criterionId: string, departmentId: string): number {
  const office = ['finance', 'hr', 'legal'].includes(departmentId);
  if (criterionId === 'hse-onsite') return office ? 0.6 : 0.05;
  if (criterionId === 'sourcing-panel' && departmentId === 'legal') return 0.35;
  if (criterionId === 'transverse-reporting') return 0.1;
  return 0.03;
}

/** People who did not answer, per department and year (Legal always answers: its cell is the suppressed one). */
export const ABSENT: Record<DemoYear, Record<string, number>> = {
  2024: { engineering: 3, production: 3, finance: 2, hr: 1, logistics: 2, legal: 0 },
  2025: { engineering: 2, production: 2, finance: 2, hr: 1, logistics: 1, legal: 0 },
};
