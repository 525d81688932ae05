/**
 * `/local/*` hands out a secretariat token and switches SES off, so only this machine's own pages and tools may
 * call it: a foreign Host (DNS rebinding), a foreign Origin (a cross-site page) and a body that is not JSON
 * (a cross-site form or `text/plain` fetch, which needs no preflight) are refused before any route runs.
 */
import { request as httpRequest } from 'node:http';
import { describe, expect, inject, it } from 'vitest';

const { baseUrl } = inject('platform');
const base = new URL(baseUrl);

/** A raw HTTP request, so the Host header can be what a rebound DNS name would make it (fetch forbids setting it). */
const raw = (path: string, { method = 'POST', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
  new Promise<{ status: number; json: { type?: string; token?: string; detail?: string } | undefined }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: base.hostname,
        port: base.port,
        path,
        method,
        headers: { ...(body ? { 'content-length': String(Buffer.byteLength(body)) } : {}), ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, json });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });

const SIGN_IN = JSON.stringify({ user: 'secretariat' });
const JSON_TYPE = { 'content-type': 'application/json' };

describe('/local/* answers only this machine', () => {
  it('signs in with JSON from the site itself (the console sign-in page) and from tools that send no Origin', async () => {
    const fromPage = await raw('/local/sign-in', { headers: { ...JSON_TYPE, host: base.host, origin: base.origin }, body: SIGN_IN });
    expect(fromPage.status).toBe(200);
    expect(typeof fromPage.json?.token).toBe('string');
    const fromCurl = await raw('/local/sign-in', { headers: { ...JSON_TYPE, host: `localhost:${base.port}` }, body: SIGN_IN });
    expect(fromCurl.status).toBe(200);
  });

  it('refuses a foreign Host, as a DNS-rebound name would send, on every local route', async () => {
    for (const host of [`evil.example:${base.port}`, 'evil.example', `127.0.0.1.nip.io:${base.port}`]) {
      const signIn = await raw('/local/sign-in', { headers: { ...JSON_TYPE, host }, body: SIGN_IN });
      expect(signIn.status, host).toBe(403);
      expect(signIn.json?.type).toBe('/problems/local-dev-route');
      expect(signIn.json?.token).toBeUndefined();
      expect((await raw('/local/ses/stop', { headers: { host } })).status, host).toBe(403);
      expect((await raw('/local/streams/dead-letters', { method: 'GET', headers: { host } })).status, host).toBe(403);
    }
  });

  it('refuses a foreign Origin, as a cross-site page would send', async () => {
    for (const origin of ['https://evil.example', 'null', `http://localhost:${Number(base.port) + 1}`]) {
      const signIn = await raw('/local/sign-in', { headers: { ...JSON_TYPE, host: base.host, origin }, body: SIGN_IN });
      expect(signIn.status, origin).toBe(403);
      expect(signIn.json?.token).toBeUndefined();
      expect((await raw('/local/ses/stop', { headers: { host: base.host, origin } })).status, origin).toBe(403);
    }
  });

  it('refuses a body that is not JSON (a simple cross-site request needs no preflight)', async () => {
    for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const signIn = await raw('/local/sign-in', { headers: { 'content-type': type, host: base.host }, body: SIGN_IN });
      expect(signIn.status, type).toBe(415);
      expect(signIn.json?.token).toBeUndefined();
    }
    const untyped = await raw('/local/sign-in', { headers: { host: base.host }, body: SIGN_IN });
    expect(untyped.status).toBe(415);
  });
  it("reads an event's configuration item for the bench's floor, and nothing without an event id", async () => {
    const found = await fetch(`${baseUrl}/local/event-item?eventId=sacm-7`);
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ PK: 'EVENT#sacm-7', SK: 'CONFIG', id: 'sacm-7' });
    expect((await fetch(`${baseUrl}/local/event-item?eventId=no-such-event`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/local/event-item`)).status).toBe(400);
  });
});
