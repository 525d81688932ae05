import { http, ok } from '../../shared/http/http-handler.ts';
import { EventItemParams } from '../../shared/domain/params.ts';
import { makeChangeInquiryStatus } from '../../shared/domain/press/change-inquiry-status.ts';
import { toInquiryView } from '../../shared/domain/press/inquiry-view.ts';
import { StatusChangeBody } from '../../shared/domain/press/status-change.ts';
import { pressDependencies } from './dependencies.ts';

const changeStatus = makeChangeInquiryStatus(pressDependencies());

export const handler = http(
  { params: EventItemParams, body: StatusChangeBody, auth: ['press', 'secretariat'] },
  async ({ params, body, principal }) => ok(toInquiryView(await changeStatus(params.eventId, params.id, body, principal!))),
);
