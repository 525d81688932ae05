import { http, ok } from '../../shared/http/http-handler.ts';
import { NOTE_VERBALE_DOWNLOAD_SECONDS } from '../../shared/domain/documents/note-verbale-rules.ts';
import { spec } from './admin-get-note-verbale.route.ts';
import { dossiers } from './dependencies.ts';

const useCases = dossiers();

// A browser following a link gets the redirect; a script asking for JSON gets the link (it could not follow it to S3).
export const handler = http(spec, async ({ params, event }) => {
  const url = await useCases.downloadUrl(params.eventId, params.code);
  if ((event.headers?.accept ?? '').includes('application/json')) return ok({ url, expiresInSeconds: NOTE_VERBALE_DOWNLOAD_SECONDS });
  return { status: 303, headers: { Location: url } };
});
