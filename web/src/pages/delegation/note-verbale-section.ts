/**
 * The delegation page's "note verbale and submission" section: the note verbale attached (name, size, when), a file
 * field to attach or replace it (a PDF of at most 10 MB, checked here first so a wrong file never travels), sent
 * straight to the bucket by the presigned POST the API offers and then completed (a 422 invalid-document is shown next
 * to the field, in the reader's language); then the submission, enabled once a note verbale and a nominee exist (and a
 * head of delegation where the event requires one), and the states after it (submitted, returned with the
 * secretariat's reason, accredited).
 */
import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import { completeNoteVerbale, offerNoteVerbaleUpload, postToBucket, submitDelegation, type FocalPointDelegation } from '../../api/delegation-api.ts';
import { ApiProblem } from '../../api/http-client.ts';
import { Notice } from '../../components/notice.ts';
import { problemMessage } from '../../forms/problem-message.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { formatInstant } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/language-context.ts';

const MAX_BYTES = 10 * 1024 * 1024;

/** The server's reasons (shared/domain/documents/problems.ts), known by their English detail, each said in the reader's language. */
const REASONS: Record<string, MessageKey> = {
  'This document does not belong to this delegation.': 'document.wrong-key',
  'No file arrived for this document; upload it again.': 'document.missing',
  'The file is empty.': 'document.empty',
  'The file is larger than 10 MB.': 'document.too-large',
  'The file is not a PDF.': 'document.not-pdf',
};

const sizeOf = (bytes: number, language: string) =>
  bytes >= 1024 * 1024
    ? `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`
    : `${new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)))} KB`;

/** What the browser can tell before sending: a key for the problem, or undefined when the file may go. */
const checkFile = (file: File | undefined): MessageKey | undefined => {
  if (!file) return 'delegation.fileRequired';
  if (!/\.pdf$/i.test(file.name) || (file.type && file.type !== 'application/pdf')) return 'document.not-pdf';
  if (file.size === 0) return 'document.empty';
  if (file.size > MAX_BYTES) return 'document.too-large';
  return undefined;
};

export const NoteVerbaleSection = ({
  eventId,
  delegation,
  token,
  timeZone,
  onChanged,
}: {
  eventId: string;
  delegation: FocalPointDelegation;
  token: string;
  timeZone: string | undefined;
  onChanged: (message: { kind: 'success' | 'error'; text: string }) => void;
}) => {
  const { t, language } = useLanguage();
  const d = delegation;
  const [file, setFile] = useState<File | undefined>();
  const [fileError, setFileError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [submitError, setSubmitError] = useState<string | undefined>();
  const open = d.status !== 'submitted' && d.status !== 'accredited';
  const nominees = d.members.filter((m) => m.status !== 'cancelled').length;
  const missing = [
    ...(d.noteVerbale ? [] : [t('delegation.missingNoteVerbale')]),
    ...(nominees > 0 ? [] : [t('delegation.missingNominee')]),
    ...(d.headOfDelegationRequired && !d.headNamed ? [t('delegation.missingHead')] : []),
  ];

  const upload = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const problem = checkFile(file);
    if (problem) {
      setFileError(t(problem));
      document.getElementById('f-file')?.focus();
      return;
    }
    setBusy(true);
    setFileError(undefined);
    try {
      const offer = await offerNoteVerbaleUpload(eventId, d.code, token, { fileName: file!.name, size: file!.size });
      await postToBucket(offer.upload, file!);
      await completeNoteVerbale(eventId, d.code, token, offer.documentId);
      setFile(undefined);
      (document.getElementById('f-file') as HTMLInputElement | null)?.form?.reset();
      onChanged({ kind: 'success', text: t('delegation.uploaded', { name: file!.name }) });
    } catch (failure) {
      const known = failure instanceof ApiProblem && failure.slug === 'invalid-document' ? REASONS[failure.detail ?? ''] : undefined;
      setFileError(known ? t(known) : problemMessage(failure as Error, t));
      document.getElementById('f-file')?.focus();
    }
    setBusy(false);
  };

  const submit = async () => {
    if (busy || missing.length) return;
    setBusy(true);
    setSubmitError(undefined);
    try {
      await submitDelegation(eventId, d.code, token);
      onChanged({ kind: 'success', text: t('delegation.submittedFlash') });
    } catch (failure) {
      setSubmitError(problemMessage(failure as Error, t));
    }
    setBusy(false);
  };

  const fileId = 'f-file';
  const describedBy = ['f-file-hint', fileError ? 'f-file-error' : ''].filter(Boolean).join(' ');
  return html`
    <section aria-labelledby="documents-heading" data-testid="dossier">
      <h2 id="documents-heading">${t('delegation.documents')}</h2>
      ${d.status === 'submitted' ? html`<${Notice} kind="info">${t('delegation.submittedState')}<//>` : null}
      ${d.status === 'accredited' ? html`<${Notice} kind="success">${t('delegation.accreditedState')}<//>` : null}
      ${
        d.status === 'returned'
          ? html`<${Notice} kind="warning">
              <p>${t('delegation.returnedState')}</p>
              <blockquote data-testid="return-reason">${d.returnReason ?? ''}</blockquote>
            <//>`
          : null
      }
      <h3>${t('delegation.noteVerbale')}</h3>
      <p data-testid="note-verbale">
        ${
          d.noteVerbale
            ? t('delegation.attached', {
                name: d.noteVerbale.fileName,
                size: sizeOf(d.noteVerbale.size, language),
                date: formatInstant(d.noteVerbale.attachedAt, language, timeZone),
              })
            : t('delegation.noNoteVerbale')
        }
      </p>
      ${
        open
          ? html`<form novalidate onSubmit=${upload}>
              <div class=${`field${fileError ? ' field--error' : ''}`}>
                <label for=${fileId}>${d.noteVerbale ? t('delegation.replaceFile') : t('delegation.file')}</label>
                <span class="hint" id="f-file-hint">${t('delegation.fileHint')}</span>
                ${fileError ? html`<span class="field-error" id="f-file-error"><span class="visually-hidden">Error: </span>${fileError}</span>` : null}
                <input
                  id=${fileId}
                  name="file"
                  type="file"
                  accept="application/pdf,.pdf"
                  aria-invalid=${fileError ? 'true' : undefined}
                  aria-describedby=${describedBy}
                  onChange=${(e: Event) => {
                    setFile((e.currentTarget as HTMLInputElement).files?.[0]);
                    setFileError(undefined);
                  }}
                />
              </div>
              <div class="actions">
                <button class="button button--secondary" type="submit" disabled=${busy}>${busy ? t('delegation.uploading') : t('delegation.upload')}</button>
              </div>
            </form>`
          : null
      }
      ${
        open
          ? html`<h3>${t('delegation.submitHeading')}</h3>
              <p>${t('delegation.submitIntro')}</p>
              ${missing.length ? html`<ul id="submit-missing" data-testid="submit-missing">${missing.map((m) => html`<li>${m}</li>`)}</ul>` : null}
              ${submitError ? html`<p class="field-error" role="alert">${submitError}</p>` : null}
              <div class="actions">
                <button
                  class="button"
                  type="button"
                  disabled=${busy || missing.length > 0}
                  aria-describedby=${missing.length ? 'submit-missing' : undefined}
                  onClick=${submit}
                >
                  ${d.status === 'returned' ? t('delegation.resubmitList') : t('delegation.submitList')}
                </button>
              </div>`
          : null
      }
    </section>
  `;
};
