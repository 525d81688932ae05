/**
 * The console's groups: `secretariat` (everything), `press` (inquiries and media accreditation),
 * `checkin` (venue staff: the check-in routes and nothing else). A user may be in several. The user pool has one
 * group each (infra/auth.ts), the tokens carry them as `cognito:groups`, and the route specs admit by them.
 */
export const GROUPS = ['secretariat', 'press', 'checkin'] as const;
export type Group = (typeof GROUPS)[number];

export const isGroup = (value: unknown): value is Group => (GROUPS as readonly unknown[]).includes(value);
