import { http, ok } from '../../shared/http/http-handler.ts';
import { makeListInquiries } from '../../shared/domain/press/read-inquiries.ts';
import { pressDependencies } from './dependencies.ts';
import { spec } from './list-inquiries.route.ts';

const listInquiries = makeListInquiries(pressDependencies());

export const handler = http(spec, async ({ params, query: { limit, cursor, ...filter } }) =>
  ok(await listInquiries(params.eventId, filter, { limit, ...(cursor !== undefined ? { cursor } : {}) })),
);
