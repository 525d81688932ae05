/**
 * A stand-in for the SES query API that records every SendRawEmail and answers as told: success, throttling, a
 * rejection, a server error, late (it takes the message and answers after `lateMs`, past the client's timeout), or
 * lost (it never takes the message and answers nothing in time). It can stop and start again on the same port, so a
 * client sees refused connections. The real SES client talks to it, so its timeouts, retries and error parsing are
 * what is tested. Like the SES emulator it serves `GET /store`: the messages it took, each with its outbox id header,
 * which is where the mailer's local confirmation lookup (shared/adapters/ses-send-confirmations.ts) looks.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedEmail {
  outboxId: string | undefined;
  destination: string | undefined;
  configurationSet: string | undefined;
  source: string | undefined;
  /** The `plenary-send` message tag the send carried. */
  tag: string | undefined;
  raw: string;
  messageId?: string;
  /** Epoch seconds, as the emulator keeps it. */
  at?: number;
}

export type FakeAnswer = 'ok' | 'throttle' | 'reject' | 'error500' | 'late' | 'lost';

const xmlError = (code: string, message: string, type = 'Sender') =>
  `<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><Error><Type>${type}</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>fake</RequestId></ErrorResponse>`;

const tagOf = (form: URLSearchParams): string | undefined => {
  for (let i = 1; form.has(`Tags.member.${i}.Name`); i += 1) {
    if (form.get(`Tags.member.${i}.Name`) === 'plenary-send') return form.get(`Tags.member.${i}.Value`) ?? undefined;
  }
  return undefined;
};

export const startFakeSes = async ({ lateMs = 6_000 }: { lateMs?: number } = {}) => {
  const accepted: ReceivedEmail[] = [];
  const attempts: ReceivedEmail[] = [];
  let decide: (email: ReceivedEmail) => FakeAnswer = () => 'ok';
  let counter = 0;
  const timers = new Set<NodeJS.Timeout>();
  const later = (fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, lateMs);
    timers.add(timer);
  };

  const createFake = () =>
    createServer((request, response) => {
      if (request.method === 'GET' && request.url?.startsWith('/store')) {
        response.setHeader('Content-Type', 'application/json');
        const emails = accepted.map((e) => ({
          messageId: e.messageId,
          at: e.at,
          destination: { to: [e.destination] },
          headers: [{ name: 'X-Plenary-Outbox-Id', value: e.outboxId }],
        }));
        response.end(JSON.stringify({ emails }));
        return;
      }
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        const form = new URLSearchParams(body);
        const raw = Buffer.from(form.get('RawMessage.Data') ?? '', 'base64').toString('utf8');
        const email: ReceivedEmail = {
          outboxId: /^X-Plenary-Outbox-Id: (\S+)/im.exec(raw.split('\r\n\r\n')[0] ?? '')?.[1],
          destination: form.get('Destinations.member.1') ?? undefined,
          configurationSet: form.get('ConfigurationSetName') ?? undefined,
          source: form.get('Source') ?? undefined,
          tag: tagOf(form),
          raw,
        };
        attempts.push(email);
        const answer = decide(email);
        response.setHeader('Content-Type', 'text/xml');
        if (answer === 'throttle') {
          response.statusCode = 400;
          response.end(xmlError('Throttling', 'Maximum sending rate exceeded.'));
        } else if (answer === 'reject') {
          response.statusCode = 400;
          response.end(xmlError('MessageRejected', 'Email address is not verified.'));
        } else if (answer === 'error500') {
          response.statusCode = 500;
          response.end(xmlError('InternalFailure', 'Something went wrong.', 'Receiver'));
        } else if (answer === 'lost') {
          // Never taken, never answered in time: the client gives up first.
          later(() => response.destroy());
        } else {
          counter += 1;
          Object.assign(email, { messageId: `fake-${counter}`, at: Math.floor(Date.now() / 1000) });
          accepted.push(email);
          const ok = `<SendRawEmailResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><SendRawEmailResult><MessageId>${email.messageId}</MessageId></SendRawEmailResult><ResponseMetadata><RequestId>r${counter}</RequestId></ResponseMetadata></SendRawEmailResponse>`;
          if (answer === 'late') later(() => response.end(ok));
          else response.end(ok);
        }
      });
    });

  const listen = (server: Server, port: number) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const close = (server: Server) =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });

  let server: Server | undefined = createFake();
  await listen(server, 0);
  const port = (server.address() as AddressInfo).port;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    /** Emails SES accepted, and every attempt including refused ones. */
    accepted,
    attempts,
    answerWith(rule: (email: ReceivedEmail) => FakeAnswer) {
      decide = rule;
    },
    acceptedFor: (outboxId: string) => accepted.filter((e) => e.outboxId === outboxId),
    attemptsFor: (outboxId: string) => attempts.filter((e) => e.outboxId === outboxId),
    /** Closes the port: connections are refused until `start`. */
    stop: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const closing = server;
      server = undefined;
      if (closing) await close(closing);
    },
    start: async () => {
      if (server) return;
      server = createFake();
      await listen(server, port);
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      if (server) await close(server);
      server = undefined;
    },
  };
};
