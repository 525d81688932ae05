/**
 * The route table: every HTTP route of Plenary, one spec each (functions/<capability>/<name>.route.ts, beside the
 * handler `<name>.ts`). The CDK stack (infra/) builds API Gateway routes, functions and grants from it, the local
 * server (local/) routes by it and the OpenAPI document is built from it, so none of them can drift. The handler
 * module and the capability come from where the spec file lives; the order here is the document's order.
 */
import { CAPABILITIES, type Capability } from '../shared/function-access.ts';
import { IdempotencyHeaders } from '../shared/http/idempotency-key.ts';
import { problemAnswer } from '../shared/http/schemas.ts';
import type { Route, RouteDocs, RouteModule, RouteSpec } from '../shared/http/route-spec.ts';
import * as health from './platform/health.route.ts';
import * as openapi from './platform/openapi.route.ts';
import * as noRoute from './platform/no-route.route.ts';
import * as listEvents from './events/list-events.route.ts';
import * as getEvent from './events/get-event.route.ts';
import * as putEvent from './events/put-event.route.ts';
import * as copyEvent from './events/copy-event.route.ts';
import * as adminListEvents from './events/admin-list-events.route.ts';
import * as adminGetEvent from './events/admin-get-event.route.ts';
import * as register from './registration/register.route.ts';
import * as getOwnRegistration from './registration/get-own-registration.route.ts';
import * as updateOwnRegistration from './registration/update-own-registration.route.ts';
import * as cancelOwnRegistration from './registration/cancel-own-registration.route.ts';
import * as getCalendar from './registration/get-calendar.route.ts';
import * as adminSummary from './registration/admin-summary.route.ts';
import * as adminListRegistrations from './registration/admin-list-registrations.route.ts';
import * as adminParticipantsCsv from './registration/admin-participants-csv.route.ts';
import * as adminGetRegistration from './registration/admin-get-registration.route.ts';
import * as adminDecideRegistration from './registration/admin-decide-registration.route.ts';
import * as adminDecideRegistrations from './registration/admin-decide-registrations.route.ts';
import * as adminCancelRegistration from './registration/admin-cancel-registration.route.ts';
import * as submitInquiry from './press/submit-inquiry.route.ts';
import * as listInquiries from './press/list-inquiries.route.ts';
import * as getInquiry from './press/get-inquiry.route.ts';
import * as changeInquiryStatus from './press/change-inquiry-status.route.ts';
import * as listEmails from './notifications/list-emails.route.ts';
import * as redriveEmails from './notifications/redrive-emails.route.ts';
import * as releaseSuppressedEmail from './notifications/release-suppressed-email.route.ts';
import * as adminListDelegations from './delegations/admin-list-delegations.route.ts';
import * as inviteFocalPoint from './delegations/invite-focal-point.route.ts';
import * as revokeFocalPoint from './delegations/revoke-focal-point.route.ts';
import * as getDelegation from './delegations/get-delegation.route.ts';
import * as nominate from './delegations/nominate.route.ts';
import * as withdrawNomination from './delegations/withdraw-nomination.route.ts';

const IDEMPOTENCY_KEY_REUSED = problemAnswer('idempotency-key-reused: this Idempotency-Key came with another body');

const SPEC_FILE = /\/functions\/([\w-]+)\/([\w-]+)\.route\.ts$/;

/** `.../functions/registration/register.route.ts` -> the handler `registration/register` in capability `registration`. */
export const locateSpec = (file: string): { handler: string; capability: Capability } => {
  const found = SPEC_FILE.exec(new URL(file).pathname);
  const capability = found?.[1] as Capability | undefined;
  if (!found || !capability || !CAPABILITIES.includes(capability)) {
    throw new Error(`${file}: a route spec lives at functions/<capability>/<name>.route.ts, beside its handler <name>.ts`);
  }
  return { handler: `${capability}/${found[2]}`, capability };
};

/**
 * The table's entry for a spec file. `handler` and `capability` are read only where the source tree is (infra, the
 * local platform): inside a Lambda bundle `import.meta.url` names the bundle, and the functions that read the table
 * there (the OpenAPI document, the catch-all) never ask for them.
 */
export const routeOf = ({ spec, docs }: RouteModule): Route => {
  const { request, idempotent } = spec;
  const { responses, openapi }: RouteDocs = docs();
  return {
    method: spec.method,
    path: spec.path,
    get handler() {
      return locateSpec(spec.file).handler;
    },
    get capability() {
      return locateSpec(spec.file).capability;
    },
    auth: spec.auth === 'manageToken' ? 'public' : spec.auth,
    access: { ...spec.access, ...(idempotent ? { idempotency: idempotent.operation } : {}) },
    openapi: {
      ...openapi,
      ...(spec.auth === 'manageToken' ? { security: 'manageToken' as const } : {}),
      ...(request || idempotent ? { request: { ...request, ...(idempotent ? { headers: IdempotencyHeaders } : {}) } } : {}),
      // Every idempotent route can answer 422 for a key reused with another body: said once, here.
      responses: idempotent ? { 422: IDEMPOTENCY_KEY_REUSED, ...responses } : responses,
    },
    spec,
  };
};

/** Every route, in the OpenAPI document's order. */
export const routeModules: readonly RouteModule[] = [
  health,
  openapi,
  noRoute,
  listEvents,
  getEvent,
  adminListEvents,
  adminGetEvent,
  putEvent,
  copyEvent,
  register,
  getOwnRegistration,
  updateOwnRegistration,
  cancelOwnRegistration,
  getCalendar,
  adminSummary,
  adminListRegistrations,
  adminParticipantsCsv,
  adminGetRegistration,
  adminDecideRegistration,
  adminDecideRegistrations,
  adminCancelRegistration,
  submitInquiry,
  listInquiries,
  getInquiry,
  changeInquiryStatus,
  listEmails,
  redriveEmails,
  releaseSuppressedEmail,
  adminListDelegations,
  inviteFocalPoint,
  revokeFocalPoint,
  getDelegation,
  nominate,
  withdrawNomination,
];

export const specs: readonly RouteSpec[] = routeModules.map((m) => m.spec);
export const routes: readonly Route[] = routeModules.map(routeOf);
