/**
 * The order of a list of participants, shared by the CSV and the console's printable list: by delegation (member
 * states first, then observers, each in the event's configured order), head of delegation first, then delegates,
 * advisers and observers by name; accredited journalists last, as their own group (delegation PRESS).
 */
import type { EventConfig } from '../event-config.ts';
import { ROLES, type Registration } from './registration.ts';

// Accredited journalists (delegation PRESS) come last, in a section of their own.
const KIND_ORDER = { member_state: 0, observer: 1, press: 2 } as const;

type Orderable = Pick<Registration, 'id' | 'delegation' | 'delegationKind' | 'role'> & {
  participant: Pick<Registration['participant'], 'givenName' | 'familyName'>;
};

export const sortParticipants = <R extends Orderable>(event: Pick<EventConfig, 'delegations'>, registrations: readonly R[]): R[] => {
  const position = new Map(event.delegations.map((d, i) => [d.code, i]));
  const rank = (r: R) => [KIND_ORDER[r.delegationKind], position.get(r.delegation) ?? Number.MAX_SAFE_INTEGER, r.delegation] as const;
  return [...registrations].sort((a, b) => {
    const [ka, pa, da] = rank(a);
    const [kb, pb, db] = rank(b);
    return (
      ka - kb ||
      pa - pb ||
      da.localeCompare(db) ||
      ROLES.indexOf(a.role) - ROLES.indexOf(b.role) ||
      a.participant.familyName.localeCompare(b.participant.familyName) ||
      a.participant.givenName.localeCompare(b.participant.givenName) ||
      a.id.localeCompare(b.id)
    );
  });
};

/** The sorted participants in runs of one delegation each, in order. */
export const groupByDelegation = <R extends Orderable>(event: Pick<EventConfig, 'delegations'>, registrations: readonly R[]) => {
  const groups: { delegation: string; members: R[] }[] = [];
  for (const r of sortParticipants(event, registrations)) {
    const last = groups.at(-1);
    if (last?.delegation === r.delegation) last.members.push(r);
    else groups.push({ delegation: r.delegation, members: [r] });
  }
  return groups;
};
