import { http, ok } from '../../shared/http/http-handler.ts';
import { env } from '../../shared/adapters/env.ts';

export const handler = http({}, async () => ok({ status: 'ok', version: env.version }));
