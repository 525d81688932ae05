/**
 * The participant categories a badge shows (a colour per category, always with its word) and the check-in counts
 * are broken down by: the kind of the participant's delegation, or `press` for an accredited journalist.
 *
 * Accredited journalists are registrations like everyone else (manage link, badge, check-in, erasure all work
 * unchanged) whose `delegation` is the reserved code `PRESS`. `PRESS` can never be one of an event's delegations:
 * delegation codes are two capital letters or a lower-case slug (shared/domain/primitives.ts DelegationCode).
 */
import type { DelegationKind } from '../event-config.ts';

export const PRESS_DELEGATION = 'PRESS';

export const PARTICIPANT_CATEGORIES = ['member_state', 'observer', 'press'] as const;
export type ParticipantCategory = (typeof PARTICIPANT_CATEGORIES)[number];

/** The category of a participant of `delegation`, given the event's delegations (an unknown code: `undefined`). */
export const categoryOf = (delegation: string, delegations: readonly { code: string; kind: DelegationKind }[]): ParticipantCategory | undefined => {
  if (delegation === PRESS_DELEGATION) return 'press';
  return delegations.find((d) => d.code === delegation)?.kind;
};

/**
 * A badge's category band: a colour that prints well and keeps white text at WCAG AA contrast (4.5:1 or more),
 * so the word on it is readable; the word, not the colour, is what staff and scanners rely on.
 */
export const CATEGORY_COLOURS: Record<ParticipantCategory, { background: string; text: string }> = {
  member_state: { background: '#1f4e8c', text: '#ffffff' },
  observer: { background: '#5b3a8c', text: '#ffffff' },
  press: { background: '#a8321e', text: '#ffffff' },
};
