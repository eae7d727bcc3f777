/** What a REST operation of the sandbox answers, Jira's error bodies, and the small parsing helpers they share. */
export type JsonObject = Record<string, unknown>;
export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export interface Answer {
  status: number;
  body?: unknown;
}

export const errorAnswer = (
  status: number,
  errorMessages: string[],
  errors: Record<string, string> = {},
): Answer => ({
  status,
  body: { errorMessages, errors },
});

export const ISSUE_NOT_FOUND = errorAnswer(404, [
  'Issue does not exist or you do not have permission to see it.',
]);

export function splitList(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}
