import { http, ok } from '../../shared/http/http-handler.ts';
import { version } from '../../shared/adapters/version.ts';
import { spec } from './health.route.ts';

export const handler = http(spec, async () => ok({ status: 'ok' as const, version }));
