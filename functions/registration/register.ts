import { created } from '../../shared/http/http-handler.ts';
import { manageUrl } from '../../shared/adapters/manage-link-key.ts';
import { makeRegisterDelegate } from '../../shared/domain/registration/register-delegate.ts';
import { http } from '../idempotent-http.ts';
import { publicWriteGate, registrationDependencies } from './dependencies.ts';
import { spec } from './register.route.ts';

const dependencies = registrationDependencies({ cachedEvents: true });
const register = makeRegisterDelegate(dependencies);
const limitPublicWrite = publicWriteGate(dependencies.events);

// The limits are counted inside the idempotent run: a replay answers from the first call's record and counts
// nothing, and a 429 releases the key like any other refusal. The use case runs them as its gate, alongside its
// first reads and before any write.
export const handler = http(spec, async ({ params, body, sourceIp, idempotent }) => {
  const value = await idempotent(() =>
    register(params.eventId, body, () =>
      limitPublicWrite(params.eventId, { sourceAddress: sourceIp, email: { address: body.participant.email, form: 'registration' } }),
    ),
  );
  // The manage link is derived again on a replay: the idempotency record never holds the token.
  return created(
    { ...value, manageUrl: await manageUrl(params.eventId, value.id) },
    { Location: `/api/events/${params.eventId}/registrations/${value.id}` },
  );
});
