/**
 * Field errors keyed by the API's `errors[].path` (e.g. `participant.email`). The forms validate with the
 * same zod schemas the API uses and name issues with the same function, so the browser and the server
 * flag the same fields with the same paths.
 */
import type * as z from 'zod/mini';
import { toFieldErrors } from '../../../shared/http/validation.ts';
import type { FieldError } from '../api/responses.ts';
import type { Translate } from '../i18n/i18n.ts';

export type FieldErrors = Record<string, string>;

/** The element id of the control for a path: `participant.email` -> `f-participant-email`. */
export const fieldId = (path: string): string => `f-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** The reader-facing message for one issue (server messages are English; we show our own words). */
export const fieldMessage = (error: FieldError, t: Translate): string => {
  const message = error.message;
  if (/^At most (\d+) characters$/.test(message)) return t('validation.tooLong', { max: message.replace(/\D+/g, '') });
  if (/email/i.test(message)) return t('validation.email');
  if (/phone/i.test(message)) return t('validation.phone');
  if (/^Must be one of|^Expected (string|object)$|delegation code/.test(message) && !/consent/.test(error.path)) return t('validation.choose');
  if (/consent\.dataProcessing$/.test(error.path)) return t('validation.consent');
  if (/deadline$/.test(error.path)) return t('validation.deadline');
  if (message === 'Required') return t('validation.required');
  return t('validation.invalid');
};

/** The first message per path, in the order the issues came (which is the order of the form). */
export const toFieldErrorMap = (errors: readonly FieldError[], t: Translate): FieldErrors => {
  const map: FieldErrors = {};
  for (const error of errors) map[error.path] ??= fieldMessage(error, t);
  return map;
};

export const validate = <S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; errors: FieldError[] } => {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, data: result.data as z.infer<S> } : { ok: false, errors: toFieldErrors(result.error.issues) };
};
