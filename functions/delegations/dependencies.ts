/** The delegations functions' adapters and use cases, created once per process (module scope). */
import { dynamoDossierStore } from '../../shared/adapters/dossiers-store.ts';
import { dynamoEventStore } from '../../shared/adapters/events-store.ts';
import { dynamoFocalPointStore } from '../../shared/adapters/focal-points-store.ts';
import { delegationToken } from '../../shared/adapters/manage-link-key.ts';
import { documentStore } from '../../shared/adapters/s3-document-store.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { makeDelegationAccess } from '../../shared/domain/delegations/delegation-access.ts';
import { makeDossiers } from '../../shared/domain/delegations/dossier-use-cases.ts';
import type { DocumentStore } from '../../shared/domain/documents/ports.ts';
import { makeFocalPoints } from '../../shared/domain/delegations/focal-point-use-cases.ts';
import { makeNominations } from '../../shared/domain/delegations/nominations.ts';
import { makeChangeStatus } from '../../shared/domain/registration/change-status.ts';
import { registrationDependencies } from '../registration/dependencies.ts';
import { systemIds } from '../../shared/domain/ids.ts';
import type { Principal } from '../../shared/http/auth.ts';

export const focalPoints = () =>
  makeFocalPoints({
    events: dynamoEventStore(),
    store: dynamoFocalPointStore(),
    tokens: { tokenFor: delegationToken },
    clock: systemClock,
    ids: systemIds(),
  });

/** The focal point's own routes: the event configuration as stored (a revoked or new focal point counts at once). */
export const delegationAccess = () => makeDelegationAccess({ events: dynamoEventStore(), store: dynamoFocalPointStore(), clock: systemClock });

/** Nominations go through the registration store and its commit rules; the withdrawal through its cancellation. */
export const nominations = () => {
  const registration = registrationDependencies();
  return makeNominations({
    events: registration.events,
    registrations: registration.registrations,
    access: delegationAccess(),
    tokens: registration.tokens,
    changeStatus: makeChangeStatus(registration),
    clock: systemClock,
    ids: systemIds(),
    dossiers: dynamoDossierStore(),
  });
};

/** Who did it, for the delegation's history. */
export const secretariatActor = (principal: Principal) => ({ kind: 'secretariat' as const, name: principal.name, sub: principal.subject });

/**
 * The documents bucket, reached on first use only: the submission and accreditation functions share the dossier's use
 * cases but have no bucket (infra sets DOCUMENTS_BUCKET only where a spec declares `access.s3`).
 */
const documentsOnFirstUse: DocumentStore = {
  presignUpload: (key, limits) => documentStore().presignUpload(key, limits),
  inspect: (key, length) => documentStore().inspect(key, length),
  remove: (key) => documentStore().remove(key),
  presignDownload: (key, seconds) => documentStore().presignDownload(key, seconds),
};

/** The delegation's dossier: the note verbale (S3), the submission, the accreditation (through the registrations' status changes). */
export const dossiers = () => {
  const registration = registrationDependencies();
  return makeDossiers({
    events: registration.events,
    dossiers: dynamoDossierStore(),
    documents: documentsOnFirstUse,
    registrations: registration.registrations,
    focalPoints: dynamoFocalPointStore(),
    changeStatus: makeChangeStatus(registration),
    clock: systemClock,
    ids: systemIds(),
  });
};
