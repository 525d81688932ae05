import { http, ok } from '../../shared/http/http-handler.ts';
import { makeGetInquiry } from '../../shared/domain/press/read-inquiries.ts';
import { pressDependencies } from './dependencies.ts';
import { spec } from './get-inquiry.route.ts';

const getInquiry = makeGetInquiry(pressDependencies());

export const handler = http(spec, async ({ params }) => ok(await getInquiry(params.eventId, params.id)));
