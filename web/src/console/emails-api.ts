/** The Emails page's API calls (GET .../emails, POST .../emails/redrive, POST .../emails/{id}/release), with the officer's token. */
import type { OutboxStatus } from '../../../shared/domain/notifications/outbox.ts';
import { requestJson } from '../api/http-client.ts';
import type { Email, EmailPage, RedriveResult } from '../api/responses.ts';

const emails = (eventId: string) => `/admin/events/${encodeURIComponent(eventId)}/emails`;

export const listEmails = (eventId: string, token: string, query: { status: OutboxStatus; cursor?: string | undefined; limit?: number }) =>
  requestJson<EmailPage>(emails(eventId), { token, query });

/** With `ids`, only those emails; without, every failed or stuck email of the event. */
export const redriveEmails = (eventId: string, token: string, body: { ids?: string[] }, idempotencyKey: string) =>
  requestJson<RedriveResult>(`${emails(eventId)}/redrive`, { method: 'POST', token, body, idempotencyKey });

export const releaseSuppressedEmail = (eventId: string, id: string, token: string, reason: string, idempotencyKey: string) =>
  requestJson<Email>(`${emails(eventId)}/${encodeURIComponent(id)}/release`, { method: 'POST', token, body: { reason }, idempotencyKey });
