/**
 * The shape of one route. The route table (routes.ts) lists them; the CDK stack makes its HTTP API routes,
 * functions and grants from it, the local server routes by it, and the OpenAPI document is built from it.
 */
import type * as z from 'zod/mini';
import type { Group } from './auth.ts';

/** `ANY` only for the catch-all route that answers 404 and 405 (API Gateway's own answers are not problems). */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'ANY';

export type Capability = 'platform' | 'events' | 'registration' | 'press' | 'notifications';

/** What the function may touch; infra turns this into IAM grants (least privilege). */
export interface RouteAccess {
  table: 'none' | 'read' | 'readWrite';
  /** Permission to send email through SES (only the mailer normally needs this). */
  ses?: boolean;
}

export interface ResponseSpec {
  description: string;
  schema?: z.ZodMiniType;
  /** Defaults to application/json; problem answers are application/problem+json. */
  contentType?: string;
}

export interface Route {
  method: HttpMethod;
  /** Full path including the `/api` prefix, with `{param}` placeholders, e.g. `/api/events/{eventId}`. */
  path: string;
  /** Module under functions/, without extension, exporting `handler`: e.g. `events/get-event`. */
  handler: string;
  /** `public`, or the Cognito groups admitted (the JWT authorizer guards every non-public route). */
  auth: 'public' | readonly Group[];
  capability: Capability;
  access: RouteAccess;
  openapi: {
    operationId: string;
    summary: string;
    description?: string;
    tags: string[];
    /** `bodyOptional`: the route also takes no body at all (e.g. a redrive with its defaults). */
    request?: { body?: z.ZodMiniType; bodyOptional?: boolean; params?: z.ZodMiniType; query?: z.ZodMiniType; headers?: z.ZodMiniType };
    /** A public route that still needs a bearer token of its own: `manageToken`, the delegate's manage link. */
    security?: 'manageToken';
    /** Success responses; the common problem responses are added by the document builder. */
    responses: Record<number, ResponseSpec>;
  };
}

/** A function that is not behind a route: stream consumers, schedules, SNS subscribers. */
export interface Worker {
  name: string;
  handler: string;
  capability: Capability;
  trigger: 'outbox-stream' | 'schedule' | 'ses-notifications';
  access: RouteAccess;
  /** Stream workers: the Lambda event filter pattern (infra gives it to the event source mapping; local applies it). */
  filterPattern?: Record<string, unknown>;
  /** Schedule workers: an EventBridge rate expression, e.g. `rate(5 minutes)`. */
  schedule?: string;
}
