/** Removes duplicates, keeping the first occurrence (the order the admin chose). */
export const unique = (ids: readonly string[]): string[] => [...new Set(ids)];
