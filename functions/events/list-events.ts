import { http, ok } from '../../shared/http/http-handler.ts';
import { dynamoEventReader } from '../../shared/adapters/events-store.ts';
import { makeListPublicEvents } from '../../shared/domain/event-use-cases.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { spec } from './list-events.route.ts';

const listEvents = makeListPublicEvents({ events: dynamoEventReader(), clock: systemClock });

export const handler = http(spec, async () => ok(await listEvents()));
