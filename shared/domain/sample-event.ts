/**
 * The sample event the local platform seeds: the Seventh South American Conference on Migration
 * (from the press release in the design seeds). Its dates are set relative to the day it is seeded,
 * so registration is open in every demo. Addresses use the reserved example.org domain: no real inbox.
 */
import type { EventConfigInput } from './event-config.ts';

export const SAMPLE_EVENT_ID = 'sacm-7';

const MEMBER_STATES: [code: string, es: string, pt: string, en: string, nl: string][] = [
  ['AR', 'Argentina', 'Argentina', 'Argentina', 'Argentinië'],
  ['BO', 'Bolivia', 'Bolívia', 'Bolivia', 'Bolivia'],
  ['BR', 'Brasil', 'Brasil', 'Brazil', 'Brazilië'],
  ['CL', 'Chile', 'Chile', 'Chile', 'Chili'],
  ['CO', 'Colombia', 'Colômbia', 'Colombia', 'Colombia'],
  ['EC', 'Ecuador', 'Equador', 'Ecuador', 'Ecuador'],
  ['GY', 'Guyana', 'Guiana', 'Guyana', 'Guyana'],
  ['PY', 'Paraguay', 'Paraguai', 'Paraguay', 'Paraguay'],
  ['PE', 'Perú', 'Peru', 'Peru', 'Peru'],
  ['SR', 'Surinam', 'Suriname', 'Suriname', 'Suriname'],
  ['UY', 'Uruguay', 'Uruguai', 'Uruguay', 'Uruguay'],
  ['VE', 'Venezuela', 'Venezuela', 'Venezuela', 'Venezuela'],
];

const OBSERVERS: [code: string, es: string, pt: string, en: string, nl: string][] = [
  [
    'iom',
    'Organización Internacional para las Migraciones (OIM)',
    'Organização Internacional para as Migrações (OIM)',
    'International Organization for Migration (IOM)',
    'Internationale Organisatie voor Migratie (IOM)',
  ],
  [
    'unhcr',
    'Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR)',
    'Alto Comissariado das Nações Unidas para Refugiados (ACNUR)',
    'UN Refugee Agency (UNHCR)',
    'VN-Vluchtelingenorganisatie (UNHCR)',
  ],
  [
    'ilo',
    'Organización Internacional del Trabajo (OIT)',
    'Organização Internacional do Trabalho (OIT)',
    'International Labour Organization (ILO)',
    'Internationale Arbeidsorganisatie (IAO)',
  ],
  [
    'red-migrantes',
    'Red Sudamericana de Organizaciones de Migrantes',
    'Rede Sul-Americana de Organizações de Migrantes',
    'South American Network of Migrant Organisations',
    'Zuid-Amerikaans Netwerk van Migrantenorganisaties',
  ],
];

