/**
 * The configuration of one event: what the secretariat PUTs and what every rule reads.
 * Validated as strictly as a registration (unknown fields refused, cross-field rules checked).
 */
import * as z from 'zod/mini';
import {
  CountryCode,
  DateOnly,
  DateTime,
  DelegationCode,
  Email,
  Language,
  LANGUAGES,
  Localized,
  Phone,
  Slug,
  TimeZone,
  line,
  optionalLine,
} from './primitives.ts';
import { isRegistrationOpen, registrationModeOf } from './event-config-rules.ts';
import { DEFAULT_CLIENT_LIMIT_PER_HOUR, DEFAULT_EMAIL_LIMIT_PER_HOUR } from './rate-limits.ts';

const DELEGATION_KINDS = ['member_state', 'observer'] as const;
export const DelegationKind = z.enum(DELEGATION_KINDS);
export type DelegationKind = z.infer<typeof DelegationKind>;

/** How delegates of one kind of delegation are registered. */
export const REGISTRATION_MODES = ['self', 'focal_point'] as const;
export const RegistrationMode = z.enum(REGISTRATION_MODES);
export type RegistrationMode = z.infer<typeof RegistrationMode>;

export const INQUIRY_TOPICS = ['interview_request', 'accreditation', 'background_information', 'statement_request', 'other'] as const;
export const InquiryTopic = z.enum(INQUIRY_TOPICS);
export type InquiryTopic = z.infer<typeof InquiryTopic>;

export const Delegation = z.strictObject({
  code: DelegationCode,
  kind: DelegationKind,
  names: Localized(200),
  /** Overrides the default quota of its kind. */
  quota: z.optional(z.int().check(z.gte(0), z.lte(10_000))),
});
export type Delegation = z.infer<typeof Delegation>;

export const Contact = z.strictObject({
  id: Slug,
  name: line(200),
  role: Localized(200),
  organisation: line(200),
  phone: Phone,
  email: Email,
  /** Hours within which an inquiry should be answered (the response clock). */
  responseTargetHours: z._default(z.int().check(z.gte(1), z.lte(24 * 30)), 24),
  /** Shown on the public event page and in acknowledgements. */
  public: z._default(z.boolean(), true),
});
export type Contact = z.infer<typeof Contact>;

export const RoutingRule = z.strictObject({
  id: Slug,
  when: z.strictObject({
    topics: z.optional(z.array(InquiryTopic).check(z.minLength(1))),
    languages: z.optional(z.array(Language).check(z.minLength(1))),
    countries: z.optional(z.array(CountryCode).check(z.minLength(1))),
  }),
  contact: Slug,
});
export type RoutingRule = z.infer<typeof RoutingRule>;

