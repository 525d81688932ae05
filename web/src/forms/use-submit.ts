/**
 * The submit flow both public forms share: ignore a second click while sending, show the fields the shared
 * schema refuses without a round trip, otherwise send and go on, or show the server's problem where it belongs.
 */
import { useState } from 'preact/hooks';
import type { FieldError } from '../api/responses.ts';
import type { FormErrors } from './use-form-errors.ts';

export interface Submission<R> {
  /** Field errors found before sending (the API's own schema, plus any cross-field checks). */
  problems: readonly FieldError[];
  send: () => Promise<R>;
  /** What to do with the answer (navigate to the result page). */
  done: (answer: R) => void;
}

export const useSubmit = (errors: FormErrors) => {
  const [sending, setSending] = useState(false);
  const submit = async <R>({ problems, send, done }: Submission<R>): Promise<void> => {
    if (sending) return;
    if (problems.length) return errors.showFieldErrors(problems);
    setSending(true);
    try {
      done(await send());
    } catch (problem) {
      errors.showProblem(problem);
      setSending(false);
    }
  };
  return { sending, submit };
};
