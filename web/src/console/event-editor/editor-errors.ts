/**
 * The editor's problems by field path: the schema's own issues before sending, the server's 400 and 409
 * limit-below-use after, each in the reader's words (server messages are English; we map the ones we know).
 */
import { useState } from 'preact/hooks';
import type { FieldError } from '../../api/responses.ts';
import { fieldMessage, type FieldErrors } from '../../forms/field-errors.ts';
import type { MessageKey } from '../../i18n/en.ts';
import type { Translate } from '../../i18n/i18n.ts';

const KNOWN: [RegExp, MessageKey][] = [
  [/^Must not be before startDate/, 'editor.err.endBeforeStart'],
  [/^Must be after opensAt/, 'editor.err.closesBeforeOpens'],
  [/^Must be one of languages|^Not one of the event languages/, 'editor.err.language'],
  [/^Required for the default language/, 'editor.err.defaultTitle'],
  [/^Duplicate /, 'editor.err.duplicate'],
  [/^Member states use|^Observer organisations use|delegation code/, 'editor.delegationCodeHint'],
  [/^Not one of the contacts/, 'editor.err.noSuchContact'],
  [/^Lower-case letters, digits and dashes/, 'editor.newIdHint'],
  [/^Upper-case letters and digits/, 'editor.codeHint'],
  [/ISO 8601 date-time/, 'editor.dateTimeHint'],
  [/^A date as/, 'editor.err.date'],
  [/time zone/i, 'editor.timeZoneHint'],
  [/country code/, 'editor.err.country'],
  [/number|Too (small|big)|expected int/i, 'editor.err.number'],
];

export const editorFieldMessage = (error: FieldError, t: Translate): string => {
  const below = /^(\d+) is below the (\d+) seats/.exec(error.message);
  if (below) return t('validation.limitBelowUse', { limit: below[1]!, inUse: below[2]! });
  const removed = /^Delegation (\S+) holds (\d+) seats/.exec(error.message);
  if (removed) return t('validation.delegationInUse', { delegation: removed[1]!, inUse: removed[2]! });
  if (error.path.endsWith('.dailyStart') || error.path.endsWith('.dailyEnd') || /^daily/.test(error.path)) return t('editor.err.time');
  const known = KNOWN.find(([pattern]) => pattern.test(error.message));
  return known ? t(known[1]) : fieldMessage(error, t);
};

export const useEditorErrors = (t: Translate) => {
  const [state, setState] = useState<{ fields: FieldErrors; general?: string | undefined; attempt: number }>({ fields: {}, attempt: 0 });
  return {
    ...state,
    show(errors: readonly FieldError[], general?: string) {
      const fields: FieldErrors = {};
      for (const error of errors) fields[error.path] ??= editorFieldMessage(error, t);
      setState((s) => ({ fields, general, attempt: s.attempt + 1 }));
    },
    /** Messages already in the reader's words (not from a schema or the server). */
    showMessages(fields: FieldErrors) {
      setState((s) => ({ fields, general: undefined, attempt: s.attempt + 1 }));
    },
    clear: () => setState((s) => ({ fields: {}, attempt: s.attempt })),
  };
};
