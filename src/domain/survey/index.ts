/** Survey answers: what a response is and how a write is planned (planWrite). */
export * from './response';
