import fc from 'fast-check';
import { isIPv6 } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  clientOf,
  DEFAULT_CLIENT_LIMIT_PER_HOUR,
  DEFAULT_EMAIL_LIMIT_PER_HOUR,
  makePublicWriteLimits,
  publicWriteLimitsOf,
  type RateLimiter,
} from '../../shared/domain/rate-limits.ts';
import type { EventConfig } from '../../shared/domain/event-config.ts';
import { addressOfViewerHeader, clientAddressOf } from '../../shared/http/client-address.ts';

describe('the client a source address counts as', () => {
  it('an IPv4 address is itself', () => {
    expect(clientOf('203.0.113.7')).toBe('203.0.113.7');
    expect(clientOf('203.0.113.8')).not.toBe(clientOf('203.0.113.7'));
  });

  it('an IPv6 address is its /64, however it is written', () => {
    const client = clientOf('2001:db8:aa:1::1');
    expect(client).toBe('2001:db8:aa:1::/64');
    for (const same of [
      '2001:DB8:AA:1:FFFF:FFFF:FFFF:FFFE',
      '2001:0db8:00aa:0001:1234:5678:9abc:def0',
      '[2001:db8:aa:1:dead:beef::7]',
      '2001:db8:aa:1::9%eth0',
    ]) {
      expect(clientOf(same), same).toBe(client);
    }
    for (const other of ['2001:db8:aa:2::1', '2001:db8:aa:0:ffff::1', '2001:db8:ab:1::1', '::1']) expect(clientOf(other), other).not.toBe(client);
  });

  it('agrees with Node on any generated address: IPv4 as itself, IPv6 as the /64 of its first four groups', () => {
    fc.assert(
      fc.property(fc.ipV4(), (ip) => {
        expect(clientOf(ip)).toBe(ip);
      }),
    );
    fc.assert(
      fc.property(fc.ipV6(), (ip) => {
        const client = clientOf(ip);
        // Either a mapped IPv4 address, or a /64 whose every address counts as the same client.
        if (client.endsWith('::/64')) {
          expect(isIPv6(client.slice(0, -3))).toBe(true);
          expect(clientOf(`${client.slice(0, -5)}:ffff:ffff:ffff:ffff`)).toBe(client);
        } else {
          expect(client).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
        }
      }),
    );
  });

  it('an IPv4-mapped IPv6 address is the IPv4 address', () => {
    expect(clientOf('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientOf('::ffff:cb00:7107')).toBe('203.0.113.7');
  });
});

describe('the client address of a request', () => {
  const event = (headers: Record<string, string>, sourceIp = '198.51.100.1') =>
    ({ headers, requestContext: { http: { sourceIp } } }) as unknown as Parameters<typeof clientAddressOf>[0];

  it('is the viewer CloudFront saw, not the edge server that connected', () => {
    expect(clientAddressOf(event({ 'x-plenary-viewer-address': '203.0.113.7:46532' }))).toBe('203.0.113.7');
    expect(clientAddressOf(event({ 'x-plenary-viewer-address': '2001:db8::1:46532' }))).toBe('2001:db8::1');
  });

  it('is the connection when the header is missing or not an address', () => {
    expect(clientAddressOf(event({}))).toBe('198.51.100.1');
    expect(clientAddressOf(event({ 'x-plenary-viewer-address': 'evil' }))).toBe('198.51.100.1');
    expect(addressOfViewerHeader('1.2.3.4:99999999')).toBeUndefined();
    expect(addressOfViewerHeader('[2001:db8::7]:443')).toBe('2001:db8::7');
  });
});

describe('the limits of an event', () => {
  it('default to 100 per client and 5 per address an hour when the event says nothing', () => {
    expect(publicWriteLimitsOf({ registration: {} })).toEqual({
      clientLimitPerHour: DEFAULT_CLIENT_LIMIT_PER_HOUR,
      emailLimitPerHour: DEFAULT_EMAIL_LIMIT_PER_HOUR,
    });
    expect(DEFAULT_CLIENT_LIMIT_PER_HOUR).toBe(100);
    expect(DEFAULT_EMAIL_LIMIT_PER_HOUR).toBe(5);
    expect(publicWriteLimitsOf({ registration: { clientLimitPerHour: 7, emailLimitPerHour: 2 } })).toEqual({
      clientLimitPerHour: 7,
      emailLimitPerHour: 2,
    });
  });
});

describe('the local gateway stands in for CloudFront', () => {
  it('sets X-Plenary-Viewer-Address from the connection, whatever the caller sent, unless started for tests', async () => {
    const { viewerAddress } = await import('../../local/api-gateway.ts');
    expect(viewerAddress('2001:db8::1:443', '127.0.0.1:50000', false)).toBe('127.0.0.1:50000');
    expect(viewerAddress(undefined, '127.0.0.1:50000', true)).toBe('127.0.0.1:50000');
    expect(viewerAddress('2001:db8::1:443', '127.0.0.1:50000', true)).toBe('2001:db8::1:443');
  });
});

describe('counting a public write', () => {
  const event = { id: 'sacm-7', registration: { clientLimitPerHour: 3, emailLimitPerHour: 1 }, press: { hourlyLimit: 2 } } as unknown as EventConfig;
  /** A limiter over counters in memory that answers only when told, so the test sees which calls are in flight together. */
  const heldLimiter = () => {
    const counts = new Map<string, number>();
    const pending: (() => void)[] = [];
    const limiter: RateLimiter = {
      consume: ({ scope, value, limit }) =>
        new Promise((resolve) =>
          pending.push(() => {
            const key = `${scope}/${value}`;
            const now = counts.get(key) ?? 0;
            if (now >= limit) return resolve(false);
            counts.set(key, now + 1);
            resolve(true);
          }),
        ),
    };
    const answerAll = () => pending.splice(0).forEach((answer) => answer());
    return { limiter, counts, pending, answerAll };
  };
  const write = { sourceAddress: '203.0.113.7', email: { address: 'Ana@Example.org', form: 'registration' as const } };

  it('counts the address and the client at once (one round trip), and refuses when either is past its limit', async () => {
    const { limiter, counts, pending, answerAll } = heldLimiter();
    const limits = makePublicWriteLimits({ limiter, clock: { now: () => new Date('2026-07-01T14:10:00Z') } });
    const first = limits.count(event, write);
    await Promise.resolve();
    expect(pending).toHaveLength(2);
    answerAll();
    await first;
    const second = limits.count(event, write);
    await Promise.resolve();
    answerAll();
    await expect(second).rejects.toMatchObject({ status: 429 });
    // Refused by the address, still counted by the client: the cautious side.
    expect(Object.fromEntries(counts)).toEqual({ 'email:registration/ana@example.org': 1, 'client/203.0.113.7': 2 });
  });

  it("passes on the limiter's failure rather than a 429", async () => {
    const failure = new Error('throttled');
    const limits = makePublicWriteLimits({
      limiter: { consume: async ({ scope }) => (scope === 'client' ? Promise.reject(failure) : true) },
      clock: { now: () => new Date('2026-07-01T14:10:00Z') },
    });
    await expect(limits.count(event, write)).rejects.toBe(failure);
  });
});
