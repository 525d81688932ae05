import { http, ok } from '../../shared/http/http-handler.ts';
import { makeVenue } from '../../shared/domain/venue/venue-use-cases.ts';
import { venueDependencies } from './dependencies.ts';
import { spec } from './check-in-roster.route.ts';

const venue = makeVenue(venueDependencies());

export const handler = http(spec, async ({ params, query: { limit, cursor } }) =>
  ok(await venue.roster(params.eventId, { limit, ...(cursor !== undefined ? { cursor } : {}) })),
);
