import { http, ok } from '../../shared/http/http-handler.ts';
import { dynamoEventsRepository } from '../../shared/adapters/events-repository.ts';
import { makeGetEventForAdmin } from '../../shared/domain/events.ts';
import { EventParams } from '../../shared/domain/params.ts';

const getEvent = makeGetEventForAdmin({ events: dynamoEventsRepository() });

// Walking skeleton: counts are zero until the registration capability stores registrations.
export const handler = http({ params: EventParams, auth: ['secretariat'] }, async ({ params }) => {
  const event = await getEvent(params.eventId);
  return ok({
    eventId: event.id,
    capacity: event.registration.capacity,
    active: 0,
    byStatus: { pending_approval: 0, confirmed: 0, waitlisted: 0, declined: 0, cancelled: 0 },
    byDelegation: event.delegations.map((d) => ({ code: d.code, kind: d.kind, quota: d.quota ?? event.registration.quotas[d.kind], active: 0 })),
    inquiriesByStatus: {},
    emails: { undelivered: 0, suppressed: 0 },
  });
});
