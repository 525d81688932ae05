import { accepted } from '../../shared/http/http-handler.ts';
import { makeSubmitInquiry } from '../../shared/domain/press/submit-inquiry.ts';
import { http } from '../idempotent-http.ts';
import { submissionDependencies } from './dependencies.ts';
import { spec } from './submit-inquiry.route.ts';

const submitInquiry = makeSubmitInquiry(submissionDependencies());

// A replay answers from the first call's record: no second inquiry, no rate count, no emails.
export const handler = http(spec, async ({ params, body, sourceIp, idempotent }) =>
  accepted(await idempotent(() => submitInquiry(params.eventId, body, { sourceIp }))),
);
