/**
 * The focal point's calls (tag `delegations` in the OpenAPI document), each with the delegation token as a bearer,
 * never in the URL; the note verbale goes straight to the bucket by the presigned POST the API offers.
 */
import type * as z from 'zod/mini';
import type { DossierViewSchema, NoteVerbaleUploadSchema } from '../../../shared/domain/delegations/dossier.ts';
import type { FocalPointDelegationSchema, NominationOutcomeSchema } from '../../../shared/domain/delegations/focal-point.ts';
import type { NominationBody } from '../../../shared/domain/delegations/nomination-body.ts';
import { ApiProblem, requestJson } from './http-client.ts';

export type FocalPointDelegation = z.output<typeof FocalPointDelegationSchema>;
export type DelegationMember = FocalPointDelegation['members'][number];
export type NominationOutcome = z.output<typeof NominationOutcomeSchema>;

const delegationPath = (eventId: string, code: string) => `/events/${encodeURIComponent(eventId)}/delegations/${encodeURIComponent(code)}`;

export const getDelegation = (eventId: string, code: string, token: string) =>
  requestJson<FocalPointDelegation>(delegationPath(eventId, code), { token });

export const nominate = (eventId: string, code: string, token: string, body: NominationBody, idempotencyKey: string) =>
  requestJson<NominationOutcome>(`${delegationPath(eventId, code)}/nominations`, { method: 'POST', token, body, idempotencyKey });

export const withdrawNominee = (eventId: string, code: string, token: string, id: string) =>
  requestJson<NominationOutcome>(`${delegationPath(eventId, code)}/nominations/${encodeURIComponent(id)}`, { method: 'DELETE', token });

export type DossierView = z.output<typeof DossierViewSchema>;
export type NoteVerbaleUpload = z.output<typeof NoteVerbaleUploadSchema>;

export const offerNoteVerbaleUpload = (eventId: string, code: string, token: string, file: { fileName: string; size: number }) =>
  requestJson<NoteVerbaleUpload>(`${delegationPath(eventId, code)}/note-verbale`, {
    method: 'POST',
    token,
    body: { fileName: file.fileName, contentType: 'application/pdf', size: file.size },
  });

/** The presigned POST: its fields first, the file last (S3 ignores any field after the file). */
export const postToBucket = async (upload: NoteVerbaleUpload['upload'], file: Blob) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
  form.append('file', file);
  let response: Response;
  try {
    response = await fetch(upload.url, { method: 'POST', body: form, credentials: 'omit' });
  } catch {
    throw new ApiProblem(0, 'network');
  }
  if (!response.ok) throw new ApiProblem(response.status, 'upload-failed');
};

export const completeNoteVerbale = (eventId: string, code: string, token: string, documentId: string) =>
  requestJson<DossierView>(`${delegationPath(eventId, code)}/note-verbale/${encodeURIComponent(documentId)}/complete`, { method: 'POST', token });

export const submitDelegation = (eventId: string, code: string, token: string) =>
  requestJson<DossierView>(`${delegationPath(eventId, code)}/submit`, { method: 'POST', token });
