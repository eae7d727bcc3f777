/**
 * The company-level supplier model (issue 17, item 2): a short list of weighted criteria rated on the survey's
 * 4-level scale with "not applicable", and when a comment is required. Versioned like the evaluation model (see
 * versions.ts). Pure data and functions: no I/O, no Forge import.
 */
import type { DefinitionProblem } from '../common';
import type { LocalizedText } from '../model';

export interface SupplierCriterion {
  id: string;
  text: LocalizedText;
  /** An integer ≥ 1; a model's weights sum to exactly 100, so each one reads as "percent of the score". */
  weight: number;
}

/** 0: a comment is never required; 1: at the answer 1; 2: at the answers 1 and 2. */
export type CommentRule = 0 | 1 | 2;

export interface SupplierModel {
  id: string;
  version: number;
  name: LocalizedText;
  criteria: SupplierCriterion[];
  commentRequiredAtOrBelow: CommentRule;
}

/**
 * What `scorecards` computes from; written by `supplier-ratings` later. These two types belong to the `suppliers`
 * slice in the shared plan; they live here until that slice exists (the scorecards need them now).
 */
export type SupplierAnswer = 1 | 2 | 3 | 4 | 'na';
export interface SupplierRating {
  supplierId: string;
  /** accountId, or the campaign's pseudonym in anonymous campaigns. */
  raterKey: string;
  /** The rater's department in that campaign. */
  departmentId: string | null;
  /** By supplier-model criterion id. */
  answers: Record<string, SupplierAnswer>;
  /** By criterion id. */
  comments: Record<string, string>;
}

export const MIN_SUPPLIER_CRITERIA = 3;
export const MAX_SUPPLIER_CRITERIA = 8;
export const TOTAL_WEIGHT = 100;

const text = (en: string, fr: string): LocalizedText => ({ 'en-US': en, 'fr-FR': fr });

/**
 * The default supplier model (DOMAIN "Suppliers"): what an internal customer can judge from using a supplier's
 * goods and services. Quality and delivery weigh most: they are what the customer lives with day to day.
 */
export const DEFAULT_SUPPLIER_MODEL: SupplierModel = {
  id: 'supplier-default',
  version: 1,
  name: text(
    'Supplier evaluation by internal customers',
    'Évaluation des fournisseurs par les clients internes',
  ),
  commentRequiredAtOrBelow: 2,
  criteria: [
    {
      id: 'supplier-quality',
      weight: 30,
      text: text(
        'The quality of the goods and services meets our requirements',
        'La qualité des biens et services répond à nos exigences',
      ),
    },
    {
      id: 'supplier-delivery',
      weight: 25,
      text: text('Deliveries arrive on the agreed dates', 'Les livraisons arrivent aux dates convenues'),
    },
    {
      id: 'supplier-responsiveness',
      weight: 15,
      text: text(
        'The supplier responds quickly to our requests and problems',
        'Le fournisseur répond rapidement à nos demandes et à nos problèmes',
      ),
    },
    {
      id: 'supplier-compliance',
      weight: 15,
      text: text(
        'The supplier complies with our safety rules and the contract terms',
        'Le fournisseur respecte nos règles de sécurité et les termes du contrat',
      ),
    },
    {
      id: 'supplier-value',
      weight: 15,
      text: text(
        'The goods and services are good value for money',
        'Les biens et services ont un bon rapport qualité-prix',
      ),
    },
  ],
};

/** Whether an answer needs a comment under the model's rule ("not applicable" never does). */
export function isCommentRequired(
  model: Pick<SupplierModel, 'commentRequiredAtOrBelow'>,
  answer: SupplierAnswer,
): boolean {
  return answer !== 'na' && answer <= model.commentRequiredAtOrBelow;
}

export type SupplierModelReason =
  | 'supplierModel.criteriaCount'
  | 'supplierModel.criterionIdTaken'
  | 'supplierModel.weightNotWhole'
  | 'supplierModel.weightsNot100'
  | 'supplierModel.textMissing'
  | 'supplierModel.commentRule';

export type SupplierModelProblem = DefinitionProblem<SupplierModelReason>;

const LANGUAGES = ['en-US', 'fr-FR'] as const;

/** A wording in each language, not blank: a customer in either locale is asked the same question. */
function textProblems(value: LocalizedText, path: string): SupplierModelProblem[] {
  return LANGUAGES.filter(
    (language) => typeof value[language] !== 'string' || value[language].trim() === '',
  ).map((language) => ({ path: `${path}.${language}`, reason: 'supplierModel.textMissing' }));
}

/**
 * Everything wrong with a supplier model, each at its field path: 3 to 8 criteria (short enough to rate several
 * suppliers in one sitting), unique ids (answers are keyed by them), whole weights ≥ 1 summing to exactly 100 (a
 * weight of 0 would ask a question that counts for nothing), both languages, and a known comment rule.
 */
export function supplierModelProblems(model: Omit<SupplierModel, 'version'>): SupplierModelProblem[] {
  const problems: SupplierModelProblem[] = [...textProblems(model.name, 'name')];
  const count = model.criteria.length;
  if (count < MIN_SUPPLIER_CRITERIA || count > MAX_SUPPLIER_CRITERIA)
    problems.push({
      path: 'criteria',
      reason: 'supplierModel.criteriaCount',
      params: {
        min: String(MIN_SUPPLIER_CRITERIA),
        max: String(MAX_SUPPLIER_CRITERIA),
        count: String(count),
      },
    });
  const ids = new Set<string>();
  let total = 0;
  model.criteria.forEach((criterion, i) => {
    if (ids.has(criterion.id))
      problems.push({ path: `criteria.${i}.id`, reason: 'supplierModel.criterionIdTaken' });
    ids.add(criterion.id);
    if (!Number.isInteger(criterion.weight) || criterion.weight < 1)
      problems.push({ path: `criteria.${i}.weight`, reason: 'supplierModel.weightNotWhole' });
    total += criterion.weight;
    problems.push(...textProblems(criterion.text, `criteria.${i}.text`));
  });
  if (total !== TOTAL_WEIGHT)
    problems.push({
      path: 'criteria',
      reason: 'supplierModel.weightsNot100',
      params: { total: String(total) },
    });
  if (![0, 1, 2].includes(model.commentRequiredAtOrBelow))
    problems.push({ path: 'commentRequiredAtOrBelow', reason: 'supplierModel.commentRule' });
  return problems;
}
