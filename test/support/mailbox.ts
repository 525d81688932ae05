/** Reads what the platform "sent": the SES emulator's store, its raw MIME, and clearing it. */
import { inject } from 'vitest';

/** One email as the emulator stores it (aws-ses-v2-local's store). */
export interface StoredEmail {
  messageId: string;
  from: string;
  replyTo: string[];
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { html?: string; text?: string };
  attachments: { content: string; contentType: string; filename?: string; size: number }[];
  headers?: { name: string; value: string }[];
  /** Epoch seconds. */
  at: number;
}

const sesUrl = (path: string) => `${inject('platform').sesEndpoint}${path}`;

export const allEmails = async (): Promise<StoredEmail[]> => {
  const response = await fetch(sesUrl('/store'));
  return ((await response.json()) as { emails: StoredEmail[] }).emails;
};

/** Emails with `address` among their recipients (to, cc or bcc), case-insensitively. */
export const emailsTo = async (address: string): Promise<StoredEmail[]> => {
  const wanted = address.toLowerCase();
  return (await allEmails()).filter(({ destination }) =>
    [...destination.to, ...destination.cc, ...destination.bcc].some((to) => to.toLowerCase().includes(wanted)),
  );
};

/** The message as sent, in MIME (for headers, attachments, encodings). */
export const rawEmail = async (messageId: string): Promise<string> => {
  const response = await fetch(sesUrl(`/get-emlContent?messageId=${encodeURIComponent(messageId)}`));
  if (!response.ok) throw new Error(`No email ${messageId} in the emulator`);
  return response.text();
};

export const clearMailbox = async (): Promise<void> => {
  await fetch(sesUrl('/clear-store'), { method: 'POST' });
};

/** Waits until `find` returns emails (the mailer works from the stream: drain it first to wait less). */
export const waitForEmails = async (find: () => Promise<StoredEmail[]>, { count = 1, timeoutMs = 10_000 } = {}): Promise<StoredEmail[]> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found.length >= count || Date.now() > deadline) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
};

/** `POST /local/streams/drain`: returns once the workers have had every record written so far. */
export const drainStreams = async (): Promise<void> => {
  const response = await fetch(`${inject('platform').baseUrl}/local/streams/drain`, { method: 'POST' });
  if (!response.ok) throw new Error(`drain failed: ${response.status}`);
};
