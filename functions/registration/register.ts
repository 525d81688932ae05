import { created } from '../../shared/http/http-handler.ts';
import { manageUrl } from '../../shared/adapters/manage-link-key.ts';
import { makeRegisterDelegate, type Registered } from '../../shared/domain/registration/register-delegate.ts';
import { http } from '../receipt-http.ts';
import { publicWriteGate, registrationDependencies } from './dependencies.ts';
import { spec } from './register.route.ts';

const dependencies = registrationDependencies({ cachedEvents: true, referencesInBlocks: true });
const register = makeRegisterDelegate(dependencies);
const limitPublicWrite = publicWriteGate(dependencies.events);

// The registration keeps its idempotency record in its own transaction (functions/receipt-http.ts): three round
// trips at most. Its gate, run alongside the use case's first reads and before any write, looks for an earlier
// answer to this request and counts the public write limits together; an earlier answer wins over a 429, so a
// client retrying a registration that went through always gets it back (the retry still counts towards the limit).
export const handler = http(spec, async ({ params, body, sourceIp, receipted }) => {
  const value: Registered = await receipted((receipt) =>
    register(params.eventId, body, {
      ...(receipt ? { receipt: receipt.slot } : {}),
      gate: async () => {
        const [earlier, limited] = await Promise.allSettled([
          receipt?.earlier(),
          limitPublicWrite(params.eventId, { sourceAddress: sourceIp, email: { address: body.participant.email, form: 'registration' } }),
        ]);
        if (earlier.status === 'rejected') throw earlier.reason;
        if (limited.status === 'rejected') throw limited.reason;
      },
    }),
  );
  // The manage link is derived again on a replay: the idempotency record never holds the token.
  return created(
    { ...value, manageUrl: await manageUrl(params.eventId, value.id) },
    { Location: `/api/events/${params.eventId}/registrations/${value.id}` },
  );
});
