/**
 * The SES emulator (aws-ses-v2-local) in-process, bound to 127.0.0.1. It can be stopped and started
 * again on the same port (fault tests); its mail store lives in the module, so restarts keep the mail.
 *
 * The mailer sends SES v2 SendEmail with simple content, whose headers (`X-Plenary-Outbox-Id` among them) the
 * emulator keeps in its store: the mailer's local confirmation lookup reads `GET /store` and finds a message by
 * it, as a Send event names it in AWS (shared/adapters/ses-send-confirmations.ts).
 *
 * Two things are added in front of its request handler:
 * - the display names of what it stores are decoded: the emulator keeps FromEmailAddress, ToAddresses and
 *   ReplyToAddresses as sent, with non-ASCII names as RFC 2047 encoded words, which a mail client would decode;
 *   the local mailbox shows them as a mail client would;
 * - `answerAfter(ms)`: SES slow to answer. The message is taken and stored at once, and the answer is held for
 *   `ms` (past the SES client's 5 s request timeout, the mailer sees no answer). `POST /local/ses/slow`.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SesLocal {
  /** The SES API endpoint for the SDK client, and the web mailbox. */
  endpoint: string;
  running(): boolean;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Holds every SES answer for `ms` (0: answer at once again). */
  answerAfter(ms: number): void;
  answerDelayMs(): number;
}

const HOST = '127.0.0.1';

type SesServer = (config: { host: string; port: number }) => Promise<Server>;
interface StoredAddresses {
  messageId: string;
  from: string;
  replyTo: string[];
  destination: { to: string[] };
}
interface EmulatorStore {
  getStoreReadonly(): { emails: StoredAddresses[] };
}

const load = async (): Promise<{ sesServer: SesServer; store: EmulatorStore }> => {
  const module = (await import('aws-ses-v2-local')) as unknown as { default: SesServer | { default: SesServer } };
  // A CommonJS module with `exports.default`: Node's ESM loader nests it one level deeper than tsx/vite do.
  const sesServer = typeof module.default === 'function' ? module.default : module.default.default;
  // The same CommonJS module instance the emulator's handlers write to (one require cache).
  const store = (await import('aws-ses-v2-local/dist/store.js')) as unknown as EmulatorStore & { default?: EmulatorStore };
  return { sesServer, store: typeof store.getStoreReadonly === 'function' ? store : store.default! };
};

/** The UTF-8 base64 encoded words the mailer writes (shared/email/encoded-mailbox.ts), as text; adjacent words join. */
export const decodeEncodedWords = (value: string): string =>
  value
    .replace(/(\?=)\s+(?==\?UTF-8\?B\?)/gi, '$1')
    .replace(/=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/gi, (_, base64: string) => Buffer.from(base64, 'base64').toString('utf8'));

const decodeNames = (email: StoredAddresses) => {
  email.from = decodeEncodedWords(email.from);
  email.replyTo = email.replyTo.map(decodeEncodedWords);
  email.destination.to = email.destination.to.map(decodeEncodedWords);
};

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

const close = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.close(() => resolve());
    // Keep-alive sockets would hold the port open.
    server.closeAllConnections();
  });

export const startSesLocal = async ({ port = 0 }: { port?: number } = {}): Promise<SesLocal> => {
  const { sesServer, store } = await load();
  let delayMs = 0;
  const held = new Set<NodeJS.Timeout>();

  /** Wraps the emulator's express app: decodes the names of what it stores, and holds the answer when slow. */
  const wrap =
    (app: Listener): Listener =>
    (req, res) => {
      const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
      res.end = ((...args: unknown[]) => {
        if (req.url === '/v2/email/outbound-emails' && res.statusCode === 200) {
          const messageId = /"MessageId":"([^"]+)"/.exec(String(args[0] ?? ''))?.[1];
          const stored = messageId ? store.getStoreReadonly().emails.find((e) => e.messageId === messageId) : undefined;
          if (stored) decodeNames(stored);
        }
        if (delayMs <= 0 || req.method !== 'POST' || req.url === '/clear-store') return end(...args);
        const timer = setTimeout(() => {
          held.delete(timer);
          if (!res.destroyed) end(...args);
        }, delayMs);
        held.add(timer);
        return res;
      }) as typeof res.end;
      app(req, res);
    };

  const listen = async (port: number): Promise<Server> => {
    const server = await sesServer({ host: HOST, port });
    const [app] = server.listeners('request') as Listener[];
    server.removeAllListeners('request');
    server.on('request', wrap(app!));
    return server;
  };

  let server: Server | undefined = await listen(port);
  const boundPort = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://${HOST}:${boundPort}`,
    running: () => server !== undefined,
    stop: async () => {
      if (!server) return;
      const closing = server;
      server = undefined;
      for (const timer of held) clearTimeout(timer);
      held.clear();
      await close(closing);
    },
    start: async () => {
      server ??= await listen(boundPort);
    },
    answerAfter: (ms) => {
      delayMs = Math.max(0, ms);
    },
    answerDelayMs: () => delayMs,
  };
};
