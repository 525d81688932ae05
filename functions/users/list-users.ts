import { http, ok } from '../../shared/http/http-handler.ts';
import { colleagues } from './dependencies.ts';
import { spec } from './list-users.route.ts';

export const handler = http(spec, async () => ok({ items: await colleagues().list() }));
