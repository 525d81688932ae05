/** The error state every form shares: field errors by API path, a general problem, and the submit count. */
import { useState } from 'preact/hooks';
import { ApiProblem } from '../api/http-client.ts';
import type { FieldError } from '../api/responses.ts';
import type { Translate } from '../i18n/i18n.ts';
import { toFieldErrorMap, type FieldErrors } from './field-errors.ts';
import { PROBLEM_FIELD, problemMessage } from './problem-message.ts';

export interface FormErrors {
  fields: FieldErrors;
  general: string | undefined;
  attempt: number;
  showFieldErrors(errors: readonly FieldError[]): void;
  /** Puts an API problem where it belongs: next to its fields, next to the one field it is about, or above the form. */
  showProblem(problem: unknown): void;
  clear(): void;
}

export const useFormErrors = (t: Translate): FormErrors => {
  const [state, setState] = useState<{ fields: FieldErrors; general?: string; attempt: number }>({ fields: {}, attempt: 0 });
  const set = (fields: FieldErrors, general?: string) => setState((s) => ({ fields, ...(general ? { general } : {}), attempt: s.attempt + 1 }));
  return {
    fields: state.fields,
    general: state.general,
    attempt: state.attempt,
    showFieldErrors: (errors) => set(toFieldErrorMap(errors, t)),
    showProblem: (problem) => {
      // A problem the site words itself (PROBLEM_FIELD) goes to its field in those words, even if the API names fields.
      const field = problem instanceof ApiProblem ? PROBLEM_FIELD[problem.slug] : undefined;
      if (!field && problem instanceof ApiProblem && problem.errors.length) return set(toFieldErrorMap(problem.errors, t));
      const message = problemMessage(problem instanceof Error ? problem : new Error(String(problem)), t);
      if (field) return set({ [field]: message });
      set({}, message);
    },
    clear: () => setState((s) => ({ fields: {}, attempt: s.attempt })),
  };
};
