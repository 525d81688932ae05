import { DelegationParams } from '../../shared/domain/delegations/focal-point.ts';
import { NoteVerbaleUploadSchema } from '../../shared/domain/delegations/dossier.ts';
import { NoteVerbaleUploadRequest } from '../../shared/domain/documents/note-verbale-rules.ts';
import { IDEMPOTENCY_NOTE } from '../../shared/http/idempotency-key.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';
import { ManageQuery } from '../registration/request-parts.ts';
import { RATE_LIMITED } from '../registration/route-prose.ts';

export const docs = () =>
  ({
    responses: {
      200: { description: 'A presigned POST for the PDF, and the document id to complete once it is sent', schema: NoteVerbaleUploadSchema },
      409: problemAnswer('delegation-submitted: the list is with the secretariat (or accredited); it can change only once returned'),
      429: RATE_LIMITED,
    },
    openapi: {
      operationId: 'offerNoteVerbaleUpload',
      summary: 'A focal point asks to upload their delegation’s note verbale',
      description:
        "The focal point's delegation token as `Authorization: Bearer` (404 for a wrong, revoked or other delegation's token). " +
        '`fileName` must end in `.pdf`, `contentType` be `application/pdf` and `size` at most 10 MB (10,485,760 bytes), else 400. ' +
        'The answer is a presigned S3 POST for one key the server chose (`notes-verbales/<eventId>/<code>/<documentId>.pdf`), ' +
        'valid 15 minutes, whose policy allows only 1 byte to 10 MB of `application/pdf`: send `upload.fields`, then the file ' +
        'last, as multipart/form-data to `upload.url`; then call `.../note-verbale/{documentId}/complete`. The document id is ' +
        'recorded as offered to this delegation only. Counts against the event’s per-client hourly limit (`registration.clientLimitPerHour`), as every public POST does.' +
        IDEMPOTENCY_NOTE,
      tags: ['delegations'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'POST',
  path: '/api/events/{eventId}/delegations/{code}/note-verbale',
  auth: 'manageToken',
  // Query: the token check (the delegation's focal points); PutItem: the dossier records the offer; PutObject: signs the POST.
  access: { dynamodb: ['GetItem', 'Query', 'PutItem', 'UpdateItem'], s3: ['PutObject'], manageLinkKey: ['rate-limit-hmac'] },
  idempotent: { operation: 'offer-note-verbale-upload', scope: 'delegation' },
  request: { params: DelegationParams, query: ManageQuery, body: NoteVerbaleUploadRequest },
});
