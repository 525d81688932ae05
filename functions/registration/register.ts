import { created } from '../../shared/http/http-handler.ts';
import { manageUrl } from '../../shared/adapters/manage-link-key.ts';
import { makeRegisterDelegate, type Registered } from '../../shared/domain/registration/register-delegate.ts';
import { http } from '../receipt-http.ts';
import { publicWriteGate, registrationDependencies } from './dependencies.ts';
import { spec } from './register.route.ts';

const dependencies = registrationDependencies({ cachedEvents: true, referencesInBlocks: true });
const register = makeRegisterDelegate(dependencies);
const limitPublicWrite = publicWriteGate(dependencies.events);

// The registration keeps its idempotency record in its own transaction (functions/receipt-http.ts): two round trips
// on its common path. Its gate, run alongside the use case's first reads and before any write, counts the public
// write limits. A repeated request counts too; its answer is then found when its commit (or the gate) refuses it.
export const handler = http(spec, async ({ params, body, sourceIp, receipted }) => {
  const value: Registered = await receipted((slot) =>
    register(params.eventId, body, {
      ...(slot ? { receipt: slot } : {}),
      gate: () => limitPublicWrite(params.eventId, { sourceAddress: sourceIp, email: { address: body.participant.email, form: 'registration' } }),
    }),
  );
  // The manage link is derived again on a replay: the idempotency record never holds the token.
  return created(
    { ...value, manageUrl: await manageUrl(params.eventId, value.id) },
    { Location: `/api/events/${params.eventId}/registrations/${value.id}` },
  );
});
