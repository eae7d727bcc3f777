/** App roles and the rule for changing them. */
export * from './roles';
