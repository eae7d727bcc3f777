/**
 * The criteria an action may answer, with their texts in the reader's language: from the campaign's frozen model
 * when the results brought it (grouped by section, in the model's order), else the ids the plan mentions.
 */
import { criteriaOf, type EvaluationModel } from '@domain/model';
import type { Locale } from '@shared/i18n';
import type { PlanView } from '@shared/contract/plan';
import { localized } from '../../components/text';

export interface CriterionOption {
  value: string;
  label: string;
}

export interface CriterionGroup {
  label: string;
  options: CriterionOption[];
}

export interface PlanCriteria {
  groups: CriterionGroup[];
  /** The text of a criterion id; the id itself when the model is not known. */
  textOf: (id: string) => string;
  /** The texts could not be loaded: ids stand in. */
  idsOnly: boolean;
}

export function planCriteria(model: EvaluationModel | null, plan: PlanView, locale: Locale): PlanCriteria {
  if (model) {
    const texts = new Map(
      criteriaOf(model).map(({ criterion }) => [criterion.id, localized(criterion.text, locale)]),
    );
    return {
      groups: model.sections.map((section) => ({
        label: localized(section.title, locale),
        options: section.criteria.map((c) => ({ value: c.id, label: texts.get(c.id) ?? c.id })),
      })),
      textOf: (id) => texts.get(id) ?? id,
      idsOnly: false,
    };
  }
  const ids = [
    ...new Set([
      ...plan.suggestions.map((s) => s.criterionId),
      ...plan.actions.flatMap((a) => a.criterionIds),
    ]),
  ];
  return {
    groups: [{ label: '', options: ids.map((id) => ({ value: id, label: id })) }],
    textOf: (id) => id,
    idsOnly: true,
  };
}
