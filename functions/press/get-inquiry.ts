import { http, ok } from '../../shared/http/http-handler.ts';
import { EventItemParams } from '../../shared/domain/params.ts';
import { makeGetInquiry } from '../../shared/domain/press/read-inquiries.ts';
import { pressDependencies } from './dependencies.ts';

const getInquiry = makeGetInquiry(pressDependencies());

export const handler = http({ params: EventItemParams, auth: ['press', 'secretariat'] }, async ({ params }) =>
  ok(await getInquiry(params.eventId, params.id)),
);
