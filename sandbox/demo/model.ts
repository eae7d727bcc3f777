/**
 * The demo's two versions of the evaluation model. Version 1 is the default model, asked in 2024. Before the 2025
 * survey the old ordering system was replaced by an ordering portal, and the one criterion about it was reworded:
 * version 2 differs by that criterion's text only (both languages), so its figures have no trend ("changed").
 */
import { DEFAULT_MODEL, type EvaluationModel, type LocalizedText } from '../../src/domain/model';

export const CHANGED_CRITERION_ID = 'transverse-tools';

export const CHANGED_CRITERION_TEXT: LocalizedText = {
  'en-US': 'The ordering portal and its supplier catalogues are easy to use',
  'fr-FR': 'Le portail de commande et ses catalogues fournisseurs sont faciles à utiliser',
};

export const DEMO_MODEL_V1: EvaluationModel = DEFAULT_MODEL;

export const DEMO_MODEL_V2: EvaluationModel = {
  ...DEFAULT_MODEL,
  version: DEFAULT_MODEL.version + 1,
  sections: DEFAULT_MODEL.sections.map((section) => ({
    ...section,
    criteria: section.criteria.map((criterion) =>
      criterion.id === CHANGED_CRITERION_ID ? { ...criterion, text: CHANGED_CRITERION_TEXT } : criterion,
    ),
  })),
};

/** The latest version: what the open campaign froze and what a draft shows (the survey's criteria, in order). */
export const DEMO_MODEL: EvaluationModel = DEMO_MODEL_V2;
