/**
 * A focal point's own view of their delegation, reached with the token of their private link. A wrong token, a
 * revoked focal point's, another delegation's (or another event's) all answer 404, exactly as a delegation that does
 * not exist: the answer never tells a guesser which part was wrong. The token is compared, in constant time, with
 * the hash each active focal point of THIS delegation keeps, so revoking one refuses its token at once.
 */
import type { Clock } from '../clock.ts';
import { NotFound } from '../errors.ts';
import { nominationsCloseAt, quotaFor } from '../event-config.ts';
import type { EventStore } from '../event-use-cases.ts';
import { delegationTokenMatches } from './delegation-token.ts';
import { isActiveFocalPoint, type FocalPoint } from './focal-point.ts';
import { delegationViews, type FocalPointStore } from './focal-point-use-cases.ts';

export interface DelegationAccessDeps {
  events: Pick<EventStore, 'get'>;
  store: Pick<FocalPointStore, 'listForDelegation' | 'delegationUse' | 'list'>;
  clock: Clock;
}

export const makeDelegationAccess = ({ events, store, clock }: DelegationAccessDeps) => {
  /** The event, the delegation and the focal point the token belongs to; 404 for anything else. */
  const authorize = async (eventId: string, code: string, token: string | undefined): Promise<{ focalPoint: FocalPoint }> => {
    const notFound = new NotFound('No such delegation, or this link is not (or no longer) valid.');
    if (!token) throw notFound;
    const event = await events.get(eventId);
    if (!event || !event.delegations.some((d) => d.code === code)) throw notFound;
    const focalPoint = (await store.listForDelegation(eventId, code)).find(
      (f) => isActiveFocalPoint(f) && delegationTokenMatches(token, f.tokenHash),
    );
    if (!focalPoint) throw notFound;
    return { focalPoint };
  };

  return {
    authorize,
    async view(eventId: string, code: string, token: string | undefined) {
      const { focalPoint } = await authorize(eventId, code, token);
      const event = (await events.get(eventId))!;
      const [focalPoints, use] = await Promise.all([store.list(eventId), store.delegationUse(eventId)]);
      const mine = delegationViews(event, focalPoints, use).find((d) => d.code === code)!;
      const deadline = nominationsCloseAt(event);
      return {
        eventId,
        code,
        kind: mine.kind,
        names: mine.names,
        status: mine.status,
        quota: quotaFor(event, code) ?? 0,
        used: mine.used,
        headNamed: mine.headNamed,
        headOfDelegationRequired: event.registration.headOfDelegationRequired,
        nominationsCloseAt: deadline,
        nominationsOpen: clock.now().getTime() < Date.parse(deadline),
        focalPoint: { id: focalPoint.id, name: focalPoint.name, language: focalPoint.language },
        noteVerbale: mine.noteVerbale,
        returnReason: use.dossiers?.find((d) => d.delegation === code && d.status === 'returned')?.returnReason ?? null,
      };
    },
  };
};
