/**
 * What the API answers, typed from the very zod schemas its OpenAPI document publishes, so the pages cannot drift
 * from the server (a hand-written `reason?: string` once did, where the server sends `string | null`).
 * Type-only imports: none of these schemas reaches the bundle; the forms import the few they validate with.
 */
import type * as z from 'zod/mini';
import type { PublicEventSchema } from '../../../shared/domain/event-config.ts';
import type { EmailViewSchema, RedriveResultSchema } from '../../../shared/domain/notifications/outbox-admin.ts';
import type { InquiryAcceptedSchema, InquirySchema } from '../../../shared/domain/press/inquiry-view.ts';
import type { ErasedSchema, RegistrationDataSchema } from '../../../shared/domain/personal-data/registration-data.ts';
import type {
  AdminRegistrationSchema,
  AdminRegistrationWithHistorySchema,
  DelegateRegistrationSchema,
  HistoryEntrySchema,
  RegisteredSchema,
} from '../../../shared/domain/registration/views.ts';
import type { EventSummarySchema } from '../../../shared/http/event-schemas.ts';
import type { ProblemSchema, pageOf } from '../../../shared/http/schemas.ts';
import type { BulkDecisionResultsSchema } from '../../../shared/domain/registration/bulk-decisions.ts';
import type { ColleagueListSchema, ColleagueSchema } from '../../../shared/http/colleague-schemas.ts';

/** One page of a paginated list: `nextCursor` is null at the end. */
export type PageOf<S extends z.ZodMiniType> = z.output<ReturnType<typeof pageOf<S>>>;

/** An RFC 9457 problem; `errors[].path` names each bad field as the forms do. */
export type Problem = z.output<typeof ProblemSchema>;
export type FieldError = NonNullable<Problem['errors']>[number];

export type PublicEvent = z.output<typeof PublicEventSchema>;

export type Registered = z.output<typeof RegisteredSchema>;
export type DelegateRegistration = z.output<typeof DelegateRegistrationSchema>;
export type AdminRegistration = z.output<typeof AdminRegistrationSchema>;
export type AdminRegistrationWithHistory = z.output<typeof AdminRegistrationWithHistorySchema>;
export type RegistrationHistoryEntry = z.output<typeof HistoryEntrySchema>;
export type AdminRegistrationPage = PageOf<typeof AdminRegistrationSchema>;
export type EventSummary = z.output<typeof EventSummarySchema>;
export type RegistrationDecisionResults = z.output<typeof BulkDecisionResultsSchema>;

/* Personal data: what a delegate downloads, and what an erasure answers. */
export type RegistrationData = z.output<typeof RegistrationDataSchema>;
export type Erased = z.output<typeof ErasedSchema>;

export type InquiryAccepted = z.output<typeof InquiryAcceptedSchema>;
export type Inquiry = z.output<typeof InquirySchema>;
export type InquiryPage = PageOf<typeof InquirySchema>;

/* The console's Emails page. */
export type Email = z.output<typeof EmailViewSchema>;
export type EmailPage = PageOf<typeof EmailViewSchema>;
export type RedriveResult = z.output<typeof RedriveResultSchema>;
export type Colleague = z.output<typeof ColleagueSchema>;
export type ColleagueList = z.output<typeof ColleagueListSchema>;
