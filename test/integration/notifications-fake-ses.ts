/**
 * A stand-in for the SES query API that records every SendRawEmail and answers as told: success, throttling or
 * a rejection. The real SES client talks to it, so its timeouts, retries and error parsing are what is tested.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedEmail {
  outboxId: string | undefined;
  destination: string | undefined;
  configurationSet: string | undefined;
  source: string | undefined;
  raw: string;
}

export type FakeAnswer = 'ok' | 'throttle' | 'reject';

const xmlError = (code: string, message: string) =>
  `<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>fake</RequestId></ErrorResponse>`;

export const startFakeSes = async () => {
  const accepted: ReceivedEmail[] = [];
  const attempts: ReceivedEmail[] = [];
  let decide: (email: ReceivedEmail) => FakeAnswer = () => 'ok';
  let counter = 0;

  const server = createServer((request, response) => {
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
      } else {
        accepted.push(email);
        counter += 1;
        response.end(
          `<SendRawEmailResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><SendRawEmailResult><MessageId>fake-${counter}</MessageId></SendRawEmailResult><ResponseMetadata><RequestId>r${counter}</RequestId></ResponseMetadata></SendRawEmailResponse>`,
        );
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Emails SES accepted, and every attempt including refused ones. */
    accepted,
    attempts,
    answerWith(rule: (email: ReceivedEmail) => FakeAnswer) {
      decide = rule;
    },
    acceptedFor: (outboxId: string) => accepted.filter((e) => e.outboxId === outboxId),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
