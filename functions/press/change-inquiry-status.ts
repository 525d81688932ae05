import { ok } from '../../shared/http/http-handler.ts';
import { makeChangeInquiryStatus } from '../../shared/domain/press/change-inquiry-status.ts';
import { toInquiryView } from '../../shared/domain/press/inquiry-view.ts';
import { http } from '../idempotent-http.ts';
import { pressDependencies } from './dependencies.ts';
import { spec } from './change-inquiry-status.route.ts';

const changeStatus = makeChangeInquiryStatus(pressDependencies());

export const handler = http(spec, async ({ params, body, principal, idempotent }) =>
  ok(await idempotent(async () => toInquiryView(await changeStatus(params.eventId, params.id, body, principal)))),
);
