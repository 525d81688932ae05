import { created, http } from '../../shared/http/http-handler.ts';
import { manageUrl } from '../../shared/adapters/manage-link-key.ts';
import { idempotentOperation } from '../../shared/adapters/idempotency.ts';
import { EventParams } from '../../shared/domain/params.ts';
import { makeRegisterDelegate, type Registered } from '../../shared/domain/registration/register-delegate.ts';
import { RegistrationBody } from '../../shared/domain/registration/registration.ts';
import { publicWriteGate, registrationDependencies } from './dependencies.ts';
import { idempotencyKeyOf } from '../../shared/http/idempotency-key.ts';

const dependencies = registrationDependencies({ cachedEvents: true });
const register = makeRegisterDelegate(dependencies);
const limitPublicWrite = publicWriteGate(dependencies.events);
const idempotent = idempotentOperation<Registered>('register-delegate');

// The limits are counted inside the idempotent run: a replay answers from the first call's record and counts
// nothing, and a 429 releases the key like any other refusal.
export const handler = http({ params: EventParams, body: RegistrationBody }, async ({ params, body, headers, sourceIp, context }) => {
  const { value, replayed } = await idempotent({ key: idempotencyKeyOf(headers), scope: params.eventId, payload: body, context }, async () => {
    await limitPublicWrite(params.eventId, { sourceAddress: sourceIp, email: { address: body.participant.email, form: 'registration' } });
    return register(params.eventId, body);
  });
  // The manage link is derived again on a replay: the idempotency record never holds the token.
  return created(
    { ...value, manageUrl: await manageUrl(params.eventId, value.id) },
    { Location: `/api/events/${params.eventId}/registrations/${value.id}`, ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}) },
  );
});
