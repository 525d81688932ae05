import { accepted, http } from '../../shared/http/http-handler.ts';
import { idempotentOperation } from '../../shared/adapters/idempotency.ts';
import { EventParams } from '../../shared/domain/params.ts';
import { InquiryBody } from '../../shared/domain/press/inquiry.ts';
import { makeSubmitInquiry, type InquiryAccepted } from '../../shared/domain/press/submit-inquiry.ts';
import { idempotencyKeyOf } from '../../shared/http/idempotency-key.ts';
import { pressDependencies } from './dependencies.ts';

const submitInquiry = makeSubmitInquiry(pressDependencies());
const idempotent = idempotentOperation<InquiryAccepted>('submit-inquiry');

// A replay answers from the first call's record: no second inquiry, no rate count, no emails.
export const handler = http({ params: EventParams, body: InquiryBody }, async ({ params, body, headers, sourceIp, context }) => {
  const { value, replayed } = await idempotent({ key: idempotencyKeyOf(headers), scope: params.eventId, payload: body, context }, () =>
    submitInquiry(params.eventId, body, { sourceIp }),
  );
  return { ...accepted(value), ...(replayed ? { headers: { 'Idempotent-Replayed': 'true' } } : {}) };
});
