/**
 * The one HTTP server of the local platform: `/api/...` goes to the API Gateway stand-in, `/local/...` to
 * the dev routes, everything else to the web pages. Every answer carries the site's security headers,
 * as CloudFront adds them in AWS.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { siteSecurityHeaders } from './site-headers.ts';
import type { DevContext, DevRoute } from './dev-routes.ts';

type Handle = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

const DEV_BODY_LIMIT = 64 * 1024;

const readJson = async (req: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > DEV_BODY_LIMIT) throw new Error('body too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text.trim() === '' ? undefined : JSON.parse(text);
};

const answer = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void => {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (body === undefined) {
    res.end();
    return;
  }
  if (!res.hasHeader('Content-Type')) res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
};

const devProblem = (status: number, title: string, detail?: string) => ({
  type: '/problems/local-dev-route',
  title,
  status,
  ...(detail ? { detail } : {}),
});

/** Names this machine answers to; anything else in Host is a name someone pointed at 127.0.0.1 (DNS rebinding). */
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);
const JSON_BODY = /^application\/json\s*(?:;|$)/i;

/**
 * Why a `/local/*` request may not run, or undefined. `/local/sign-in` hands out a secretariat token and the other
 * routes switch SES off or drain the streams, so only this machine's own pages and tools may call them:
 * - Host must be a loopback name: a page on a rebound DNS name reaches 127.0.0.1 with its own name in Host.
 * - Origin, when a browser sends one, must be this very site: a page elsewhere may POST here without CORS.
 * - A body must be JSON: `text/plain`, forms and multipart are "simple" requests a cross-site page sends without
 *   a preflight, while `application/json` needs a preflight that this server never grants.
 */
export const devRequestRefusal = (req: IncomingMessage): { status: number; title: string; detail: string } | undefined => {
  const host = req.headers.host ?? '';
  const hostname = /^(\[[^\]]*\]|[^:]*)(?::\d+)?$/.exec(host)?.[1]?.toLowerCase() ?? '';
  if (!LOOPBACK_NAMES.has(hostname))
    return { status: 403, title: 'Foreign host', detail: 'The local routes answer only to localhost, 127.0.0.1 or [::1].' };
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`)
    return { status: 403, title: 'Foreign origin', detail: 'The local routes answer only to pages of this site.' };
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (hasBody && !JSON_BODY.test(req.headers['content-type'] ?? ''))
    return { status: 415, title: 'Unsupported media type', detail: 'Send the body as application/json.' };
  return undefined;
};

const devHandler =
  (routes: Record<string, DevRoute>, context: DevContext): Handle =>
  async (req, res) => {
    const refusal = devRequestRefusal(req);
    if (refusal)
      return answer(res, refusal.status, devProblem(refusal.status, refusal.title, refusal.detail), { 'Content-Type': 'application/problem+json' });
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routes[`${req.method} ${url.pathname}`];
    if (!route) {
      const allowed = Object.keys(routes)
        .filter((key) => key.endsWith(` ${url.pathname}`))
        .map((key) => key.split(' ')[0]!);
      if (allowed.length)
        return answer(res, 405, devProblem(405, 'Method not allowed'), { Allow: allowed.join(', '), 'Content-Type': 'application/problem+json' });
      return answer(res, 404, devProblem(404, 'No such local route'), { 'Content-Type': 'application/problem+json' });
    }
    let body: unknown;
    try {
      body = await readJson(req);
    } catch {
      return answer(res, 400, devProblem(400, 'Malformed body'), { 'Content-Type': 'application/problem+json' });
    }
    const result = await route(context, { body, url });
    answer(res, result.status, result.body, result.headers);
  };

export const createPlatformServer = ({
  api,
  dev,
  site,
}: {
  api: Handle;
  dev: { routes: Record<string, DevRoute>; context: DevContext };
  site: Handle;
}): Server => {
  const local = devHandler(dev.routes, dev.context);
  return createServer((req, res) => {
    // Read per request: the S3 stand-in starts after this server (its CORS rule needs the site's origin).
    const s3 = process.env.S3_ENDPOINT;
    for (const [name, value] of Object.entries(siteSecurityHeaders(s3 ? [new URL(s3).origin] : []))) res.setHeader(name, value);
    const path = (req.url ?? '/').split('?')[0]!;
    const handle = path === '/api' || path.startsWith('/api/') ? api : path.startsWith('/local/') ? local : site;
    Promise.resolve(handle(req, res)).catch(() => {
      // Handlers answer their own errors; this is the last resort, with nothing internal in it.
      if (!res.headersSent) answer(res, 500, devProblem(500, 'Internal error'), { 'Content-Type': 'application/problem+json' });
      else res.destroy();
    });
  });
};
