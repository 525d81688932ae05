import { http } from '../../shared/http/http-handler.ts';
import { spec } from './admin-badges.route.ts';
import { badges, pdfAnswer } from '../../shared/badges/badge-wiring.ts';

const useCases = badges();

export const handler = http(spec, async ({ params, query }) => pdfAnswer(await useCases.batch(params.eventId, query)));
