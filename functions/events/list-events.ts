import { http, ok } from '../../shared/http/http-handler.ts';
import { dynamoEventsRepository } from '../../shared/adapters/events-repository.ts';
import { makeListPublicEvents } from '../../shared/domain/events.ts';
import { systemClock } from '../../shared/domain/clock.ts';

const listEvents = makeListPublicEvents({ events: dynamoEventsRepository(), clock: systemClock });

export const handler = http({}, async () => ok(await listEvents()));
