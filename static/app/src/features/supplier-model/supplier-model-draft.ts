/**
 * The supplier model as its editor holds it: weights and thresholds as typed (text), each standing starting where
 * the one before ends and the last ending at 100 (the form cannot make a gap or an overlap), and the checks the
 * server makes, run first by the same domain rules so that a mistake shows at its field before any round trip.
 */
import type { LocalizedText } from '@domain/model';
import {
  bandsProblems,
  supplierModelProblems,
  type CommentRule,
  type StandingBand,
  type SupplierModel,
} from '@domain/supplier-model';
import type { SupplierModelView } from '@shared/contract/supplier-model';
import { describeIssue } from '../../api/errors';
import type { Translate } from '../../app/i18n';
import type { FieldErrors } from '../../components/issues';

export interface CriterionDraft {
  id: string;
  text: LocalizedText;
  weight: string;
}

export interface BandDraft {
  id: string;
  label: LocalizedText;
  /** Where the standing ends (excluded); the last one's is 100 and not edited. */
  to: string;
}

export interface SupplierModelDraft {
  name: LocalizedText;
  commentRequiredAtOrBelow: CommentRule;
  criteria: CriterionDraft[];
  bands: BandDraft[];
}

export const draftOf = ({
  model,
  bands,
}: Pick<SupplierModelView, 'model' | 'bands'>): SupplierModelDraft => ({
  name: model.name,
  commentRequiredAtOrBelow: model.commentRequiredAtOrBelow,
  criteria: model.criteria.map((c) => ({ id: c.id, text: c.text, weight: String(c.weight) })),
  bands: bands.map((b) => ({ id: b.id, label: b.label, to: String(b.to) })),
});

/** A typed number, or NaN for anything else (the checks then say "whole number"). */
const numberOf = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

export function inputOf(draft: SupplierModelDraft): {
  model: Omit<SupplierModel, 'id' | 'version'>;
  bands: StandingBand[];
} {
  const bands = draft.bands.map((b, i): StandingBand => {
    const last = i === draft.bands.length - 1;
    return { id: b.id, label: b.label, from: 0, to: last ? 100 : numberOf(b.to) };
  });
  bands.forEach((b, i) => (b.from = i === 0 ? 0 : bands[i - 1]!.to));
  return {
    model: {
      name: draft.name,
      commentRequiredAtOrBelow: draft.commentRequiredAtOrBelow,
      criteria: draft.criteria.map((c) => ({ id: c.id, text: c.text, weight: numberOf(c.weight) })),
    },
    bands,
  };
}

/** The sum of the weights typed so far (what is not a whole number counts 0). */
export const totalWeight = (draft: SupplierModelDraft): number =>
  draft.criteria.reduce((sum, c) => sum + (Number.isNaN(numberOf(c.weight)) ? 0 : numberOf(c.weight)), 0);

/**
 * The fields the form shows a message at (anything else is listed above the form). A standing's "from" is the one
 * before's "to" in this form: an issue about it is shown on the threshold the reader typed (see fieldOf).
 */
export function fieldPaths(draft: SupplierModelDraft): string[] {
  const locales = ['en-US', 'fr-FR'];
  return [
    ...locales.map((l) => `name.${l}`),
    'criteria',
    ...draft.criteria.flatMap((_, i) => [
      `criteria.${i}.weight`,
      ...locales.map((l) => `criteria.${i}.text.${l}`),
    ]),
    'bands',
    ...draft.bands.flatMap((_, i) => [
      ...(i < draft.bands.length - 1 ? [`bands.${i}.to`] : []),
      ...locales.map((l) => `bands.${i}.label.${l}`),
    ]),
  ];
}

/**
 * Where a path of the server's checks shows in this form. A standing's start is the threshold typed for the one
 * before; a standing that ends where it starts is its threshold (or, for the last, the one before's); anything
 * else unknown to the form goes to its list's heading, so no message is lost.
 */
export function fieldOf(path: string, draft: SupplierModelDraft): string {
  const last = draft.bands.length - 1;
  const threshold = (i: number) => (i <= 0 ? 'bands' : `bands.${Math.min(i, last + 1) - 1}.to`);
  const from = /^bands\.(\d+)\.from$/.exec(path);
  if (from) return threshold(Number(from[1]));
  const band = /^bands\.(\d+)(\.to)?$/.exec(path);
  if (band) return Number(band[1]) >= last ? threshold(last) : `bands.${band[1]}.to`;
  if (fieldPaths(draft).includes(path)) return path;
  return path.startsWith('bands.') ? 'bands' : path.startsWith('criteria.') ? 'criteria' : path;
}

/** The domain's checks of the draft, as field messages (empty when it can be saved). */
export function validate(draft: SupplierModelDraft, t: Translate): FieldErrors {
  const { model, bands } = inputOf(draft);
  const problems = [...supplierModelProblems({ ...model, id: 'supplier-default' }), ...bandsProblems(bands)];
  const errors: FieldErrors = {};
  for (const p of problems) errors[fieldOf(p.path, draft)] ??= describeIssue(p, t);
  return errors;
}
