/**
 * The route table: every HTTP route of Plenary. The CDK stack (infra/) builds API Gateway routes and
 * functions from it and the local server (local/) routes by it, so the two cannot drift. Each capability
 * keeps its routes beside its handlers; this file only gathers them.
 */
import type { Route } from '../shared/http/route-types.ts';
import { platformRoutes } from './platform/routes.ts';
import { eventRoutes } from './events/routes.ts';
import { registrationRoutes } from './registration/routes.ts';
import { pressRoutes } from './press/routes.ts';
import { notificationRoutes } from './notifications/routes.ts';

export const routes: readonly Route[] = [...platformRoutes, ...eventRoutes, ...registrationRoutes, ...pressRoutes, ...notificationRoutes];
