/**
 * Error answers of the emulated KVS service, in the platform's shape `{ code, message }`.
 *
 * Codes marked "documented" come from Atlassian's KVS / Custom Entity Store error reference or from the SDK itself
 * (its tests and `handleKeyNotFound`). Codes marked "assumed" are not published: the HTTP status is the part the app
 * may rely on (409 for a lost conditional write), the code is our best guess.
 */
export interface KvsErrorBody {
  code: string;
  message: string;
}

export class KvsHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'KvsHttpError';
  }

  toBody(): KvsErrorBody {
    return { code: this.code, message: this.message };
  }
}

const bad = (code: string, message: string) => new KvsHttpError(400, code, message);

export const errors = {
  // documented (SDK): 404 on get/delete of a missing key, swallowed by the SDK's handleKeyNotFound
  keyNotFound: () => new KvsHttpError(404, 'KEY_NOT_FOUND', 'Provided key does not exist'),
  // documented (SDK tests)
  badRequest: (detail?: string) =>
    bad(
      'BAD_REQUEST',
      detail ? `Provided request body is invalid: ${detail}` : 'Provided request body is invalid',
    ),
  internal: () => new KvsHttpError(500, 'INTERNAL_SERVER_ERROR', 'An internal server error has occurred'),
  // documented (error reference)
  emptyKey: () => bad('EMPTY_KEY', 'Key cannot be empty.'),
  invalidKey: () =>
    bad('INVALID_KEY', 'The provided key does not match the regex: /^(?!\\s+$)[a-zA-Z0-9:._\\s-#]+$/'),
  keyTooLong: () => bad('KEY_TOO_LONG', 'The provided key has exceeded the maximum 500 characters.'),
  maxSize: () => bad('MAX_SIZE', 'The provided value has exceeded the maximum size limit.'),
  maxDepth: () => bad('MAX_DEPTH', 'The provided value has exceeded the maximum object depth (32) limit.'),
  entityTypeTooShort: () =>
    bad('ENTITY_TYPE_TOO_SHORT', 'The provided key needs to be more than 3 characters.'),
  entityTypeTooLarge: () =>
    bad('ENTITY_TYPE_TOO_LARGE', 'The provided key has exceeded the maximum 60 characters.'),
  invalidEntityType: (
    detail = 'The provided key does not match the regex: /^(?![\\.\\-])(?!.*\\.{2})[a-z0-9:\\-.]*(?<![.])$/.',
  ) => bad('INVALID_ENTITY_TYPE', detail),
  invalidEntityValue: (detail: string) =>
    bad(
      'INVALID_ENTITY_VALUE',
      `Entity values must match one of the types defined in Custom Entities. ${detail}`,
    ),
  invalidEntityIndex: (detail: string) =>
    bad('INVALID_ENTITY_INDEX', `The custom entity index provided is invalid. ${detail}`),
  listQueryLimitExceeded: () => bad('LIST_QUERY_LIMIT_EXCEEDED', 'Limit for list query should be below 100.'),
  complexQueryPageLimit: () =>
    bad('COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE', 'The page limit must be set between 1 and 100.'),
  emptyFilterOperator: () => bad('EMPTY_FILTER_OPERATOR', 'Filter operators "and" and "or" cannot be empty.'),
  invalidFilterOperatorsCombination: () =>
    bad(
      'INVALID_FILTER_OPERATORS_COMBINATION',
      'Filter operators "and" and "or" cannot be present at the same level.',
    ),
  insufficientFilterValues: () =>
    bad('INSUFFICIENT_FILTER_VALUES', 'The specified condition needs at least two values.'),
  invalidFilterCondition: (condition: string) =>
    bad('INVALID_FILTER_CONDITION', `The specified condition is not supported for filters: ${condition}`),
  invalidFilterValues: (condition: string) =>
    bad(
      'INVALID_FILTER_VALUES',
      `The specified number of values are not supported by the given condition: ${condition}`,
    ),
  queryWhereInvalid: () =>
    bad('QUERY_WHERE_INVALID', 'KVS queries should contain only a single "where" clause.'),
  queryWhereFieldInvalid: () =>
    bad('QUERY_WHERE_FIELD_INVALID', 'The specified field is not supported for filters.'),
  // documented: quotas and limits answer 429 RATE_LIMIT_EXCEEDED
  rateLimited: (retryAfterSeconds = 1) =>
    new KvsHttpError(429, 'RATE_LIMIT_EXCEEDED', 'Rate limit exceeded', {
      'retry-after': String(retryAfterSeconds),
    }),
  // assumed: limits documented, codes not published
  tooManyOperations: (max: number) =>
    bad('TOO_MANY_OPERATIONS', `A request can contain a maximum of ${max} operations.`),
  emptyOperations: () => bad('EMPTY_OPERATIONS', 'The request must contain at least one operation.'),
  duplicateKeys: (key: string) =>
    bad('DUPLICATE_KEYS', `Each key can only be used once in a request: ${key}`),
  payloadTooLarge: () =>
    bad('PAYLOAD_TOO_LARGE', 'The request payload has exceeded the maximum size of 4MB.'),
  invalidTtl: () => bad('INVALID_TTL', 'The provided TTL is invalid.'),
  // assumed: the status (409) is what real apps branch on; the code is not published
  keyConflict: () => new KvsHttpError(409, 'KEY_CONFLICT', 'Provided key already exists'),
  conditionFailed: (key: string) =>
    new KvsHttpError(
      409,
      'CONDITIONAL_CHECK_FAILED',
      `The conditions of the transaction were not met for key: ${key}`,
    ),
};
