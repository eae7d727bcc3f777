/**
 * The model editor's state: the model as `model/save` takes it, except weights, kept as the text typed (so "1." or
 * an empty field survive while typing). Pure helpers: conversion both ways, moves, new ids, validation and the field
 * paths the editor renders (the same paths as the contract's schema, for mapping server issues).
 */
import type { EvaluationModel, LocalizedText } from '@domain/model';
import type { InputOf } from '@shared/contract/endpoint';
import type { modelContract } from '@shared/contract/model';
import { LOCALES } from '@shared/i18n';
import { LIMITS } from '@shared/limits';
import type { Translate } from '../../app/i18n';
import type { FieldErrors } from '../../components/issues';

export type ModelInput = InputOf<(typeof modelContract)['model/save']>['model'];

export interface CriterionDraft {
  id: string;
  text: LocalizedText;
  weight: string;
}
export interface SectionDraft {
  id: string;
  title: LocalizedText;
  weight: string;
  criteria: CriterionDraft[];
}
export interface ModelDraft {
  id: string;
  name: LocalizedText;
  sections: SectionDraft[];
}

const weightText = (weight: number | undefined) => (weight === undefined ? '' : String(weight));

export function modelDraftOf(model: EvaluationModel): ModelDraft {
  return {
    id: model.id,
    name: { ...model.name },
    sections: model.sections.map((s) => ({
      id: s.id,
      title: { ...s.title },
      weight: weightText(s.weight),
      criteria: s.criteria.map((c) => ({ id: c.id, text: { ...c.text }, weight: weightText(c.weight) })),
    })),
  };
}

const trimmed = (text: LocalizedText): LocalizedText => ({
  'en-US': text['en-US'].trim(),
  'fr-FR': text['fr-FR'].trim(),
});
const weightOf = (text: string) =>
  text.trim() === '' ? {} : { weight: Number(text.trim().replace(',', '.')) };

export function modelInputOf(draft: ModelDraft): ModelInput {
  return {
    id: draft.id,
    name: trimmed(draft.name),
    sections: draft.sections.map((s) => ({
      id: s.id,
      title: trimmed(s.title),
      ...weightOf(s.weight),
      criteria: s.criteria.map((c) => ({ id: c.id, text: trimmed(c.text), ...weightOf(c.weight) })),
    })),
  };
}

/** Moves `items[index]` by `delta` places; out of range leaves the list as it is. */
export function move<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  const copy = [...items];
  if (target < 0 || target >= copy.length) return copy;
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item!);
  return copy;
}

/** The smallest `<prefix>-N` not used by `taken` (ids must stay unique: answers are keyed by criterion id). */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

export const emptyText = (): LocalizedText => ({ 'en-US': '', 'fr-FR': '' });

export function modelFieldPaths(draft: ModelDraft): string[] {
  const texts = (base: string) => LOCALES.map((l) => `${base}.${l}`);
  return [
    ...texts('name'),
    'sections',
    ...draft.sections.flatMap((s, i) => [
      ...texts(`sections.${i}.title`),
      `sections.${i}.weight`,
      `sections.${i}.criteria`,
      ...s.criteria.flatMap((_, j) => [
        ...texts(`sections.${i}.criteria.${j}.text`),
        `sections.${i}.criteria.${j}.weight`,
      ]),
    ]),
  ];
}

export function validateModel(draft: ModelDraft, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  const text = (base: string, value: LocalizedText) => {
    for (const locale of LOCALES) {
      const v = value[locale].trim();
      if (v === '') errors[`${base}.${locale}`] = t('ui.admin.validation.required');
      else if (v.length > LIMITS.localizedText)
        errors[`${base}.${locale}`] = t('ui.admin.validation.tooLong', { max: LIMITS.localizedText });
    }
  };
  const weight = (path: string, value: string) => {
    if (value.trim() === '') return;
    const n = Number(value.trim().replace(',', '.'));
    if (!Number.isFinite(n) || n <= 0 || n > LIMITS.weight) errors[path] = t('ui.admin.validation.weight');
  };
  text('name', draft.name);
  draft.sections.forEach((s, i) => {
    text(`sections.${i}.title`, s.title);
    weight(`sections.${i}.weight`, s.weight);
    s.criteria.forEach((c, j) => {
      text(`sections.${i}.criteria.${j}.text`, c.text);
      weight(`sections.${i}.criteria.${j}.weight`, c.weight);
    });
  });
  return errors;
}