const day = 24 * 60 * 60 * 1000;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** The sample event's configuration, with dates relative to `today`. */
export const sampleEvent = (today: Date = new Date()): EventConfigInput => {
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + 60 * day);
  const end = new Date(start.getTime() + day);
  const opensAt = new Date(today.getTime() - day);
  // Registration closes a week before the event, at midnight Caracas time (UTC-4).
  const closesAt = new Date(start.getTime() - 7 * day + 4 * 60 * 60 * 1000);
  return {
    code: 'SACM7',
    published: true,
    titles: {
      es: 'VII Conferencia Suramericana sobre Migraciones',
      pt: 'VII Conferência Sul-Americana sobre Migrações',
      en: 'Seventh South American Conference on Migration',
      nl: 'Zevende Zuid-Amerikaanse Conferentie over Migratie',
    },
    description: {
      es: 'Migración y desarrollo: aportes de América del Sur al Foro Global sobre Migración y Desarrollo en Bruselas.',
      pt: 'Migração e desenvolvimento: contribuições da América do Sul ao Fórum Global sobre Migração e Desenvolvimento em Bruxelas.',
      en: 'Migration and development: South America’s input to the Global Forum on Migration and Development in Brussels.',
      nl: 'Migratie en ontwikkeling: de bijdrage van Zuid-Amerika aan het Mondiaal Forum over Migratie en Ontwikkeling in Brussel.',
    },
    startDate: isoDate(start),
    endDate: isoDate(end),
    dailyStart: '09:00',
    dailyEnd: '18:00',
    timeZone: 'America/Caracas',
    venue: { name: 'Ministerio del Poder Popular para Relaciones Exteriores', city: 'Caracas', country: 'VE' },
    host: 'Government of the Bolivarian Republic of Venezuela',
    languages: ['es', 'pt', 'en', 'nl'],
    defaultLanguage: 'es',
    registration: {
      opensAt: opensAt.toISOString(),
      closesAt: closesAt.toISOString(),
      capacity: 150,
      quotas: { member_state: 8, observer: 2 },
      approvalRequired: true,
      waitlist: true,
    },
    ministries: ['Foreign Affairs', 'Interior', 'Justice', 'Other'],
    delegations: [
      ...MEMBER_STATES.map(([code, es, pt, en, nl]) => ({ code, kind: 'member_state' as const, names: { es, pt, en, nl } })),
      ...OBSERVERS.map(([code, es, pt, en, nl]) => ({ code, kind: 'observer' as const, names: { es, pt, en, nl } })),
    ],
    contacts: [
      {
        id: 'technical-secretariat',
        name: 'Jorge Gurrieri',
        role: {
          es: 'Secretaría Técnica de la Conferencia Suramericana sobre Migraciones',
          pt: 'Secretaria Técnica da Conferência Sul-Americana sobre Migrações',
          en: 'Technical Secretariat of the South American Conference on Migration',
          nl: 'Technisch Secretariaat van de Zuid-Amerikaanse Conferentie over Migratie',
        },
        organisation: 'IOM',
        phone: '+54 11 4815 5194',
        email: 'secretariat@example.org',
        responseTargetHours: 24,
        public: true,
      },
      {
        id: 'regional-representative',
        name: 'Office of the IOM Regional Representative for the Southern Cone',
        role: {
          es: 'Oficina del Representante Regional de la OIM para el Cono Sur',
          pt: 'Escritório do Representante Regional da OIM para o Cone Sul',
          en: 'Office of the IOM Regional Representative for the Southern Cone',
          nl: 'Bureau van de Regionale Vertegenwoordiger van de IOM voor de Southern Cone',
        },
        organisation: 'IOM',
        phone: '+54 11 4815 5195',
        email: 'regional-office@example.org',
        responseTargetHours: 12,
        public: true,
      },
    ],
    press: {
      defaultContact: 'technical-secretariat',
      rules: [{ id: 'interviews-regional-representative', when: { topics: ['interview_request'] }, contact: 'regional-representative' }],
      hourlyLimit: 5,
    },
    secretariatEmail: 'registrations@example.org',
    senderName: 'SACM Technical Secretariat',
  };
};

/** The second seeded event: next year's meeting, whose member-state delegations are nominated by focal points. */
export const NEXT_SAMPLE_EVENT_ID = 'sacm-8';

/**
 * `sacm-8`: the sample event a year later (dates shifted by 364 days, so the same weekday), its member states
 * nominated by their focal points (`registration.memberStates: focal_point`), observers still registering
 * themselves, a nominations deadline two weeks before registration closes, and no list submitted without a head of
 * delegation (`registration.headOfDelegationRequired`). Registration is open from today.
 */
export const nextSampleEvent = (today: Date = new Date()): EventConfigInput => {
  const base = sampleEvent(today);
  const shift = (date: string) => isoDate(new Date(Date.parse(`${date}T00:00:00Z`) + 364 * day));
  const startDate = shift(base.startDate);
  // Registration closes a week before the event and nominations a week earlier, at midnight Caracas time (UTC-4).
  const closesAt = new Date(Date.parse(`${startDate}T00:00:00Z`) - 7 * day + 4 * 60 * 60 * 1000);
  const nominationsCloseAt = new Date(closesAt.getTime() - 7 * day);
  return {
    ...base,
    code: 'SACM8',
    titles: {
      es: 'VIII Conferencia Suramericana sobre Migraciones',
      pt: 'VIII Conferência Sul-Americana sobre Migrações',
      en: 'Eighth South American Conference on Migration',
      nl: 'Achtste Zuid-Amerikaanse Conferentie over Migratie',
    },
    startDate,
    endDate: shift(base.endDate),
    registration: {
      ...base.registration,
      closesAt: closesAt.toISOString(),
      memberStates: 'focal_point',
      observers: 'self',
      nominationsCloseAt: nominationsCloseAt.toISOString(),
      headOfDelegationRequired: true,
    },
  };
};
