import { ok } from '../../shared/http/http-handler.ts';
import { makeDecideAccreditation } from '../../shared/domain/press/decide-accreditation.ts';
import { toInquiryView } from '../../shared/domain/press/inquiry-view.ts';
import { http } from '../idempotent-http.ts';
import { accreditationDependencies } from './dependencies.ts';
import { spec } from './decide-accreditation.route.ts';

const decide = makeDecideAccreditation(accreditationDependencies());

export const handler = http(spec, async ({ params, body, principal, idempotent }) =>
  ok(await idempotent(async () => toInquiryView(await decide(params.eventId, params.id, body, principal)))),
);
