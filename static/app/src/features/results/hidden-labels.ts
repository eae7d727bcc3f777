/** The words of a hidden figure, by why it is hidden: a group (below k respondents) or a criterion's cell. */
import type { CellReason, HiddenReason } from '@domain/results';
import type { MessageKey } from '../../app/i18n';

export const HIDDEN_LABEL: Record<HiddenReason | CellReason, MessageKey> = {
  'below-threshold': 'ui.results.belowThreshold',
  complementary: 'ui.results.hiddenComplementary',
  'too-few-answers': 'ui.results.tooFewAnswers',
};
