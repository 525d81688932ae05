import { http, ok } from '../../shared/http/http-handler.ts';
import { idempotentOperation } from '../../shared/adapters/idempotency.ts';
import { idempotencyKeyOf } from '../../shared/http/idempotency-key.ts';
import { EventItemParams } from '../../shared/domain/params.ts';
import { makeChangeInquiryStatus } from '../../shared/domain/press/change-inquiry-status.ts';
import { toInquiryView } from '../../shared/domain/press/inquiry-view.ts';
import { StatusChangeBody } from '../../shared/domain/press/status-change.ts';
import { pressDependencies } from './dependencies.ts';

const changeStatus = makeChangeInquiryStatus(pressDependencies());
const idempotent = idempotentOperation<ReturnType<typeof toInquiryView>>('change-inquiry-status');

export const handler = http(
  { params: EventItemParams, body: StatusChangeBody, auth: ['press', 'secretariat'] },
  async ({ params, body, principal, headers, context }) => {
    const { value, replayed } = await idempotent(
      { key: idempotencyKeyOf(headers), scope: `${params.eventId}/${params.id}`, payload: body, context },
      async () => toInquiryView(await changeStatus(params.eventId, params.id, body, principal!)),
    );
    return ok(value, replayed ? { 'Idempotent-Replayed': 'true' } : undefined);
  },
);
