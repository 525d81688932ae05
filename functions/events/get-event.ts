import { http, ok } from '../../shared/http/http-handler.ts';
import { dynamoEventsRepository } from '../../shared/adapters/events-repository.ts';
import { makeGetPublicEvent } from '../../shared/domain/events.ts';
import { EventParams } from '../../shared/domain/params.ts';
import { systemClock } from '../../shared/domain/clock.ts';

const getEvent = makeGetPublicEvent({ events: dynamoEventsRepository(), clock: systemClock });

export const handler = http({ params: EventParams }, async ({ params }) => ok(await getEvent(params.eventId)));
