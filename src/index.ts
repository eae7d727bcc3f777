/**
 * Composition root: the only place that wires Forge to the app. Registered in manifest.yml as `index.handler`.
 */
import Resolver from '@forge/resolver';
import { KvsSurveyStore } from './adapters/kvs-store';
import { surveyResolvers } from './resolvers/survey';

const logger = {
  error: (message: string, detail?: unknown) => console.error(message, detail ?? ''),
};

const resolver = new Resolver();
for (const [key, fn] of Object.entries(surveyResolvers(new KvsSurveyStore(), logger))) {
  resolver.define(key, (request) => fn({ payload: request.payload, context: request.context }));
}

export const handler = resolver.getDefinitions();
