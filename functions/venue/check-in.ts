import { ok } from '../../shared/http/http-handler.ts';
import { makeVenue } from '../../shared/domain/venue/venue-use-cases.ts';
import { http } from '../idempotent-http.ts';
import { venueDependencies } from './dependencies.ts';
import { spec } from './check-in.route.ts';

const venue = makeVenue(venueDependencies());

export const handler = http(spec, async ({ params, body, idempotent }) => ok(await idempotent(() => venue.checkIn(params.eventId, body))));
