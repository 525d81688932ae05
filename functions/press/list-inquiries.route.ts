import { EventParams } from '../../shared/domain/params.ts';
import { InquiryListQuery } from '../../shared/domain/press/inquiry-list-query.ts';
import { InquirySchema } from '../../shared/domain/press/inquiry-view.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { LIST_BAD_REQUEST, pageOf } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: { 200: { description: 'A page of inquiries', schema: pageOf(InquirySchema) }, 400: LIST_BAD_REQUEST },
    openapi: {
      operationId: 'listInquiries',
      summary: 'Press inquiries, newest first, filtered by status, routed contact and topic; paginated',
      tags: ['press'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/admin/events/{eventId}/inquiries',
  auth: ['press', 'secretariat'],
  access: { dynamodb: ['GetItem', 'Query'] },
  request: { params: EventParams, query: InquiryListQuery },
});
