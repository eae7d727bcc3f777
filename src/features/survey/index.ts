/** Survey answers and self-assessments: state, drafts, submit. Others need only its routes. */
export { surveyRoutes } from './routes';
