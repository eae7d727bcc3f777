/** The supplier register: supplier records, their rules, and the CSV import's preview. */
export * from './supplier';
export * from './import';
