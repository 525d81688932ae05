/**
 * The one middy stack behind every HTTP handler: header normalisation, size / media-type / JSON guards,
 * zod validation of params, query and body, the group check, security headers, and problem answers.
 * A handler only wires: `export const handler = http({ body: Schema }, ({ body }) => useCase(body))`.
 */
import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpSecurityHeaders from '@middy/http-security-headers';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type * as z from 'zod/mini';
import { MalformedBody, PayloadTooLarge, UnsupportedMediaType } from '../domain/errors.ts';
import { clientAddressOf } from './client-address.ts';
import { authorize, principalFromClaims, type Group, type Principal } from './auth.ts';
import { errorFacts, logger } from './logger.ts';
import { checkOrigin } from './origin.ts';
import { problemResponse } from './problem.ts';
import { parseOrThrow } from './validation.ts';

export const MAX_BODY_BYTES = 64 * 1024;
const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** The API Gateway v2 event as our handlers see it (the JWT authorizer fills `authorizer.jwt`). */
export type HttpEvent = APIGatewayProxyEventV2 & {
  requestContext: APIGatewayProxyEventV2['requestContext'] & {
    authorizer?: { jwt?: { claims?: Record<string, string | number | boolean | string[]> } };
  };
};

export interface HttpRequest<B, P, Q> {
  body: B;
  params: P;
  query: Q;
  /** Lower-cased header names. */
  headers: Record<string, string | undefined>;
  /** The signed-in user on admin routes; undefined on public ones. */
  principal: P extends never ? never : Principal | undefined;
  /** The client's address: the viewer as CloudFront saw it, else the connection's (shared/http/client-address.ts). */
  sourceIp: string;
  event: HttpEvent;
  /** The Lambda context (remaining time: Powertools idempotency sizes its in-progress lock with it). */
  context: Context;
}

export interface HttpResult {
  status: number;
  /** JSON-serialised unless `text` is given. */
  body?: unknown;
  /** A non-JSON body (CSV, iCalendar), sent with `contentType`. */
  text?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export const ok = (body: unknown, headers?: Record<string, string>): HttpResult => ({ status: 200, body, ...(headers ? { headers } : {}) });
export const created = (body: unknown, headers?: Record<string, string>): HttpResult => ({ status: 201, body, ...(headers ? { headers } : {}) });
export const accepted = (body: unknown): HttpResult => ({ status: 202, body });

export interface HttpSpec<BS, PS, QS> {
  body?: BS;
  params?: PS;
  query?: QS;
  /** Groups allowed on this route; absent for public routes. Must agree with the route table (tested). */
  auth?: readonly Group[];
  /** Extra middy middlewares placed after parsing and auth (e.g. Powertools idempotency). */
  middlewares?: middy.MiddlewareObj<HttpEvent, APIGatewayProxyStructuredResultV2, Error, Context>[];
}

type Infer<S> = S extends z.ZodMiniType ? z.infer<S> : undefined;

export type HttpHandler = middy.MiddyfiedHandler<HttpEvent, APIGatewayProxyStructuredResultV2, Error, Context> & {
  /** The groups this handler admits, compared with the route table by a test. */
  readonly routeAuth: readonly Group[] | undefined;
};

const hasBody = (event: HttpEvent): boolean => typeof event.body === 'string' && event.body.length > 0;

const bodyBytes = (event: HttpEvent): number =>
  !hasBody(event) ? 0 : event.isBase64Encoded ? Buffer.from(event.body!, 'base64').byteLength : Buffer.byteLength(event.body!, 'utf8');

/** 413, 415 and 400 for the body as a whole, before any validation. */
const parseJsonBody = (event: HttpEvent): unknown => {
  if (!hasBody(event)) return undefined;
  if (bodyBytes(event) > MAX_BODY_BYTES) throw new PayloadTooLarge(MAX_BODY_BYTES);
  const contentType = event.headers?.['content-type'] ?? '';
  if (!JSON_MEDIA_TYPE.test(contentType)) throw new UnsupportedMediaType();
  const raw = event.isBase64Encoded ? Buffer.from(event.body!, 'base64').toString('utf8') : event.body!;
  try {
    return JSON.parse(raw);
  } catch {
    throw new MalformedBody();
  }
};

const toResponse = (result: HttpResult): APIGatewayProxyStructuredResultV2 => {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', ...result.headers };
  if (result.text !== undefined) {
    return { statusCode: result.status, headers: { 'Content-Type': result.contentType ?? 'text/plain; charset=utf-8', ...headers }, body: result.text };
  }
  if (result.body === undefined) return { statusCode: result.status, headers };
  return {
    statusCode: result.status,
    headers: { 'Content-Type': result.contentType ?? 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(result.body),
  };
};

/**
 * middy's defaults minus two that only add noise: `poweredBy` sets `Server` and `X-Powered-By` to undefined (a JSON
 * answer drops them, a plain HTTP server sends the word), and `reportingEndpoints` sends an empty
 * `Reporting-Endpoints` (we name no endpoint). The cast: 6.4.5's types omit `reportingEndpoints`, its code reads it.
 */
const SECURITY_HEADER_OPTIONS = { poweredBy: false, reportingEndpoints: false } as Parameters<typeof httpSecurityHeaders>[0];

/** Maps any thrown error to a problem answer; logs the error's name and status only (no PII). */
const problems = (): middy.MiddlewareObj<HttpEvent, APIGatewayProxyStructuredResultV2> => ({
  onError: async (request) => {
    const response = problemResponse(request.error);
    if (response.statusCode >= 500) logger.error('request failed', errorFacts(request.error));
    else logger.info('request refused', { status: response.statusCode, problem: request.error?.name });
    request.response = response;
  },
});

export const http = <BS extends z.ZodMiniType | undefined = undefined, PS extends z.ZodMiniType | undefined = undefined, QS extends z.ZodMiniType | undefined = undefined>(
  spec: HttpSpec<BS, PS, QS>,
  run: (request: HttpRequest<Infer<BS>, Infer<PS>, Infer<QS>>) => Promise<HttpResult>,
): HttpHandler => {
  const core = async (event: HttpEvent, context: Context): Promise<APIGatewayProxyStructuredResultV2> => {
    checkOrigin(event.headers);
    const principal = spec.auth ? authorize(principalFromClaims(event.requestContext.authorizer?.jwt?.claims), spec.auth) : undefined;
    // A route without a body schema ignores any body (as for a GET), so only body routes answer 413/415/400 for it.
    const rawBody = spec.body ? parseJsonBody(event) : undefined;
    const params = spec.params ? parseOrThrow(spec.params, event.pathParameters ?? {}, '') : undefined;
    const query = spec.query ? parseOrThrow(spec.query, event.queryStringParameters ?? {}, 'query') : undefined;
    const body = spec.body ? parseOrThrow(spec.body, rawBody) : undefined;
    const result = await run({
      body: body as Infer<BS>,
      params: params as Infer<PS>,
      query: query as Infer<QS>,
      headers: event.headers ?? {},
      principal,
      sourceIp: clientAddressOf(event),
      event,
      context,
    } as HttpRequest<Infer<BS>, Infer<PS>, Infer<QS>>);
    logger.info('request handled', { routeKey: event.routeKey, status: result.status });
    return toResponse(result);
  };

  const handler = middy<HttpEvent, APIGatewayProxyStructuredResultV2>(core)
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(httpHeaderNormalizer())
    .use(httpSecurityHeaders(SECURITY_HEADER_OPTIONS))
    .use(problems());
  for (const m of spec.middlewares ?? []) handler.use(m);
  return Object.assign(handler, { routeAuth: spec.auth });
};
