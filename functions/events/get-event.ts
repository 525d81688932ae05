import { http, ok } from '../../shared/http/http-handler.ts';
import { dynamoEventsRepository } from '../../shared/adapters/events-repository.ts';
import { makeGetPublicEvent } from '../../shared/domain/events.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { spec } from './get-event.route.ts';

const getEvent = makeGetPublicEvent({ events: dynamoEventsRepository(), clock: systemClock });

export const handler = http(spec, async ({ params }) => ok(await getEvent(params.eventId)));
