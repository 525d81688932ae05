import { accepted, http } from '../../shared/http/http-handler.ts';
import { EventParams } from '../../shared/domain/params.ts';
import { InquiryBody } from '../../shared/domain/press/inquiry.ts';
import { makeSubmitInquiry } from '../../shared/domain/press/submit-inquiry.ts';
import { pressDependencies } from './dependencies.ts';

const submitInquiry = makeSubmitInquiry(pressDependencies());

export const handler = http({ params: EventParams, body: InquiryBody }, async ({ params, body, sourceIp }) =>
  accepted(await submitInquiry(params.eventId, body, { sourceIp })),
);
