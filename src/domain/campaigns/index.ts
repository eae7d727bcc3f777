/** The campaigns slice's rules, as the rest of the app uses them. */
export * from './campaign';
export * from './lifecycle';
export * from './access';
