/**
 * Every idempotent operation's name: a route spec's `idempotent.operation` is one of these (the type says so), and
 * test/unit/idempotent-operations.test.ts checks that the route table declares exactly these. A list of its own,
 * so the retention job (functions/platform/personal-data-retention.ts), which sweeps each operation's expired
 * records under `IDEMPOTENCY#<operation>`, knows them without bundling the route table.
 */
export const IDEMPOTENT_OPERATIONS = [
  'cancel-own-registration',
  'cancel-registration',
  'change-inquiry-status',
  'check-in',
  'complete-note-verbale',
  'copy-event',
  'decide-accreditation',
  'decide-media-accreditation',
  'decide-registration',
  'decide-registrations',
  'erase-inquiry',
  'erase-own-registration',
  'erase-registration',
  'invite-focal-point',
  'invite-user',
  'nominate',
  'offer-note-verbale-upload',
  'redrive-emails',
  'register-delegate',
  'release-suppressed-email',
  'submit-delegation',
  'submit-inquiry',
] as const;
export type IdempotentOperation = (typeof IDEMPOTENT_OPERATIONS)[number];
