import { http, ok } from '../../shared/http/http-handler.ts';
import { dynamoEventReader } from '../../shared/adapters/events-store.ts';
import { makeGetPublicEvent } from '../../shared/domain/event-use-cases.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { spec } from './get-event.route.ts';

const getEvent = makeGetPublicEvent({ events: dynamoEventReader(), clock: systemClock });

export const handler = http(spec, async ({ params }) => ok(await getEvent(params.eventId)));
