import { DossierViewSchema, NoteVerbaleParams } from '../../shared/domain/delegations/dossier.ts';
import { IDEMPOTENCY_NOTE } from '../../shared/http/idempotency-key.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';
import { ManageQuery } from '../registration/request-parts.ts';
import { RATE_LIMITED } from '../registration/route-prose.ts';

export const docs = () =>
  ({
    responses: {
      200: { description: 'Checked and attached: the dossier with its note verbale', schema: DossierViewSchema },
      409: problemAnswer('delegation-submitted: the list is with the secretariat (or accredited)'),
      422: problemAnswer('invalid-document: missing, empty, over 10 MB or not a PDF (`errors[0].message` says which); the file is deleted'),
      429: RATE_LIMITED,
    },
    openapi: {
      operationId: 'completeNoteVerbale',
      summary: 'A focal point attaches the note verbale they uploaded',
      description:
        "The focal point's delegation token as `Authorization: Bearer`. Only a document id offered to THIS delegation " +
        '(404 otherwise); the key is built by the server, never taken from the client. The server inspects the stored ' +
        'object: it must exist, hold 1 byte to 10 MB, be stored as `application/pdf` and begin with `%PDF-`. A file that ' +
        'fails is deleted and answered 422 `/problems/invalid-document`. An accepted file replaces the note verbale attached ' +
        'before, which is deleted (the versioned bucket keeps its bytes until the lifecycle expires them). Completing the ' +
        'attached document again answers the same dossier. Counts against the event’s per-client hourly limit (`registration.clientLimitPerHour`), as every public POST does.' +
        IDEMPOTENCY_NOTE,
      tags: ['delegations'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'POST',
  path: '/api/events/{eventId}/delegations/{code}/note-verbale/{documentId}/complete',
  auth: 'manageToken',
  // GetObject: inspects the upload (HEAD and its first bytes); DeleteObject: a refused file, or the replaced note verbale.
  access: { dynamodb: ['GetItem', 'Query', 'PutItem', 'UpdateItem'], s3: ['GetObject', 'DeleteObject'], manageLinkKey: ['rate-limit-hmac'] },
  idempotent: { operation: 'complete-note-verbale', scope: 'delegation' },
  request: { params: NoteVerbaleParams, query: ManageQuery },
});
