/** The common slice's rules, as the rest of the app uses them. */
export * from './collections';
export * from './days';
export * from './problems';
