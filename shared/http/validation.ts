/** Turns zod issues into the contract's `errors` list: one entry per bad field, unknown keys each named. */
import type * as z from 'zod/mini';
import { ValidationFailed, type FieldError } from '../domain/errors.ts';

const joinPath = (prefix: string, path: readonly PropertyKey[]): string => {
  const parts = [prefix, ...path.map(String)].filter((p) => p !== '');
  return parts.length ? parts.join('.') : '(body)';
};

const describe = (issue: z.core.$ZodIssue): string => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Required' : `Expected ${issue.expected}`;
    case 'invalid_value':
      return `Must be one of: ${issue.values.map(String).join(', ')}`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'Invalid value';
  }
};

export const toFieldErrors = (issues: readonly z.core.$ZodIssue[], prefix = ''): FieldError[] =>
  issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: joinPath(prefix, [...issue.path, key]), message: 'Unknown field' }))
      : [{ path: joinPath(prefix, issue.path), message: describe(issue) }],
  );

/** Parse or throw ValidationFailed naming every bad field. */
export const parseOrThrow = <S extends z.ZodMiniType>(schema: S, input: unknown, prefix = ''): z.infer<S> => {
  const result = schema.safeParse(input);
  if (result.success) return result.data as z.infer<S>;
  throw new ValidationFailed(toFieldErrors(result.error.issues, prefix));
};
