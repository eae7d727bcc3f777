/** The model slice's rules, as the rest of the app uses them. */
export * from './model';
export * from './versions';