export const EventConfigBody = z
  .strictObject({
    code: z.string().check(z.regex(/^[A-Z][A-Z0-9]{1,11}$/, 'Upper-case letters and digits, e.g. SACM7')),
    published: z.boolean(),
    titles: Localized(300),
    description: z.optional(Localized(2000)),
    startDate: DateOnly,
    endDate: DateOnly,
    /** Local start and end times of each day, HH:MM in the event's time zone. */
    dailyStart: z._default(z.string().check(z.regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/)), '09:00'),
    dailyEnd: z._default(z.string().check(z.regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/)), '18:00'),
    timeZone: TimeZone,
    venue: z.strictObject({ name: line(200), address: optionalLine(300), city: line(100), country: CountryCode }),
    host: optionalLine(200),
    languages: z.array(Language).check(z.minLength(1), z.maxLength(LANGUAGES.length)),
    defaultLanguage: Language,
    registration: z.strictObject({
      opensAt: DateTime,
      closesAt: DateTime,
      capacity: z.int().check(z.gte(0), z.lte(100_000)),
      quotas: z.strictObject({
        member_state: z.int().check(z.gte(0), z.lte(10_000)),
        observer: z.int().check(z.gte(0), z.lte(10_000)),
      }),
      approvalRequired: z.boolean(),
      waitlist: z.boolean(),
      /**
       * Public POSTs (registrations, cancels, press inquiries) per client (an IPv4 address or an IPv6 /64) per
       * hour; high by default so a ministry registering its whole delegation from one office is never refused.
       */
      clientLimitPerHour: z._default(z.int().check(z.gte(1), z.lte(100_000)), DEFAULT_CLIENT_LIMIT_PER_HOUR),
      /** Registrations per participant email address per hour. */
      emailLimitPerHour: z._default(z.int().check(z.gte(1), z.lte(1000)), DEFAULT_EMAIL_LIMIT_PER_HOUR),
      /**
       * Who registers a member state's delegates: `self` (each delegate, on the public form) or `focal_point`
       * (only their government's focal point nominates them; the public form refuses them).
       */
      memberStates: z._default(RegistrationMode, 'self'),
      /** The same for observer organisations. */
      observers: z._default(RegistrationMode, 'self'),
      /** The focal points' deadline for nominations (absent: registration.closesAt). */
      nominationsCloseAt: z.optional(DateTime),
      /** Whether a focal point may submit a delegation's list only once it names a head of delegation. */
      headOfDelegationRequired: z._default(
        z.boolean().register(z.globalRegistry, {
          description:
            "When true, a focal point's list cannot be submitted until one of the delegation's active nominees has the role head_of_delegation (409 not-ready-to-submit). Default false.",
        }),
        false,
      ),
    }),
    ministries: z._default(z.array(line(100)).check(z.maxLength(20)), ['Foreign Affairs', 'Interior', 'Justice', 'Other']),
    delegations: z.array(Delegation).check(z.minLength(1), z.maxLength(500)),
    contacts: z.array(Contact).check(z.minLength(1), z.maxLength(50)),
    press: z.strictObject({
      defaultContact: Slug,
      rules: z._default(z.array(RoutingRule).check(z.maxLength(100)), []),
      /** Inquiries per journalist email address per hour (per client: `registration.clientLimitPerHour`). */
      hourlyLimit: z._default(z.int().check(z.gte(1), z.lte(1000)), 5),
    }),
    /** Where "new registration / new inquiry" notifications to the secretariat go. */
    secretariatEmail: Email,
    /** The address emails come from (must be a verified SES identity in AWS). */
    senderName: z._default(line(100), 'Plenary'),
    /**
     * How long participants' personal data is kept (shared/domain/personal-data/retention-rules.ts): absent, the
     * default (90 days after the event's end). Optional so that events stored before it existed still read as valid.
     */
    retention: z.optional(
      z.strictObject({
        personalDataDays: z.int().check(z.gte(1), z.lte(3650)).register(z.globalRegistry, {
          description:
            "Days after the event's end date on which a daily job erases the event's personal data (names, emails, phones, documents), keeping only what the statistics need. Default 90.",
        }),
      }),
    ),
  })
  .check(
    z.superRefine((event, ctx) => {
      const issue = (path: (string | number)[], message: string) => ctx.issues.push({ code: 'custom', path, message, input: event });
      if (event.endDate < event.startDate) issue(['endDate'], 'Must not be before startDate');
      if (Date.parse(event.registration.closesAt) <= Date.parse(event.registration.opensAt))
        issue(['registration', 'closesAt'], 'Must be after opensAt');
      if (!event.languages.includes(event.defaultLanguage)) issue(['defaultLanguage'], 'Must be one of languages');
      if (new Set(event.languages).size !== event.languages.length) issue(['languages'], 'Languages must be distinct');
      for (const lang of Object.keys(event.titles)) {
        if (!event.languages.includes(lang as Language)) issue(['titles', lang], 'Not one of the event languages');
      }
      if (!event.titles[event.defaultLanguage]) issue(['titles', event.defaultLanguage], 'Required for the default language');
      const codes = new Set<string>();
      event.delegations.forEach((d, i) => {
        if (codes.has(d.code)) issue(['delegations', i, 'code'], 'Duplicate delegation code');
        codes.add(d.code);
        const isCountry = /^[A-Z]{2}$/.test(d.code);
        if (d.kind === 'member_state' && !isCountry) issue(['delegations', i, 'code'], 'Member states use an ISO country code');
        if (d.kind === 'observer' && isCountry) issue(['delegations', i, 'code'], 'Observer organisations use a lower-case slug');
      });
      const contactIds = new Set<string>();
      event.contacts.forEach((c, i) => {
        if (contactIds.has(c.id)) issue(['contacts', i, 'id'], 'Duplicate contact id');
        contactIds.add(c.id);
      });
      if (!contactIds.has(event.press.defaultContact)) issue(['press', 'defaultContact'], 'Not one of the contacts');
      const ruleIds = new Set<string>();
      event.press.rules.forEach((r, i) => {
        if (!contactIds.has(r.contact)) issue(['press', 'rules', i, 'contact'], 'Not one of the contacts');
        if (ruleIds.has(r.id)) issue(['press', 'rules', i, 'id'], 'Duplicate rule id');
        ruleIds.add(r.id);
      });
    }),
  );
