/** What several slices' rules share: calendar days, de-duplication, definition problems. */
export * from './collections';
export * from './days';
export * from './problems';
