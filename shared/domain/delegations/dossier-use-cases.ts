/**
 * What the focal points do with their delegation's dossier (offer an upload of the note verbale, attach it once the
 * server has checked it, submit the list) and what the secretariat does with it (download the note verbale,
 * accredit or return the list). Every dossier write is conditioned on the version read (retried with a fresh read);
 * every email it owes, and the history entry saying who made the step, go in the same transaction.
 */
import type { Clock } from '../clock.ts';
import { makeCheckNoteVerbale } from '../documents/check-note-verbale.ts';
import { noteVerbaleKey } from '../documents/note-verbale-key.ts';
import {
  NOTE_VERBALE_DOWNLOAD_SECONDS,
  NOTE_VERBALE_MAX_BYTES,
  NOTE_VERBALE_UPLOAD_SECONDS,
  PDF_CONTENT_TYPE,
  PDF_MAGIC_LENGTH,
  type NoteVerbaleUploadRequest,
} from '../documents/note-verbale-rules.ts';
import type { DocumentStore } from '../documents/ports.ts';
import { InvalidDocument } from '../documents/problems.ts';
import { NotFound } from '../errors.ts';
import type { EventConfig } from '../event-config.ts';
import type { EventStore } from '../event-use-cases.ts';
import type { Ids } from '../ids.ts';
import { outboxEntry, type OutboxEntry } from '../notifications/outbox.ts';
import type { makeChangeStatus } from '../registration/change-status.ts';
import type { RegistrationStore } from '../registration/ports.ts';
import { InvalidTransition } from '../registration/problems.ts';
import { isActive, type Registration } from '../registration/registration.ts';
import { RetryLater, defaultRetryPolicy, withRetries, type RetryPolicy } from '../registration/retry.ts';
import {
  DelegationSubmitted,
  MAX_ISSUED_UPLOADS,
  NotReadyToSubmit,
  NotSubmitted,
  emptyDossier,
  isOpenForChanges,
  toDossierView,
  type AccreditationBody,
  type DelegationDossier,
} from './dossier.ts';
import { focalPointActorOf, isActiveFocalPoint, type DelegationActor, type DelegationHistoryEntry, type FocalPoint } from './focal-point.ts';
import type { FocalPointStore } from './focal-point-use-cases.ts';

export interface DossierStore {
  get(eventId: string, code: string): Promise<DelegationDossier | undefined>;
  /** Every stored dossier of the event (a delegation nobody acted on yet has none). */
  list(eventId: string): Promise<DelegationDossier[]>;
  /**
   * Writes `next` with its emails and its history entry in one transaction if the stored version is still
   * `next.version - 1` (nothing stored for version 1); false when someone wrote it meanwhile.
   */
  save(next: DelegationDossier, outbox?: OutboxEntry[], history?: DelegationHistoryEntry): Promise<boolean>;
}

export interface DossierDeps {
  events: Pick<EventStore, 'get'>;
  dossiers: DossierStore;
  documents: DocumentStore;
  registrations: Pick<RegistrationStore, 'all'>;
  focalPoints: Pick<FocalPointStore, 'listForDelegation'>;
  changeStatus: ReturnType<typeof makeChangeStatus>;
  clock: Clock;
  ids: Ids;
  retry?: RetryPolicy;
}

/** The registrations this delegation's focal points nominated that still hold a place. */
export const activeNominees = (all: Registration[], code: string) =>
  all.filter((r) => r.delegation === code && r.nominatedBy && isActive(r.status)).sort((a, b) => a.id.localeCompare(b.id));

