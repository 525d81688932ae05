/**
 * The one middy stack behind every HTTP handler, in the order a request meets it: request headers lower-cased;
 * the CloudFront origin check; the group check (401/403) on signed-in routes; the body's size, media type and JSON
 * (413/415/400); params, query and body validated by the spec's zod schemas (400 naming each bad field); the
 * handler, idempotent where the spec says so; then problem answers for anything thrown, and security headers on
 * every answer. A handler only wires: `export const handler = http(spec, ({ params, body }) => useCase(params, body))`.
 */
import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpSecurityHeaders from '@middy/http-security-headers';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type * as z from 'zod/mini';
import { MalformedBody, PayloadTooLarge, UnsupportedMediaType } from './http-errors.ts';
import { clientAddressOf } from './client-address.ts';
import { authorize, manageTokenOf, principalFromClaims, type Group, type Principal } from './auth.ts';
import { errorFacts, logger } from '../observability/logger.ts';
import { checkOrigin } from './origin.ts';
import { problemResponse } from './problem.ts';
import type { RouteAuth, RouteDocs, RouteSpec } from './route-spec.ts';
import { parseOrThrow } from './validation.ts';

export const MAX_BODY_BYTES = 64 * 1024;
const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** The API Gateway v2 event as our handlers see it (the JWT authorizer fills `authorizer.jwt`). */
export type HttpEvent = APIGatewayProxyEventV2 & {
  requestContext: APIGatewayProxyEventV2['requestContext'] & {
    authorizer?: { jwt?: { claims?: Record<string, string | number | boolean | string[]> } };
  };
};

type Infer<S> = S extends z.ZodMiniType ? z.output<S> : undefined;
type Part<S, K extends 'body' | 'params' | 'query'> = S extends { request: { [P in K]: infer T } } ? Infer<T> : undefined;
type Success = 200 | 201 | 202 | 203 | 204;

/** What `http(spec, run)` needs of a route spec; a full RouteSpec (shared/http/route-spec.ts) is one. */
export interface HttpSpec {
  auth?: RouteAuth;
  request?: RouteSpec['request'];
  idempotent?: RouteSpec['idempotent'];
  /** Type only: the docs of the spec's file (`defineRoute`), whose 2xx schemas type `run`'s result. */
  readonly docs?: RouteDocs;
}

/** The body of the spec's success answers (2xx) as their schemas accept it: what `run` must answer. */
export type SuccessBody<S> = S extends { readonly docs?: infer D }
  ? D extends { responses: infer R }
    ? { [K in keyof R]: K extends Success ? (R[K] extends { schema: infer Z extends z.ZodMiniType } ? z.input<Z> : undefined) : never }[keyof R]
    : unknown
  : unknown;

export type HttpRequest<S extends HttpSpec = HttpSpec> = {
  body: Part<S, 'body'>;
  params: Part<S, 'params'>;
  query: Part<S, 'query'>;
  /** Lower-cased header names. */
  headers: Record<string, string | undefined>;
  /** The client's address: the viewer as CloudFront saw it, else the connection's (shared/http/client-address.ts). */
  sourceIp: string;
  event: HttpEvent;
  /** The Lambda context (remaining time: Powertools idempotency sizes its in-progress lock with it). */
  context: Context;
} & (S extends { auth: readonly Group[] } ? { /** The signed-in user, in one of the spec's groups. */ principal: Principal } : unknown) &
  (S extends { auth: 'manageToken' }
    ? { /** From `Authorization: Bearer <token>`; the use case checks it. */ manageToken: string | undefined }
    : unknown) &
  (S extends { idempotent: object }
    ? {
        /**
         * Runs `work` once per Idempotency-Key (scope and operation from the spec, the body as payload): a repeat
         * gets the first run's value back, and the answer then carries `Idempotent-Replayed: true`. What runs before
         * it (a token check) or after it (a value never stored, such as a manage link) is the handler's choice.
         */
        idempotent: <T>(work: () => Promise<T>) => Promise<T>;
      }
    : unknown);

export interface HttpResult<B = unknown> {
  status: number;
  /** JSON-serialised unless `text` is given. */
  body?: B;
  /** A non-JSON body (CSV, iCalendar), sent with `contentType`. */
  text?: string;
  /** A binary body (a PDF), sent with `contentType`: base64 with `isBase64Encoded`, which API Gateway decodes. */
  bytes?: Uint8Array;
  contentType?: string;
  headers?: Record<string, string>;
}

export const ok = <B>(body: B, headers?: Record<string, string>): HttpResult<B> => ({ status: 200, body, ...(headers ? { headers } : {}) });
export const created = <B>(body: B, headers?: Record<string, string>): HttpResult<B> => ({ status: 201, body, ...(headers ? { headers } : {}) });
export const accepted = <B>(body: B): HttpResult<B> => ({ status: 202, body });

