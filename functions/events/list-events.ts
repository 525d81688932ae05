import { http, ok } from '../../shared/http/http-handler.ts';
import { dynamoEventsRepository } from '../../shared/adapters/events-repository.ts';
import { makeListPublicEvents } from '../../shared/domain/events.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { spec } from './list-events.route.ts';

const listEvents = makeListPublicEvents({ events: dynamoEventsRepository(), clock: systemClock });

export const handler = http(spec, async () => ok(await listEvents()));
