/** How the press API shows an inquiry (no bookkeeping such as the version), and its response schemas for OpenAPI. */
import * as z from 'zod/mini';
import { InquiryTopic } from '../event-config.ts';
import { Language } from '../primitives.ts';
import { HISTORY_ACTIONS, InquiryStatus, REMINDER_THRESHOLDS, type Inquiry, type ThresholdState } from './inquiry.ts';
import { nextReminderAt } from './response-clock.ts';

const threshold = (t: ThresholdState | undefined) => (t ? { dueAt: t.dueAt, remindedAt: t.remindedAt ?? null } : null);

export const toInquiryView = (inquiry: Inquiry) => ({
  id: inquiry.id,
  reference: inquiry.reference,
  status: inquiry.status,
  journalist: inquiry.journalist,
  topic: inquiry.topic,
  language: inquiry.language,
  subject: inquiry.subject,
  message: inquiry.message,
  deadline: inquiry.deadline ?? null,
  contactId: inquiry.contactId,
  ruleId: inquiry.ruleId,
  receivedAt: inquiry.receivedAt,
  updatedAt: inquiry.updatedAt,
  reminders: { target: threshold(inquiry.clock.target), deadline: threshold(inquiry.clock.deadline) },
  nextReminderAt: nextReminderAt(inquiry) ?? null,
  erasedAt: inquiry.erasedAt ?? null,
});
export type InquiryView = ReturnType<typeof toInquiryView>;

export const InquiryAcceptedSchema = /* @__PURE__ */ z
  .object({ id: z.string(), reference: z.string(), status: z.literal('received') })
  .register(z.globalRegistry, { id: 'InquiryAccepted', description: 'The inquiry was received; quote the reference.' });

const ThresholdSchema = /* @__PURE__ */ z.nullable(z.object({ dueAt: z.string(), remindedAt: z.nullable(z.string()) }));

export const InquirySchema = /* @__PURE__ */ z
  .object({
    id: z.string(),
    reference: z.string(),
    status: InquiryStatus,
    journalist: z.object({ name: z.string(), email: z.string(), phone: z.optional(z.string()), outlet: z.string(), country: z.optional(z.string()) }),
    topic: InquiryTopic,
    language: Language,
    subject: z.string(),
    message: z.string(),
    deadline: z.nullable(z.string()),
    contactId: z.string(),
    ruleId: z.nullable(z.string()),
    receivedAt: z.string(),
    updatedAt: z.string(),
    reminders: z.object({ target: ThresholdSchema, deadline: ThresholdSchema }),
    nextReminderAt: z.nullable(z.string()),
    erasedAt: z.nullable(
      z.string().register(z.globalRegistry, { description: "When the journalist's details, subject and message were erased (they are then blank)." }),
    ),
  })
  .register(z.globalRegistry, { id: 'Inquiry', description: 'A press inquiry; ruleId null means the default contact took it.' });

export const InquiryHistoryEntrySchema = /* @__PURE__ */ z
  .object({
    id: z.string(),
    at: z.string(),
    action: z.enum(HISTORY_ACTIONS),
    by: z.string(),
    bySub: z.optional(
      z
        .string()
        .register(z.globalRegistry, { description: "For a press officer's change: their immutable id (Cognito `sub`), beside the name in `by`." }),
    ),
    from: z.optional(InquiryStatus),
    to: z.optional(InquiryStatus),
    note: z.optional(z.string()),
    threshold: z.optional(z.enum(REMINDER_THRESHOLDS)),
    skipped: z.optional(z.array(z.enum(REMINDER_THRESHOLDS))),
    emails: z.optional(z.array(z.string())),
  })
  .register(z.globalRegistry, { id: 'InquiryHistoryEntry' });

export const InquiryWithHistorySchema = /* @__PURE__ */ z
  .object({ ...InquirySchema.def.shape, history: z.array(InquiryHistoryEntrySchema) })
  .register(z.globalRegistry, { id: 'InquiryWithHistory' });