export const makeDossiers = (deps: DossierDeps) => {
  const { events, dossiers, documents, registrations, focalPoints, changeStatus, clock, ids, retry = defaultRetryPolicy } = deps;
  const check = makeCheckNoteVerbale({ documents });

  const eventOf = async (eventId: string, code: string): Promise<EventConfig> => {
    const event = await events.get(eventId);
    if (!event || !event.delegations.some((d) => d.code === code)) throw new NotFound('No such event or delegation.');
    return event;
  };
  const read = async (eventId: string, code: string) => (await dossiers.get(eventId, code)) ?? emptyDossier(eventId, code);

  /** What a step records of itself: the rest (id, event, delegation, time) the write fills in. */
  type Step = Pick<DelegationHistoryEntry, 'action' | 'actor' | 'focalPointId' | 'documentId' | 'reason'>;

  /**
   * Reads, changes and writes the dossier, again from a fresh read whenever another write came first. A change that
   * makes a step names it (`step`): its history entry is written in the same transaction, so no step goes unrecorded
   * and a lost race records nothing.
   */
  const update = <T>(
    eventId: string,
    code: string,
    change: (d: DelegationDossier) => Promise<{ next: DelegationDossier; outbox?: OutboxEntry[]; step?: Step; value: T }>,
  ) =>
    withRetries(async () => {
      const before = await read(eventId, code);
      const { next, outbox, step, value } = await change(before);
      const history: DelegationHistoryEntry | undefined = step && {
        id: ids.id(),
        eventId,
        delegation: code,
        at: clock.now().toISOString(),
        ...step,
      };
      if (!(await dossiers.save({ ...next, version: before.version + 1 }, outbox, history))) throw new RetryLater('dossier moved');
      return value;
    }, retry);

  const keyOf = (eventId: string, code: string, documentId: string) => noteVerbaleKey({ eventId, delegation: code, documentId });

  return {
    /** Offers a presigned POST for a new note verbale; the document id is recorded as this delegation's before it is handed out. */
    async offerUpload(eventId: string, code: string, body: NoteVerbaleUploadRequest) {
      await eventOf(eventId, code);
      const documentId = ids.id();
      await update(eventId, code, async (d) => {
        if (!isOpenForChanges(d)) throw new DelegationSubmitted(d.status);
        const issued = [...d.issuedUploads, { documentId, fileName: body.fileName, issuedAt: clock.now().toISOString() }];
        return { next: { ...d, issuedUploads: issued.slice(-MAX_ISSUED_UPLOADS) }, value: undefined };
      });
      const upload = await documents.presignUpload(keyOf(eventId, code, documentId), {
        maxBytes: NOTE_VERBALE_MAX_BYTES,
        contentType: PDF_CONTENT_TYPE,
        expiresInSeconds: NOTE_VERBALE_UPLOAD_SECONDS,
      });
      return { upload, documentId };
    },

    /**
     * Checks the uploaded object and attaches it. Only a document id offered to THIS delegation is looked at, under the
     * key the server builds; a failing object is deleted (422). The note verbale it replaces is deleted once the new one
     * is attached: the bucket keeps one current note verbale per delegation (versioning keeps the old bytes until the
     * lifecycle expires them).
     */
    async complete(eventId: string, code: string, documentId: string, focalPoint: FocalPoint) {
      await eventOf(eventId, code);
      const owner = { eventId, delegation: code };
      const current = await read(eventId, code);
      if (current.noteVerbale?.documentId === documentId) return toDossierView(current);
      if (!current.issuedUploads.some((u) => u.documentId === documentId)) throw new NotFound('No such upload for this delegation.');
      if (!isOpenForChanges(current)) throw new DelegationSubmitted(current.status);
      const key = keyOf(eventId, code, documentId);
      const verdict = await check(owner, key);
      if (verdict.outcome === 'reject') throw new InvalidDocument(verdict.reason);
      const stored = await documents.inspect(key, PDF_MAGIC_LENGTH);
      if (!stored) throw new InvalidDocument('missing');
      let replaced: string | undefined;
      const after = await update(eventId, code, async (d) => {
        if (!isOpenForChanges(d)) throw new DelegationSubmitted(d.status);
        const issued = d.issuedUploads.find((u) => u.documentId === documentId);
        if (d.noteVerbale?.documentId === documentId) return { next: d, value: d };
        if (!issued) throw new NotFound('No such upload for this delegation.');
        replaced = d.noteVerbale?.documentId;
        const next: DelegationDossier = {
          ...d,
          noteVerbale: { documentId, fileName: issued.fileName, size: stored.size, attachedAt: clock.now().toISOString() },
          issuedUploads: d.issuedUploads.filter((u) => u.documentId !== documentId),
        };
        const step: Step = { action: 'note-verbale-attached', actor: focalPointActorOf(focalPoint), focalPointId: focalPoint.id, documentId };
        return { next, step, value: next };
      });
      if (replaced && replaced !== documentId) await documents.remove(keyOf(eventId, code, replaced));
      return toDossierView(after);
    },

    /** The secretariat's short-lived link to the attached note verbale. */
    async downloadUrl(eventId: string, code: string): Promise<string> {
      await eventOf(eventId, code);
      const d = await dossiers.get(eventId, code);
      if (!d?.noteVerbale) throw new NotFound('This delegation has no note verbale.');
      return documents.presignDownload(keyOf(eventId, code, d.noteVerbale.documentId), NOTE_VERBALE_DOWNLOAD_SECONDS);
    },

    /**
     * The focal point sends the list: a note verbale and at least one nominee needed (and a head of delegation among
     * them where the event requires one); the secretariat is told by email.
     */
    async submit(eventId: string, code: string, focalPoint: FocalPoint) {
      const event = await eventOf(eventId, code);
      const after = await update(eventId, code, async (d) => {
        if (!isOpenForChanges(d)) throw new DelegationSubmitted(d.status);
        const nominees = activeNominees(await registrations.all(eventId, ['nominated', 'pending_approval', 'confirmed']), code);
        const headMissing = event.registration.headOfDelegationRequired && !nominees.some((r) => r.role === 'head_of_delegation');
        const missing = [
          ...(d.noteVerbale ? [] : ['a note verbale']),
          ...(nominees.length > 0 ? [] : ['at least one nominee']),
          ...(headMissing ? ['a head of delegation'] : []),
        ];
        if (missing.length > 0) throw new NotReadyToSubmit(missing);
        const now = clock.now().toISOString();
        const next: DelegationDossier = { ...d, status: 'submitted', submittedAt: now, submittedBy: focalPoint.name };
        const step: Step = { action: 'submitted', actor: focalPointActorOf(focalPoint), focalPointId: focalPoint.id };
        const email = outboxEntry({
          id: ids.id(),
          eventId,
          kind: 'delegation-submitted',
          to: { email: event.secretariatEmail },
          language: event.defaultLanguage,
          reference: `${event.code}-${code}`,
          subjectId: code,
          createdAt: now,
          data: {
            delegation: code,
            focalPointName: focalPoint.name,
            nominees: nominees.length,
            headNamed: nominees.some((r) => r.role === 'head_of_delegation'),
          },
        });
        return { next, outbox: [email], step, value: next };
      });
      return toDossierView(after);
    },

    /**
     * Accredit: every `nominated` nominee confirmed, one conditioned status change each (its own confirmation email
     * with the .ics); a nominee already holds their place, so nothing is counted twice, and one that moved meanwhile
     * (withdrawn, cancelled) is simply not confirmed. The dossier is marked accredited first, which closes the list to
     * new nominations. Return: the list goes back to the focal points, with the reason, by email.
     */
    async decide(eventId: string, code: string, body: AccreditationBody, actor: DelegationActor) {
      const event = await eventOf(eventId, code);
      const now = clock.now().toISOString();
      const active = body.decision === 'return' ? (await focalPoints.listForDelegation(eventId, code)).filter(isActiveFocalPoint) : [];
      // Accrediting again confirms whoever was left nominated (an interrupted run): the dossier is already accredited.
      const stored = await read(eventId, code);
      const after =
        body.decision === 'accredit' && stored.status === 'accredited'
          ? stored
          : await update(eventId, code, async (d) => {
              if (d.status !== 'submitted') throw new NotSubmitted(d.status);
              if (body.decision === 'accredit') {
                const { returnReason: _gone, ...rest } = d;
                const next: DelegationDossier = { ...rest, status: 'accredited', decidedAt: now, decidedBy: actor.name };
                return { next, step: { action: 'accredited', actor }, value: next };
              }
              const reason = body.reason!;
              const next: DelegationDossier = { ...d, status: 'returned', decidedAt: now, decidedBy: actor.name, returnReason: reason };
              const outbox = active.map((f) =>
                outboxEntry({
                  id: ids.id(),
                  eventId,
                  kind: 'delegation-returned',
                  to: { email: f.email, name: f.name },
                  language: f.language,
                  reference: `${event.code}-${code}`,
                  subjectId: f.id,
                  createdAt: now,
                  data: { focalPointName: f.name, focalPointId: f.id, delegation: code, reason: body.reason! },
                }),
              );
              return { next, outbox, step: { action: 'returned', actor, reason }, value: next };
            });
      let accredited = 0;
      if (body.decision === 'accredit') {
        const nominated = activeNominees(await registrations.all(eventId, ['nominated']), code).filter((r) => r.status === 'nominated');
        for (const r of nominated) {
          try {
            await changeStatus(eventId, r.id, { action: 'accredit', actor, ...(body.reason ? { reason: body.reason } : {}) });
            accredited++;
          } catch (error) {
            // Withdrawn or cancelled since it was read: that nominee is no longer to confirm; the others still are.
            if (!(error instanceof InvalidTransition) && !(error instanceof NotFound)) throw error;
          }
        }
      }
      return { ...toDossierView(after), confirmed: accredited };
    },
  };
};
