/** Focal points: the officials a government names to nominate its delegation. */
import * as z from 'zod/mini';
import { DelegationCode, Email, Language, Slug, Ulid, line } from '../primitives.ts';
import { NoteVerbaleViewSchema } from './dossier.ts';

export const DelegationParams = z.strictObject({ eventId: Slug, code: DelegationCode });
export const FocalPointParams = z.strictObject({ eventId: Slug, code: DelegationCode, id: Ulid });

/** POST .../delegations/{code}/focal-points: whom to invite, and the language of their emails. */
export const InviteFocalPointBody = z.strictObject({ name: line(200), email: Email, language: Language });
export type InviteFocalPointBody = z.infer<typeof InviteFocalPointBody>;

/** Who did something to a delegation: a secretariat officer (by display name and Cognito subject). */
export interface DelegationActor {
  kind: 'secretariat';
  name: string;
  sub?: string;
}

export interface FocalPoint {
  id: string;
  eventId: string;
  delegation: string;
  name: string;
  email: string;
  language: Language;
  /** SHA-256 of the derived token (delegation-token.ts); never the token. */
  tokenHash: string;
  invitedAt: string;
  invitedBy: DelegationActor;
  /** Set on revocation: the token is refused from then on. */
  revokedAt?: string;
  revokedBy?: DelegationActor;
}

/** A focal point acting on their delegation's dossier (the same shape as a registration's focal point actor). */
export interface FocalPointActor {
  kind: 'focal_point';
  name: string;
  focalPointId: string;
}

export const focalPointActorOf = (f: Pick<FocalPoint, 'id' | 'name'>): FocalPointActor => ({
  kind: 'focal_point',
  name: f.name,
  focalPointId: f.id,
});

/**
 * Who invited and revoked focal points, and each step of the dossier (nominations and withdrawals are in each
 * registration's own history, with the focal point as actor).
 */
export const DELEGATION_HISTORY_ACTIONS = [
  'focal-point-invited',
  'focal-point-revoked',
  'note-verbale-attached',
  'submitted',
  'returned',
  'accredited',
] as const;
export type DelegationHistoryAction = (typeof DELEGATION_HISTORY_ACTIONS)[number];

/** One step in a delegation's history: who did what, when (kept beside the delegation's items, oldest first). */
export interface DelegationHistoryEntry {
  id: string;
  eventId: string;
  delegation: string;
  at: string;
  actor: DelegationActor | FocalPointActor;
  action: DelegationHistoryAction;
  /** The focal point invited or revoked, or the one who attached the note verbale or submitted the list. */
  focalPointId?: string;
  /** The note verbale attached. */
  documentId?: string;
  /** The secretariat's reason for returning the list. */
  reason?: string;
  /** The outbox ids of the emails this step owed. */
  emails?: string[];
}

export const isActiveFocalPoint = (f: FocalPoint) => f.revokedAt === undefined;

/** What the secretariat sees of a focal point: never the token or its hash. */
export const toFocalPointView = (f: FocalPoint) => ({
  id: f.id,
  name: f.name,
  email: f.email,
  language: f.language,
  invitedAt: f.invitedAt,
  invitedBy: f.invitedBy.name,
  revokedAt: f.revokedAt ?? null,
  revokedBy: f.revokedBy?.name ?? null,
});

export const FocalPointViewSchema = /* @__PURE__ */ z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    language: Language,
    invitedAt: z.string(),
    invitedBy: z.string(),
    revokedAt: z.nullable(z.string()),
    revokedBy: z.nullable(z.string()),
  })
  .register(z.globalRegistry, { id: 'FocalPoint' });

/** 201 of a nomination, 200 of a withdrawal. */
export const NominationOutcomeSchema = /* @__PURE__ */ z
  .object({ id: z.string(), reference: z.string(), status: z.enum(['nominated', 'cancelled']) })
  .register(z.globalRegistry, { id: 'NominationOutcome' });

export const NomineeParams = z.strictObject({ eventId: Slug, code: DelegationCode, id: Ulid });

export const FocalPointCreatedSchema = /* @__PURE__ */ z.object({ id: z.string() }).register(z.globalRegistry, { id: 'FocalPointCreated' });

/** GET /admin/events/{eventId}/delegations: every delegation of the event, in the configuration's order. */
export const AdminDelegationListSchema = /* @__PURE__ */ z
  .object({
    items: z.array(
      z.object({
        code: z.string(),
        kind: z.enum(['member_state', 'observer']),
        names: z.record(z.string(), z.string()),
        /** How its delegates register: `self` (the public form) or `focal_point` (nominated only). */
        registration: z.enum(['self', 'focal_point']),
        status: z.enum(['not_invited', 'invited', 'nominating', 'submitted', 'returned', 'accredited']),
        quota: z.number(),
        /** Places held now (pending approval or confirmed), whoever registered them. */
        used: z.number(),
        headNamed: z.boolean(),
        focalPoints: z.array(FocalPointViewSchema),
        /** The note verbale attached (delegation-dossier), or null. */
        noteVerbale: z.nullable(NoteVerbaleViewSchema),
        /** When the list was last submitted and by which focal point; when and by which officer it was accredited or returned (names; the full record is the delegation's history). */
        submittedAt: z.nullable(z.string()),
        submittedBy: z.nullable(z.string()),
        decidedAt: z.nullable(z.string()),
        decidedBy: z.nullable(z.string()),
      }),
    ),
  })
  .register(z.globalRegistry, { id: 'AdminDelegationList' });

/** GET /events/{eventId}/delegations/{code}: the delegation as its focal point sees it. */
export const FocalPointDelegationSchema = /* @__PURE__ */ z
  .object({
    eventId: z.string(),
    code: z.string(),
    kind: z.enum(['member_state', 'observer']),
    names: z.record(z.string(), z.string()),
    status: z.enum(['not_invited', 'invited', 'nominating', 'submitted', 'returned', 'accredited']),
    quota: z.number(),
    used: z.number(),
    headNamed: z.boolean(),
    /** Whether the list can be submitted only once it names a head of delegation (the event's setting). */
    headOfDelegationRequired: z.boolean(),
    /** The deadline for nominations (ISO 8601 with offset) and whether it is still ahead. */
    nominationsCloseAt: z.string(),
    nominationsOpen: z.boolean(),
    /** The focal point whose link this is. */
    focalPoint: z.object({ id: z.string(), name: z.string(), language: Language }),
    /** The note verbale attached, or null; and the secretariat's reason when it returned the list (else null). */
    noteVerbale: z.nullable(NoteVerbaleViewSchema),
    returnReason: z.nullable(z.string()),
    /** Everyone this delegation's focal points nominated, oldest first, with their status now (a withdrawn or self-cancelled one: `cancelled`). */
    members: z.array(
      z.object({
        id: z.string(),
        reference: z.string(),
        name: z.string(),
        email: z.string(),
        role: z.enum(['head_of_delegation', 'delegate', 'adviser', 'observer']),
        status: z.enum(['nominated', 'pending_approval', 'confirmed', 'waitlisted', 'declined', 'cancelled']),
        nominatedBy: z.string(),
        /** Whether the nominee has given their consent to the processing of their data (through their own link). */
        consentGiven: z.boolean(),
      }),
    ),
  })
  .register(z.globalRegistry, { id: 'FocalPointDelegation' });
