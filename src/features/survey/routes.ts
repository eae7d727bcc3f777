import type { surveyContract } from '../../shared/contract/survey';
import type { RouteTable } from '../router';
import { saveDraft, submitAnswer } from './answer';
import { getSurveyState } from './state';

/** Audience, team and binding are checked per campaign by the use cases: any signed-in user may ask. */
export const surveyRoutes = {
  'survey/getState': { requires: 'signed-in', handle: getSurveyState },
  'survey/saveDraft': { requires: 'signed-in', handle: saveDraft },
  'survey/submit': { requires: 'signed-in', handle: submitAnswer },
} satisfies RouteTable<typeof surveyContract>;
