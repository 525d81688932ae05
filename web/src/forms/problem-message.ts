/** A problem from the API in the reader's language: known problem types by name, the rest generically. */
import { ApiProblem } from '../api/http-client.ts';
import type { MessageKey } from '../i18n/en.ts';
import type { Translate } from '../i18n/i18n.ts';

const KNOWN: Record<string, MessageKey> = {
  'already-registered': 'problem.already-registered',
  'head-of-delegation-taken': 'problem.head-of-delegation-taken',
  'registration-closed': 'problem.registration-closed',
  'event-full': 'problem.event-full',
  'rate-limited': 'problem.rate-limited',
  'too-many-requests': 'problem.rate-limited',
  'not-found': 'problem.not-found',
  'nomination-only': 'problem.nomination-only',
  'delegation-full': 'problem.delegation-full',
  'nominations-closed': 'problem.nominations-closed',
  network: 'site.offline',
};

export const problemMessage = (problem: ApiProblem | Error, t: Translate): string => {
  if (!(problem instanceof ApiProblem)) return t('site.error');
  const key = KNOWN[problem.slug] ?? (problem.status === 404 ? 'problem.not-found' : problem.status === 429 ? 'problem.rate-limited' : undefined);
  return key ? t(key) : t('site.error');
};

/** Conflicts that are about one field: shown next to that field rather than above the form. */
export const PROBLEM_FIELD: Record<string, string> = {
  'already-registered': 'participant.email',
  'head-of-delegation-taken': 'role',
  // A stale page offered a delegation that focal points nominate: said in the site's words, at the delegation.
  'nomination-only': 'delegation',
};
