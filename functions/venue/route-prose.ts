/** OpenAPI parts the venue route specs share: the badge routes' PDF answer and prose. */
import * as z from 'zod/mini';

/** A PDF answer: binary, described as OpenAPI 3.1 describes raw file content. */
export const pdfResponse = (description: string) => ({
  description,
  contentType: 'application/pdf',
  schema: z.string().register(z.globalRegistry, { format: 'binary', description: 'The PDF file' }),
});

export const BADGE_PROSE =
  ' A6 (105 x 148 mm, the default) or `size=cr80` (the 54 x 85.6 mm ID card, portrait for a lanyard). A badge shows the ' +
  "event's title and the category word in the participant's language, the name as written, the delegation (a journalist's " +
  'outlet), the role, a band in the category colour, and a QR code of the check-in code signed with the event key ' +
  '(`PLN1.<eventId>.<registrationId>.<signature>`), with the desk code and reference under it. Making a badge publishes ' +
  "the event's public key for the check-in roster. Sent as a download (`Content-Disposition: attachment`), never cached.";
