import { EventItemParams } from '../../shared/domain/params.ts';
import { InquiryWithHistorySchema } from '../../shared/domain/press/inquiry-view.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';

export const docs = () =>
  ({
    responses: { 200: { description: 'The inquiry', schema: InquiryWithHistorySchema } },
    openapi: { operationId: 'getInquiry', summary: 'One inquiry with its history (who did what, when)', tags: ['press'] },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/admin/events/{eventId}/inquiries/{id}',
  auth: ['press', 'secretariat'],
  access: { dynamodb: ['Query'] },
  request: { params: EventItemParams },
});
