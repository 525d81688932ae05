/** `GET /admin/events/{eventId}/inquiries?status=&contact=&topic=&limit=&cursor=` */
import * as z from 'zod/mini';
import { InquiryTopic } from '../event-config.ts';
import { pageQueryShape } from '../params.ts';
import { Slug } from '../primitives.ts';
import { InquiryStatus } from './inquiry.ts';

export const InquiryListQuery = z.strictObject({
  status: z.optional(InquiryStatus),
  /** A contact id of the event (the routed contact). */
  contact: z.optional(Slug),
  topic: z.optional(InquiryTopic),
  ...pageQueryShape,
});
export type InquiryListQuery = z.infer<typeof InquiryListQuery>;