export type EventConfigBody = z.infer<typeof EventConfigBody>;
export type EventConfigInput = z.input<typeof EventConfigBody>;

/** An event as stored: the configuration plus its id and bookkeeping. */
export interface EventConfig extends EventConfigBody {
  id: string;
  updatedAt: string;
  /**
   * Set (to `updatedAt`) by every save of the configuration and cleared once nobody on the waiting list fits
   * the saved limits: while it is set, promotions are owed and no newcomer may take a seat (first come, first
   * served), and anyone who finds it set finishes them first. See docs/registration.md.
   */
  promotionsDue?: string;
}

export { eventTitle, isRegistrationOpen, nominationsCloseAt, quotaFor, registrationModeOf } from './event-config-rules.ts';

/**
 * The public view of an event (GET /events/{eventId}): no private contacts, and the secretariat's address only when
 * a kind of delegation is nominated by focal points (those delegates are told to ask it; every delegate's email
 * already gives it as the address for questions).
 */
export const toPublicEvent = (event: EventConfig, now: Date) => ({
  id: event.id,
  code: event.code,
  titles: event.titles,
  description: event.description ?? {},
  startDate: event.startDate,
  endDate: event.endDate,
  dailyStart: event.dailyStart,
  dailyEnd: event.dailyEnd,
  timeZone: event.timeZone,
  venue: event.venue,
  host: event.host ?? null,
  languages: event.languages,
  defaultLanguage: event.defaultLanguage,
  registration: {
    opensAt: event.registration.opensAt,
    closesAt: event.registration.closesAt,
    open: isRegistrationOpen(event, now),
    approvalRequired: event.registration.approvalRequired,
    // The form offers no self-registration to a kind nominated by focal points, and says so.
    memberStates: registrationModeOf(event, 'member_state'),
    observers: registrationModeOf(event, 'observer'),
    contactEmail:
      registrationModeOf(event, 'member_state') === 'focal_point' || registrationModeOf(event, 'observer') === 'focal_point'
        ? event.secretariatEmail
        : null,
  },
  ministries: event.ministries,
  delegations: event.delegations.map((d) => ({ code: d.code, kind: d.kind, names: d.names })),
  pressContacts: event.contacts
    .filter((c) => c.public)
    .map((c) => ({ id: c.id, name: c.name, role: c.role, organisation: c.organisation, phone: c.phone, email: c.email })),
});
export type PublicEvent = ReturnType<typeof toPublicEvent>;

const PublicContact = z.object({
  id: z.string(),
  name: z.string(),
  role: z.record(z.string(), z.string()),
  organisation: z.string(),
  phone: z.string(),
  email: z.string(),
});

/** Response schema of the public event, for the OpenAPI document. */
export const PublicEventSchema = /* @__PURE__ */ z
  .object({
    id: z.string(),
    code: z.string(),
    titles: z.record(z.string(), z.string()),
    description: z.record(z.string(), z.string()),
    startDate: z.string(),
    endDate: z.string(),
    dailyStart: z.string(),
    dailyEnd: z.string(),
    timeZone: z.string(),
    venue: z.object({ name: z.string(), address: z.optional(z.string()), city: z.string(), country: z.string() }),
    host: z.nullable(z.string()),
    languages: z.array(Language),
    defaultLanguage: Language,
    registration: z.object({
      opensAt: z.string(),
      closesAt: z.string(),
      open: z.boolean(),
      approvalRequired: z.boolean(),
      memberStates: RegistrationMode,
      observers: RegistrationMode,
      contactEmail: z.nullable(
        z.string().register(z.globalRegistry, {
          description: "The secretariat's address, for delegates nominated by focal points; null when every kind registers itself.",
        }),
      ),
    }),
    ministries: z.array(z.string()),
    delegations: z.array(z.object({ code: z.string(), kind: DelegationKind, names: z.record(z.string(), z.string()) })),
    pressContacts: z.array(PublicContact),
  })
  .register(z.globalRegistry, { id: 'PublicEvent' });
