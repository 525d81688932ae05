/**
 * Lambda event filtering (the subset Plenary uses), applied by the local stream reader exactly as the
 * event source mapping applies it in AWS: every key of the pattern must match; a nested object descends;
 * an array lists alternatives, each an exact value or one of `{ exists }`, `{ prefix }`, `{ "anything-but" }`,
 * `{ numeric }`. Where the record holds an array, any of its elements may match.
 * https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html
 */
export type FilterPattern = { [key: string]: FilterPattern | readonly unknown[] };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

type Comparison = '<' | '<=' | '=' | '>' | '>=';

const compare = (n: number, op: Comparison, bound: number): boolean =>
  op === '<' ? n < bound : op === '<=' ? n <= bound : op === '=' ? n === bound : op === '>' ? n > bound : n >= bound;

/** `{ numeric: ['>', 0, '<=', 5] }`: every comparison must hold. DynamoDB numbers arrive as strings. */
const numericMatches = (value: unknown, spec: readonly unknown[]): boolean => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (Number.isNaN(n)) return false;
  for (let i = 0; i + 1 < spec.length; i += 2) {
    if (!compare(n, spec[i] as Comparison, Number(spec[i + 1]))) return false;
  }
  return true;
};

/** One alternative against one present scalar value (`exists` is handled by the caller). */
const alternativeMatches = (alternative: unknown, value: unknown): boolean => {
  if (!isObject(alternative)) return alternative === value;
  if ('prefix' in alternative) return typeof value === 'string' && value.startsWith(String(alternative.prefix));
  if ('anything-but' in alternative) {
    const excluded = alternative['anything-but'];
    return Array.isArray(excluded) ? !excluded.includes(value) : excluded !== value;
  }
  if ('numeric' in alternative && Array.isArray(alternative.numeric)) return numericMatches(value, alternative.numeric);
  return false;
};

const leafMatches = (alternatives: readonly unknown[], present: boolean, value: unknown): boolean => {
  const values = Array.isArray(value) ? value : [value];
  return alternatives.some((alternative) => {
    if (isObject(alternative) && 'exists' in alternative) return alternative.exists === present;
    return present && values.some((v) => alternativeMatches(alternative, v));
  });
};

export const matchesFilter = (pattern: FilterPattern, record: unknown): boolean => {
  const source = isObject(record) ? record : {};
  return Object.entries(pattern).every(([key, expected]) => {
    const present = key in source && source[key] !== undefined;
    const value = source[key];
    if (Array.isArray(expected)) return leafMatches(expected, present, value);
    return present && isObject(value) && matchesFilter(expected as FilterPattern, value);
  });
};

/** Lambda ORs the filters of one event source mapping; no filter means every record. */
export const matchesAnyFilter = (patterns: readonly FilterPattern[], record: unknown): boolean =>
  patterns.length === 0 || patterns.some((p) => matchesFilter(p, record));
