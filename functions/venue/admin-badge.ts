import { http } from '../../shared/http/http-handler.ts';
import { spec } from './admin-badge.route.ts';
import { badges, pdfAnswer } from '../../shared/badges/badge-wiring.ts';

const useCases = badges();

export const handler = http(spec, async ({ params, query }) => pdfAnswer(await useCases.one(params.eventId, params.id, query.size)));
