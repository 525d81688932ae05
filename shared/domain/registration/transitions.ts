/** Which status changes each action allows: the one table every use case consults before writing. */
import { InvalidTransition } from './problems.ts';
import type { RegistrationStatus } from './registration.ts';

const ACTIONS = {
  approve: { from: ['pending_approval'], past: 'approved' },
  decline: { from: ['pending_approval', 'waitlisted'], past: 'declined' },
  cancel: { from: ['nominated', 'pending_approval', 'confirmed', 'waitlisted'], past: 'cancelled' },
  promote: { from: ['waitlisted'], past: 'promoted' },
  // The secretariat accredits a nominee's delegation: the place is already held since the nomination.
  accredit: { from: ['nominated'], past: 'accredited' },
  update: { from: ['nominated', 'pending_approval', 'confirmed', 'waitlisted'], past: 'updated' },
} as const satisfies Record<string, { from: readonly RegistrationStatus[]; past: string }>;
export type Action = keyof typeof ACTIONS;

export const canDo = (action: Action, status: RegistrationStatus): boolean =>
  (ACTIONS[action].from as readonly RegistrationStatus[]).includes(status);

export const assertCan = (action: Action, status: RegistrationStatus): void => {
  if (!canDo(action, status)) throw new InvalidTransition(status, ACTIONS[action].past);
};

/** Where a registration goes when it gets a seat: straight to confirmed unless the secretariat approves each one. */
export const seatedStatus = (approvalRequired: boolean) => (approvalRequired ? 'pending_approval' : 'confirmed') as 'pending_approval' | 'confirmed';
