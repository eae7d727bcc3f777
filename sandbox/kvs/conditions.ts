import { errors } from './errors';

/** One condition as the SDK sends it: `{ property?, condition, values }`. */
export interface WireCondition {
  property?: string;
  condition: string;
  values: unknown[];
}

export interface WireFilters {
  and?: WireCondition[];
  or?: WireCondition[];
}

export const RANGE_CONDITIONS = [
  'BEGINS_WITH',
  'BETWEEN',
  'EQUAL_TO',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_EQUAL_TO',
];
const FILTER_CONDITIONS = [
  ...RANGE_CONDITIONS,
  'CONTAINS',
  'NOT_CONTAINS',
  'NOT_EQUAL_TO',
  'EXISTS',
  'NOT_EXISTS',
];

/** Strings compare by UTF-8 bytes, as SQLite's BINARY collation (and the real store) order them. */
export function compareScalars(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return Buffer.compare(Buffer.from(String(a), 'utf8'), Buffer.from(String(b), 'utf8'));
}

/** Compares two values of the same scalar type; values of different types never compare (undefined). */
const compare = (a: unknown, b: unknown): number | undefined =>
  (typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string')
    ? compareScalars(a, b)
    : undefined;

export function checkCondition(
  condition: unknown,
  allowed: readonly string[] = FILTER_CONDITIONS,
): WireCondition {
  const c = condition as Partial<WireCondition> | null;
  if (!c || typeof c.condition !== 'string' || !allowed.includes(c.condition)) {
    throw errors.invalidFilterCondition(String(c?.condition));
  }
  if (!Array.isArray(c.values)) throw errors.invalidFilterValues(c.condition);
  if (c.condition === 'BETWEEN') {
    if (c.values.length < 2) throw errors.insufficientFilterValues();
    if (c.values.length > 2) throw errors.invalidFilterValues(c.condition);
  } else if (c.values.length !== 1) {
    throw errors.invalidFilterValues(c.condition);
  }
  return c as WireCondition;
}

/** Evaluates one condition against an attribute value (`undefined` when the attribute is absent). */
export function matches(actual: unknown, { condition, values }: WireCondition): boolean {
  const [first, second] = values;
  switch (condition) {
    case 'EXISTS':
      return actual !== undefined && actual !== null;
    case 'NOT_EXISTS':
      return actual === undefined || actual === null;
    case 'EQUAL_TO':
      return actual === first;
    case 'NOT_EQUAL_TO':
      return actual !== first;
    case 'BEGINS_WITH':
      return (
        typeof actual === 'string' &&
        (typeof first === 'string' || typeof first === 'number') &&
        actual.startsWith(String(first))
      );
    case 'CONTAINS':
    case 'NOT_CONTAINS': {
      const contains =
        (typeof actual === 'string' && typeof first === 'string' && actual.includes(first)) ||
        (Array.isArray(actual) && actual.includes(first));
      return condition === 'CONTAINS' ? contains : !contains;
    }
    case 'BETWEEN': {
      const low = compare(actual, first);
      const high = compare(actual, second);
      return low !== undefined && high !== undefined && low >= 0 && high <= 0;
    }
    case 'GREATER_THAN':
      return (compare(actual, first) ?? -1) > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return (compare(actual, first) ?? -1) >= 0;
    case 'LESS_THAN':
      return (compare(actual, first) ?? 1) < 0;
    case 'LESS_THAN_EQUAL_TO':
      return (compare(actual, first) ?? 1) <= 0;
    default:
      return false;
  }
}

/** Validates `{and}` / `{or}` filters; returns undefined when there are none. */
export function checkFilters(
  filters: unknown,
): { operator: 'and' | 'or'; conditions: WireCondition[] } | undefined {
  if (filters === undefined || filters === null) return undefined;
  const f = filters as WireFilters;
  if (typeof f !== 'object') throw errors.badRequest('filters must be an object');
  if (f.and !== undefined && f.or !== undefined) throw errors.invalidFilterOperatorsCombination();
  const operator = f.and !== undefined ? 'and' : f.or !== undefined ? 'or' : undefined;
  if (!operator) throw errors.emptyFilterOperator();
  const list = f[operator];
  if (!Array.isArray(list) || list.length === 0) throw errors.emptyFilterOperator();
  return {
    operator,
    conditions: list.map((c) => {
      const checked = checkCondition(c);
      if (typeof checked.property !== 'string' || checked.property === '')
        throw errors.badRequest('every filter needs a property');
      return checked;
    }),
  };
}

export function matchesFilters(
  value: Record<string, unknown>,
  filters: ReturnType<typeof checkFilters>,
): boolean {
  if (!filters) return true;
  const test = (c: WireCondition) => matches(value[c.property as string], c);
  return filters.operator === 'and' ? filters.conditions.every(test) : filters.conditions.some(test);
}
