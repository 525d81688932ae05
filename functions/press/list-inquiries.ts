import { http, ok } from '../../shared/http/http-handler.ts';
import { EventParams } from '../../shared/domain/params.ts';
import { InquiryListQuery } from '../../shared/domain/press/inquiry-list-query.ts';
import { makeListInquiries } from '../../shared/domain/press/read-inquiries.ts';
import { pressDependencies } from './dependencies.ts';

const listInquiries = makeListInquiries(pressDependencies());

export const handler = http(
  { params: EventParams, query: InquiryListQuery, auth: ['press', 'secretariat'] },
  async ({ params, query: { limit, cursor, ...filter } }) => ok(await listInquiries(params.eventId, filter, { limit, ...(cursor !== undefined ? { cursor } : {}) })),
);
