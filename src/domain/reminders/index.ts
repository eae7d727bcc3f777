/** Reminders: the page banner's rules, the campaign's reminder days and the buyers' reminders. */
export * from './schedule';
export * from './banner';
export * from './remind';
