/** The weighing slice's rules, as the rest of the app uses them. */
export * from './round';
export * from './weighing';
