/**
 * In AWS only CloudFront may call the API: CloudFront adds a secret header and every API function refuses a
 * request without it, before it parses or reads anything (shared/http/origin.ts). Locally nothing is checked.
 */
import type { Context } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { http, ok, type HttpEvent } from '../../shared/http/http-handler.ts';
import { ORIGIN_VERIFY_HEADER } from '../../shared/http/origin.ts';

const SECRET = 'x'.repeat(48);
let ran = 0;
const handler = http({}, async () => {
  ran++;
  return ok({ fine: true });
});

const event = (headers: Record<string, string>): HttpEvent =>
  ({
    version: '2.0',
    routeKey: 'GET /api/health',
    rawPath: '/api/health',
    rawQueryString: '',
    headers,
    isBase64Encoded: false,
    requestContext: {
      http: { method: 'GET', path: '/api/health', protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'test' },
      requestId: 'r',
      routeKey: 'GET /api/health',
      stage: '$default',
    },
  }) as unknown as HttpEvent;
const context = { functionName: 'test', awsRequestId: 'r', getRemainingTimeInMillis: () => 10_000 } as unknown as Context;
const call = async (headers: Record<string, string>) => {
  const result = (await handler(event(headers), context)) as { statusCode: number; body?: string };
  return { status: result.statusCode, body: result.body ? (JSON.parse(result.body) as Record<string, unknown>) : undefined };
};

describe('requests that did not come through CloudFront', () => {
  afterEach(() => {
    delete process.env.ORIGIN_VERIFY;
    ran = 0;
  });

  it('are refused with 403 before the handler runs: no header, a wrong value, a value of another length', async () => {
    process.env.ORIGIN_VERIFY = SECRET;
    for (const headers of [
      {} as Record<string, string>,
      { [ORIGIN_VERIFY_HEADER]: 'y'.repeat(48) },
      { [ORIGIN_VERIFY_HEADER]: 'x' },
      { [ORIGIN_VERIFY_HEADER]: '' },
    ]) {
      const answer = await call(headers);
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({ type: '/problems/not-through-the-site', status: 403 });
    }
    expect(ran).toBe(0);
  });

  it("pass when CloudFront's header carries the value, whatever case the header name arrives in", async () => {
    process.env.ORIGIN_VERIFY = SECRET;
    expect((await call({ [ORIGIN_VERIFY_HEADER]: SECRET })).status).toBe(200);
    expect((await call({ 'X-Plenary-Origin': SECRET })).status).toBe(200);
    expect(ran).toBe(2);
  });

  it('are not checked where no value is configured (the local platform has no CloudFront)', async () => {
    expect((await call({})).status).toBe(200);
  });
});