/**
 * What a kind of route adds to every request and to its answer: functions/idempotent-http.ts gives idempotent
 * routes their `idempotent(work)` and the `Idempotent-Replayed` header, so that only their bundles carry it.
 */
export type RequestExtension = (
  spec: HttpSpec,
  parts: { headers: Record<string, string | undefined>; params: unknown; body: unknown; context: Context },
) => { extras: object; finish: (result: HttpResult) => HttpResult };

export type HttpHandler = middy.MiddyfiedHandler<HttpEvent, APIGatewayProxyStructuredResultV2, Error, Context> & {
  /** The spec the handler was made from: the route table lists the same object (tested). */
  readonly spec: HttpSpec;
};

/** 413, 415 and 400 for the body as a whole, before any validation. The body is decoded once, for its size and its JSON. */
const parseJsonBody = (event: HttpEvent): unknown => {
  if (typeof event.body !== 'string' || event.body === '') return undefined;
  const bytes = Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8');
  if (bytes.byteLength > MAX_BODY_BYTES) throw new PayloadTooLarge(MAX_BODY_BYTES);
  const contentType = event.headers?.['content-type'] ?? '';
  if (!JSON_MEDIA_TYPE.test(contentType)) throw new UnsupportedMediaType();
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new MalformedBody();
  }
};

const toResponse = (result: HttpResult): APIGatewayProxyStructuredResultV2 => {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', ...result.headers };
  if (result.bytes !== undefined) {
    return {
      statusCode: result.status,
      headers: { 'Content-Type': result.contentType ?? 'application/octet-stream', ...headers },
      body: Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength).toString('base64'),
      isBase64Encoded: true,
    };
  }
  if (result.text !== undefined) {
    return {
      statusCode: result.status,
      headers: { 'Content-Type': result.contentType ?? 'text/plain; charset=utf-8', ...headers },
      body: result.text,
    };
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

/**
 * `http` with an extension, or none. The returned `http(spec, run)` takes from the spec: the group check (401/403)
 * or the manage token, the body (413/415/400 malformed), params, query and body validated (400 naming each bad
 * field), and what the extension adds; `run` gets what the spec declares, typed.
 */
export const makeHttp =
  (extend?: RequestExtension) =>
  <const S extends HttpSpec>(spec: S, run: (request: HttpRequest<S>) => Promise<HttpResult<SuccessBody<S>>>): HttpHandler => {
    const groups = Array.isArray(spec.auth) ? (spec.auth as readonly Group[]) : undefined;
    const request = spec.request ?? {};

    const core = async (event: HttpEvent, context: Context): Promise<APIGatewayProxyStructuredResultV2> => {
      checkOrigin(event.headers);
      const principal = groups ? authorize(principalFromClaims(event.requestContext.authorizer?.jwt?.claims), groups) : undefined;
      // A route without a body schema ignores any body (as for a GET), so only body routes answer 413/415/400 for it.
      const rawBody = request.body ? parseJsonBody(event) : undefined;
      const params = request.params ? parseOrThrow(request.params, event.pathParameters ?? {}, '') : undefined;
      const query = request.query ? parseOrThrow(request.query, event.queryStringParameters ?? {}, 'query') : undefined;
      const body = request.body ? parseOrThrow(request.body, rawBody) : undefined;
      const headers = event.headers ?? {};
      const extension = extend?.(spec, { headers, params, body, context });
      const result: HttpResult = await run({
        body,
        params,
        query,
        headers,
        sourceIp: clientAddressOf(event),
        event,
        context,
        ...(principal ? { principal } : {}),
        ...(spec.auth === 'manageToken' ? { manageToken: manageTokenOf(headers) } : {}),
        ...extension?.extras,
      } as HttpRequest<S>);
      const answer = extension ? extension.finish(result) : result;
      logger.info('request handled', { routeKey: event.routeKey, status: answer.status });
      return toResponse(answer);
    };

    // middy runs `before` hooks in this order and `after`/`onError` hooks in reverse: on an error, problems() makes
    // the answer first and the security headers are then added to it, as to any other answer.
    const handler = middy<HttpEvent, APIGatewayProxyStructuredResultV2>(core)
      .use(injectLambdaContext(logger, { resetKeys: true }))
      .use(httpHeaderNormalizer())
      .use(httpSecurityHeaders(SECURITY_HEADER_OPTIONS))
      .use(problems());
    return Object.assign(handler, { spec });
  };

/** `http(spec, run)` for every route that is not idempotent (those use functions/idempotent-http.ts). */
export const http: <const S extends HttpSpec & { idempotent?: undefined }>(
  spec: S,
  run: (request: HttpRequest<S>) => Promise<HttpResult<SuccessBody<S>>>,
) => HttpHandler = makeHttp();
