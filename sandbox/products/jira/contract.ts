/**
 * Every Jira exchange of the sandbox checked against the committed OpenAPI subset (sandbox/openapi/contract.ts):
 * the app's request (method, path, query, body) and the sandbox's answer. A request that breaks the schema is a
 * bug of the app; an answer that breaks it is a bug of the sandbox. Either is a `JiraContractViolation`.
 */
import { checkRequest, checkResponse } from '../../openapi/contract';

/** `throw`: the call rejects and the violation is kept (tests); `log`: printed loudly, the call goes on (npm start). */
export type JiraContractMode = 'throw' | 'log' | 'off';

export class JiraContractViolation extends Error {
  constructor(
    readonly side: 'request' | 'response',
    readonly method: string,
    readonly path: string,
    readonly problems: readonly string[],
  ) {
    super(
      `Jira contract violation (${side} of ${method} ${path}), against openapi/jira-subset.json:\n  - ${problems.join('\n  - ')}`,
    );
    this.name = 'JiraContractViolation';
  }
}

export const jiraRequestProblems = (method: string, path: string, body: unknown): string[] =>
  checkRequest('jira', method, path, body);

/** Jira's error body: `{errorMessages: string[], errors: {field: message}}` (and sometimes `status`). */
export function isErrorCollection(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const record = body as Record<string, unknown>;
  if (Object.keys(record).some((key) => !['errorMessages', 'errors', 'status'].includes(key))) return false;
  const messages = record.errorMessages;
  if (messages !== undefined && !(Array.isArray(messages) && messages.every((m) => typeof m === 'string')))
    return false;
  const errors = record.errors;
  if (
    errors !== undefined &&
    (typeof errors !== 'object' ||
      errors === null ||
      Array.isArray(errors) ||
      Object.values(errors).some((m) => typeof m !== 'string'))
  )
    return false;
  return record.status === undefined || Number.isInteger(record.status);
}

/**
 * The answer must conform to what the operation documents. One allowance: for an error status the operation
 * documents, Jira answers request-level errors with an ErrorCollection whatever body (often none) the document
 * declares, so an ErrorCollection is accepted there too.
 */
export function jiraResponseProblems(method: string, path: string, status: number, body: unknown): string[] {
  const problems = checkResponse('jira', method, path, status, body);
  if (problems.length === 0 || status < 400 || !isErrorCollection(body)) return problems;
  const documented = !checkResponse('jira', method, path, status, undefined).some((problem) =>
    problem.includes('status not documented'),
  );
  return documented ? [] : problems;
}
