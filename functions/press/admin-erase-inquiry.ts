import { ok } from '../../shared/http/http-handler.ts';
import { makeEraseInquiry } from '../../shared/domain/personal-data/erase-inquiry.ts';
import { toInquiryView } from '../../shared/domain/press/inquiry-view.ts';
import { dynamoPersonalDataStore } from '../../shared/adapters/personal-data-store.ts';
import { http } from '../idempotent-http.ts';
import { pressDependencies } from './dependencies.ts';
import { spec } from './admin-erase-inquiry.route.ts';

const erase = makeEraseInquiry({ ...pressDependencies(), personalData: dynamoPersonalDataStore() });

export const handler = http(spec, async ({ params, body, principal, idempotent }) =>
  ok(await idempotent(async () => toInquiryView(await erase(params.eventId, params.id, body.reason, principal)))),
);
