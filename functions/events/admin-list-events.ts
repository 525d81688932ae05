import { dynamoEventReader } from '../../shared/adapters/events-store.ts';
import { makeListEventsForAdmin } from '../../shared/domain/event-use-cases.ts';
import { http, ok } from '../../shared/http/http-handler.ts';
import { spec } from './admin-list-events.route.ts';

const listEvents = makeListEventsForAdmin({ events: dynamoEventReader() });

export const handler = http(spec, async () => ok(await listEvents()));
