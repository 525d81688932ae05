/** The badge routes' query parameters and problems. */
import * as z from 'zod/mini';
import { Conflict, DomainError } from '../errors.ts';
import { DelegationCode } from '../primitives.ts';
import { PARTICIPANT_CATEGORIES } from './category.ts';

export const BADGE_SIZE_VALUES = ['a6', 'cr80'] as const;

/**
 * A batch is one PDF answered in one Lambda response (at most 6 MB, base64 included) within API Gateway's 30 s:
 * 300 A6 pages are about 2 MB and a few seconds. Past it the secretariat prints per delegation or category.
 */
export const MAX_BADGES_PER_DOCUMENT = 300;

const Size = z._default(z.enum(BADGE_SIZE_VALUES), 'a6');

export const BadgeQuery = z.strictObject({ size: Size });

/** The delegate's route: like the other manage routes, no other query parameter (a `token` one is refused). */
export const OwnBadgeQuery = z.strictObject({ size: Size });

export const BadgesQuery = z.strictObject({
  delegation: z.optional(DelegationCode),
  category: z.optional(z.enum(PARTICIPANT_CATEGORIES)),
  size: Size,
});
export type BadgesQuery = z.output<typeof BadgesQuery>;

export class BadgeNotConfirmed extends Conflict {
  constructor() {
    super('not-confirmed', 'Not confirmed', 'A badge exists once the registration is confirmed.');
  }
}

export class TooManyBadges extends DomainError {
  constructor(count: number, max: number) {
    super({
      slug: 'too-many-badges',
      status: 422,
      title: 'Too many badges for one document',
      detail: `${count} participants match; one document holds at most ${max} badges. Print by delegation or by category.`,
      errors: [
        { path: 'query.delegation', message: `Choose a delegation: more than ${max} badges` },
        { path: 'query.category', message: `Or choose a category: more than ${max} badges` },
      ],
    });
  }
}
