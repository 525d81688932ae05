import { NoteVerbaleLinkSchema } from '../../shared/domain/delegations/dossier.ts';
import { DelegationParams } from '../../shared/domain/delegations/focal-point.ts';
import { defineRoute, type RouteDocs } from '../../shared/http/route-spec.ts';
import { problemAnswer } from '../../shared/http/schemas.ts';

export const docs = () =>
  ({
    responses: {
      200: { description: 'With `Accept: application/json`: the presigned GET itself, for a page to open', schema: NoteVerbaleLinkSchema },
      303: { description: 'See `Location`: a presigned GET of the PDF, valid 5 minutes' },
      404: problemAnswer('not-found: no such event or delegation, or no note verbale attached'),
    },
    openapi: {
      operationId: 'getNoteVerbale',
      summary: 'The secretariat opens a delegation’s note verbale',
      description:
        'Redirects (303) to a short-lived (5 minutes) presigned GET of the attached note verbale, served as ' +
        '`application/pdf`; the bucket itself is never public. Ask again for a fresh link. A page that calls it with its ' +
        'bearer token sends `Accept: application/json` and gets the link as JSON instead (200), to open it in a new tab: ' +
        'a script cannot follow the redirect across origins.',
      tags: ['secretariat'],
    },
  }) satisfies RouteDocs;

export const spec = defineRoute<ReturnType<typeof docs>>()({
  method: 'GET',
  path: '/api/admin/events/{eventId}/delegations/{code}/note-verbale',
  auth: ['secretariat'],
  // GetObject: signs the download link.
  access: { dynamodb: ['GetItem'], s3: ['GetObject'] },
  request: { params: DelegationParams },
});
