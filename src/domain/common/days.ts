/** Calendar days as the app compares them. */
/**
 * The calendar day (UTC) of an instant, YYYY-MM-DD: how `opensOn`/`closesOn` are compared, and the finest time an
 * anonymous answer keeps.
 */
export const dayOf = (epochMs: number): string => new Date(epochMs).toISOString().slice(0, 10);
