/**
 * Media accreditation (docs/press.md, "Media accreditation"): a press officer accredits or declines the journalist
 * behind an inquiry of topic `accreditation`. The body, the decision the inquiry keeps, its refusals, and the
 * participant an accreditation makes of the journalist. Pure.
 */
import * as z from 'zod/mini';
import { Conflict } from '../errors.ts';
import { line, text, type Language } from '../primitives.ts';
import type { Participant } from '../registration/registration.ts';
import type { Journalist } from './inquiry.ts';

export const ACCREDITATION_DECISIONS = ['accredit', 'decline'] as const;
export type AccreditationDecisionBody =
  { decision: 'accredit'; reason?: string; name?: { givenName: string; familyName: string } } | { decision: 'decline'; reason: string };

/**
 * Declining needs a reason: the journalist is told it, and a refusal without one reads as arbitrary. Accrediting may
 * give one (kept in the inquiry's history, never sent), and may say how the journalist's single name field splits
 * into given and family name (else `splitName` decides). One object with cross-field rules, as the registration
 * decision (shared/domain/registration/requests.ts), so every bad field is named at once.
 */
export const AccreditationBody = z
  .pipe(
    z
      .strictObject({
        decision: z.enum(ACCREDITATION_DECISIONS),
        reason: z.optional(text(1000)),
        name: z.optional(
          z.strictObject({ givenName: line(100), familyName: line(100) }).register(z.globalRegistry, {
            description: "Accredit only: the journalist's given and family name, when the first word / the rest split of their name is wrong.",
          }),
        ),
      })
      .check(
        z.superRefine((body, ctx) => {
          if (body.decision === 'decline' && !body.reason)
            ctx.issues.push({ code: 'custom', path: ['reason'], message: 'Required to decline', input: body });
          if (body.decision === 'decline' && body.name)
            ctx.issues.push({ code: 'custom', path: ['name'], message: 'Only when accrediting', input: body });
        }),
      ),
    z.transform((body): AccreditationDecisionBody =>
      body.decision === 'decline'
        ? { decision: 'decline', reason: body.reason ?? '' }
        : {
            decision: 'accredit',
            ...(body.reason ? { reason: body.reason } : {}),
            ...(body.name ? { name: body.name } : {}),
          },
    ),
  )
  .register(z.globalRegistry, { id: 'AccreditationDecision' });

/** What the inquiry keeps of the decision: who, when, the outcome and, when accredited, the registration made. */
export interface AccreditationOutcome {
  outcome: 'accredited' | 'declined';
  at: string;
  by: string;
  bySub?: string;
  reason?: string;
  registrationId?: string;
  registrationReference?: string;
}

export class NotAnAccreditationRequest extends Conflict {
  constructor() {
    super('not-an-accreditation-request', 'Not an accreditation request', 'Only an inquiry of topic accreditation can be accredited or declined.');
  }
}

export class AccreditationAlreadyDecided extends Conflict {
  constructor() {
    super('already-decided', 'Already decided', 'This accreditation request was already accredited or declined.');
  }
}

export class MediaCapacityReached extends Conflict {
  constructor() {
    super('media-capacity-reached', 'Media capacity reached', "Every place of the event's media capacity (registration.mediaCapacity) is taken.");
  }
}

export class JournalistAlreadyRegistered extends Conflict {
  constructor() {
    super(
      'already-registered',
      'Already registered',
      "The journalist's email already holds a registration for this event (accredited already, or registered as a delegate).",
    );
  }
}

/**
 * A journalist's one name field as given and family name: the first word is the given name, the rest the family name
 * (`João Silva` -> João / Silva, `María del Carmen Ruiz` -> María / del Carmen Ruiz). A single word is both, as no
 * part may be empty; a press officer who knows better says so in the body's `name`. Each part is cut to 100 characters.
 */
export const splitName = (name: string): { givenName: string; familyName: string } => {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const cut = (s: string) => [...s].slice(0, 100).join('').trim();
  if (words.length <= 1) {
    const only = cut(words[0] ?? name.trim());
    return { givenName: only, familyName: only };
  }
  return { givenName: cut(words[0]!), familyName: cut(words.slice(1).join(' ')) };
};

/** What a journalist's badge and lists say they do, in their language, when the inquiry says nothing of it. */
const JOURNALIST: Record<Language, string> = { es: 'Periodista', pt: 'Jornalista', en: 'Journalist', nl: 'Journalist' };

/** The participant an accreditation registers: the journalist's details, the outlet as their institution. */
export const journalistParticipant = (
  journalist: Journalist,
  language: Language,
  name: { givenName: string; familyName: string } = splitName(journalist.name),
): Participant => ({
  ...name,
  email: journalist.email,
  ...(journalist.phone ? { phone: journalist.phone } : {}),
  position: JOURNALIST[language],
  institution: journalist.outlet,
});
