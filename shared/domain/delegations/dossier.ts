/**
 * A delegation's dossier: what the focal points send the secretariat as one file, apart from the nominees themselves
 * (registrations). Its status (`nominating` -> `submitted` -> `returned` | `accredited`, and back from `returned` to
 * `submitted`), the note verbale attached, the uploads offered but not yet attached, and the deadline reminders sent.
 * One item per (event, delegation), written only with a condition on its `version`, so two focal points (or a focal
 * point and the secretariat) acting at once never overwrite each other: the loser reads again.
 */
import * as z from 'zod/mini';
import { Conflict } from '../errors.ts';
import { DelegationCode, Slug, Ulid, text } from '../primitives.ts';

export const DOSSIER_STATUSES = ['nominating', 'submitted', 'returned', 'accredited'] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export interface AttachedNoteVerbale {
  documentId: string;
  fileName: string;
  size: number;
  attachedAt: string;
}

/** An upload offered to this delegation's focal points: only these document ids can be completed (attached). */
export interface IssuedUpload {
  documentId: string;
  fileName: string;
  issuedAt: string;
}

/** The deadline reminders (days before `nominationsCloseAt`), each sent once. */
export const REMINDER_DAYS = [3, 1] as const;
export type ReminderDays = (typeof REMINDER_DAYS)[number];

export interface DelegationDossier {
  eventId: string;
  delegation: string;
  status: DossierStatus;
  noteVerbale?: AttachedNoteVerbale;
  issuedUploads: IssuedUpload[];
  submittedAt?: string;
  /** Who submitted it last (the focal point's name) and who accredited or returned it (the officer's name). */
  submittedBy?: string;
  decidedAt?: string;
  decidedBy?: string;
  /** The secretariat's reason when it returned the list. */
  returnReason?: string;
  remindersSent: ReminderDays[];
  /** 0 for a dossier not stored yet; every write is conditioned on the version read. */
  version: number;
}

/** How many offered-but-unattached uploads a dossier remembers: an old offer has expired long before it falls off. */
export const MAX_ISSUED_UPLOADS = 10;

export const emptyDossier = (eventId: string, delegation: string): DelegationDossier => ({
  eventId,
  delegation,
  status: 'nominating',
  issuedUploads: [],
  remindersSent: [],
  version: 0,
});

/** The focal points may change the list (nominate, withdraw, attach a note verbale) only before submitting, or once it is returned. */
export const isOpenForChanges = (d: Pick<DelegationDossier, 'status'>) => d.status === 'nominating' || d.status === 'returned';

export class DelegationSubmitted extends Conflict {
  constructor(status: DossierStatus) {
    super(
      'delegation-submitted',
      'Delegation already submitted',
      status === 'accredited'
        ? 'The secretariat has accredited this delegation; write to the secretariat to change it.'
        : 'The list is with the secretariat; it can be changed again only if the secretariat returns it.',
    );
  }
}

export class NotReadyToSubmit extends Conflict {
  constructor(missing: string[]) {
    super('not-ready-to-submit', 'Not ready to submit', `Still missing: ${missing.join(', ')}.`);
  }
}

export class NotSubmitted extends Conflict {
  constructor(status: DossierStatus) {
    super('not-submitted', 'Delegation not submitted', `The delegation is ${status}: only a submitted list can be accredited or returned.`);
  }
}

export const NoteVerbaleParams = z.strictObject({ eventId: Slug, code: DelegationCode, documentId: Ulid });

/** POST /admin/.../accreditation: accredit every nominee at once, or return the list to the focal point with a reason. */
export const AccreditationBody = z
  .strictObject({ decision: z.enum(['accredit', 'return']), reason: z.optional(text(1000)) })
  .check(
    z.superRefine((body, ctx) => {
      if (body.decision === 'return' && !body.reason)
        ctx.issues.push({ code: 'custom', path: ['reason'], message: 'Required to return the list', input: body });
    }),
  )
  .register(z.globalRegistry, { id: 'AccreditationBody' });
export type AccreditationBody = z.infer<typeof AccreditationBody>;

export const NoteVerbaleViewSchema = /* @__PURE__ */ z
  .object({ documentId: z.string(), fileName: z.string(), size: z.number(), attachedAt: z.string() })
  .register(z.globalRegistry, { id: 'NoteVerbale' });

/** 200 of the upload offer. */
export const NoteVerbaleUploadSchema = /* @__PURE__ */ z
  .object({ upload: z.object({ url: z.string(), fields: z.record(z.string(), z.string()) }), documentId: z.string() })
  .register(z.globalRegistry, { id: 'NoteVerbaleUpload' });

/** 200 of the completion, the submission and the accreditation: the dossier as it now stands. */
export const DossierViewSchema = /* @__PURE__ */ z
  .object({
    code: z.string(),
    status: z.enum(DOSSIER_STATUSES),
    noteVerbale: z.nullable(NoteVerbaleViewSchema),
    submittedAt: z.nullable(z.string()),
    /** The focal point who submitted it last, and the secretariat officer who accredited or returned it (names). */
    submittedBy: z.nullable(z.string()),
    decidedAt: z.nullable(z.string()),
    decidedBy: z.nullable(z.string()),
    returnReason: z.nullable(z.string()),
  })
  .register(z.globalRegistry, { id: 'DelegationDossier' });

export const toDossierView = (d: DelegationDossier) => ({
  code: d.delegation,
  status: d.status,
  noteVerbale: d.noteVerbale ?? null,
  submittedAt: d.submittedAt ?? null,
  submittedBy: d.submittedBy ?? null,
  decidedAt: d.decidedAt ?? null,
  decidedBy: d.decidedBy ?? null,
  returnReason: d.returnReason ?? null,
});

/** 200 of the accreditation: the dossier, and how many nominees this call confirmed. */
export const AccreditationOutcomeSchema = /* @__PURE__ */ z
  .object({ ...DossierViewSchema.def.shape, confirmed: z.number() })
  .register(z.globalRegistry, { id: 'AccreditationOutcome' });

/** 200 of the secretariat's note verbale link, asked as JSON. */
export const NoteVerbaleLinkSchema = /* @__PURE__ */ z
  .object({ url: z.string(), expiresInSeconds: z.number() })
  .register(z.globalRegistry, { id: 'NoteVerbaleLink' });
