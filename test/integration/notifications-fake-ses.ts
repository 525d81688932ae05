/**
 * A stand-in for the SES v2 API that records every SendEmail and answers as told: success, throttling, a
 * rejection, a server error, late (it takes the message and answers after `lateMs`, past the client's timeout), or
 * lost (it never takes the message and answers nothing in time). It can stop and start again on the same port, so a
 * client sees refused connections. The real SES client talks to it, so its timeouts, retries and error parsing are
 * what is tested. Each message is also built into MIME as SES would (test/support/ses-v2-mime.ts), so tests parse
 * what a recipient would get. Like the SES emulator it serves `GET /store`: the messages it took, each with its outbox id header,
 * which is where the mailer's local confirmation lookup (shared/adapters/ses-send-confirmations.ts) looks.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SendEmailCommandInput } from '@aws-sdk/client-sesv2';
import { mimeOfSendEmail } from '../support/ses-v2-mime.ts';

export interface ReceivedEmail {
  outboxId: string | undefined;
  /** The one recipient's address (ToAddresses holds one mailbox, maybe with a display name). */
  destination: string | undefined;
  /** How many mailboxes the request listed as recipients (To, Cc and Bcc). */
  recipients: number;
  configurationSet: string | undefined;
  /** The address in FromEmailAddress. */
  source: string | undefined;
  /** FromEmailAddress as sent (display name and address). */
  from: string | undefined;
  /** The `plenary-send` message tag the send carried. */
  tag: string | undefined;
  /** The message as SES would build it. */
  raw: Buffer;
  messageId?: string;
  /** Epoch seconds, as the emulator keeps it. */
  at?: number;
}

export type FakeAnswer = 'ok' | 'throttle' | 'reject' | 'error500' | 'late' | 'lost';

/** A REST-JSON error as SES v2 answers it: the error's name in x-amzn-ErrorType. */
const jsonError = (response: ServerResponse, status: number, code: string, message: string) => {
  response.statusCode = status;
  response.setHeader('x-amzn-ErrorType', code);
  response.end(JSON.stringify({ message }));
};

const addressOf = (mailbox: string | undefined) => (mailbox ? (/<([^<>]+)>$/.exec(mailbox)?.[1] ?? mailbox) : undefined);

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
      // The MIME build is async; the handler answers on its own, so the promise is not awaited.
      request.on('end', () => void handle());
      const handle = async () => {
        if (request.method !== 'POST' || request.url !== '/v2/email/outbound-emails') {
          jsonError(response, 404, 'NotFoundException', `No route ${request.method} ${request.url}`);
          return;
        }
        const input = JSON.parse(body) as SendEmailCommandInput & { Content: { Simple: { Attachments?: { RawContent?: string }[] } } };
        const { ToAddresses = [], CcAddresses = [], BccAddresses = [] } = input.Destination ?? {};
        const email: ReceivedEmail = {
          outboxId: input.Content?.Simple?.Headers?.find((h) => h.Name === 'X-Plenary-Outbox-Id')?.Value,
          destination: addressOf(ToAddresses[0]),
          recipients: ToAddresses.length + CcAddresses.length + BccAddresses.length,
          configurationSet: input.ConfigurationSetName,
          source: addressOf(input.FromEmailAddress),
          from: input.FromEmailAddress,
          tag: input.EmailTags?.find((t) => t.Name === 'plenary-send')?.Value,
          raw: await mimeOfSendEmail(input as Parameters<typeof mimeOfSendEmail>[0]),
        };
        attempts.push(email);
        const answer = decide(email);
        response.setHeader('Content-Type', 'application/json');
        if (answer === 'throttle') jsonError(response, 429, 'TooManyRequestsException', 'Maximum sending rate exceeded.');
        else if (answer === 'reject') jsonError(response, 400, 'MessageRejected', 'Email address is not verified.');
        else if (answer === 'error500') jsonError(response, 500, 'InternalFailure', 'Something went wrong.');
        else if (answer === 'lost') {
          // Never taken, never answered in time: the client gives up first.
          later(() => response.destroy());
        } else {
          counter += 1;
          Object.assign(email, { messageId: `fake-${counter}`, at: Math.floor(Date.now() / 1000) });
          accepted.push(email);
          const ok = JSON.stringify({ MessageId: email.messageId });
          if (answer === 'late') later(() => response.end(ok));
          else response.end(ok);
        }
      };
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
