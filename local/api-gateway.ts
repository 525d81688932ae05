/**
 * The local stand-in for API Gateway (HTTP API, payload format 2.0): routes a Node request by the route
 * table, checks the bearer token on admin routes (401 without a valid one, as the JWT authorizer does),
 * builds the same event Lambda would receive, invokes the same handler module, and writes its answer.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Route } from '../shared/http/route-spec.ts';
import type { HttpEvent, HttpHandler } from '../shared/http/http-handler.ts';
import { NotFound, Unauthenticated } from '../shared/domain/errors.ts';
import { MethodNotAllowed, PayloadTooLarge } from '../shared/http/http-errors.ts';
import { problemResponse } from '../shared/http/problem.ts';
import { routeMatcher } from '../shared/http/route-matcher.ts';
import { VIEWER_ADDRESS_HEADER } from '../shared/http/client-address.ts';
import { lambdaContext } from './lambda-context.ts';
import { runAs } from './dynamodb-permissions.ts';
import { loadFunction } from './function-loader.ts';
import type { LocalAuth } from './local-auth.ts';

/** API Gateway refuses payloads over 10 MB before any Lambda runs. */
const GATEWAY_MAX_BYTES = 10 * 1024 * 1024;

export const loadHandler = (module: string): Promise<HttpHandler> => loadFunction<HttpHandler>(module);

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > GATEWAY_MAX_BYTES) {
        reject(new PayloadTooLarge(GATEWAY_MAX_BYTES));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const write = (res: ServerResponse, result: APIGatewayProxyStructuredResultV2): void => {
  // Lambda serialises the answer as JSON, which drops an undefined header; API Gateway never sends one.
  for (const [name, value] of Object.entries(result.headers ?? {})) if (value !== undefined && value !== null) res.setHeader(name, String(value));
  if (result.cookies?.length) res.setHeader('Set-Cookie', result.cookies);
  res.statusCode = result.statusCode ?? 200;
  const body = result.body ?? '';
  res.end(result.isBase64Encoded ? Buffer.from(body, 'base64') : body);
};

/**
 * X-Plenary-Viewer-Address as the Lambda sees it. As CloudFront's function does, it is the connection's address, whatever
 * the caller sent; only a gateway started for tests keeps the caller's, so tests can be many clients.
 */
export const viewerAddress = (sent: string | undefined, connection: string, trustSent: boolean): string => (trustSent && sent ? sent : connection);

const toEvent = (
  req: IncomingMessage,
  url: URL,
  route: Route,
  params: Record<string, string>,
  body: Buffer,
  claims: Record<string, unknown> | undefined,
  trustViewerAddress: boolean,
): HttpEvent => {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  const sourceIp = req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1';
  headers[VIEWER_ADDRESS_HEADER] = viewerAddress(headers[VIEWER_ADDRESS_HEADER], `${sourceIp}:${req.socket.remotePort ?? 0}`, trustViewerAddress);
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = name in query ? `${query[name]},${value}` : value;
  const isText = body.length === 0 || /json|text|xml|form-urlencoded/i.test(headers['content-type'] ?? '');
  const now = new Date();
  return {
    version: '2.0',
    routeKey: `${route.method} ${route.path}`,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    ...(Object.keys(params).length ? { pathParameters: params } : {}),
    ...(body.length ? { body: isText ? body.toString('utf8') : body.toString('base64') } : {}),
    isBase64Encoded: body.length > 0 && !isText,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: req.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: `${route.method} ${route.path}`,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
      ...(claims ? { authorizer: { jwt: { claims: claims as Record<string, string>, scopes: [] } } } : {}),
    },
  } as HttpEvent;
};

const bearer = (req: IncomingMessage): string | undefined => {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(.+)$/i.exec(header) : null;
  return match?.[1];
};

/** Handles one `/api/...` request; the caller has checked the prefix. */
export interface ApiGatewayOptions {
  routes: readonly Route[];
  auth: LocalAuth;
  /** Tests only: keep a caller's X-Plenary-Viewer-Address instead of setting it from the connection. */
  trustViewerAddress?: boolean;
}

export const createApiGateway = ({ routes, auth, trustViewerAddress = false }: ApiGatewayOptions) => {
  const match = routeMatcher(routes);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      const found = match(req.method ?? 'GET', url.pathname);
      if (found.kind === 'no-route') throw new NotFound('No such route.');
      if (found.kind === 'wrong-method') throw new MethodNotAllowed(found.allowed);
      const { route, params } = found;
      let claims: Record<string, unknown> | undefined;
      if (route.auth !== 'public') {
        const token = bearer(req);
        claims = token ? await auth.verify(token) : undefined;
        if (!claims) throw new Unauthenticated();
      }
      const body = await readBody(req);
      const handler = await loadHandler(route.handler);
      const event = toEvent(req, url, route, params, body, claims, trustViewerAddress);
      const invoke = () => handler(event, lambdaContext(route.handler.replace('/', '-'))) as Promise<APIGatewayProxyStructuredResultV2>;
      const result = await runAs({ name: route.handler, access: route.access }, invoke);
      write(res, result);
    } catch (error) {
      write(res, problemResponse(error));
    }
  };
};
