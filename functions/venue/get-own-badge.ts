import { http } from '../../shared/http/http-handler.ts';
import { badges, pdfAnswer } from '../../shared/badges/badge-wiring.ts';
import { spec } from './get-own-badge.route.ts';

const useCases = badges();

export const handler = http(spec, async ({ params, query, manageToken }) =>
  pdfAnswer(await useCases.own(params.eventId, params.id, manageToken, query.size)),
);
