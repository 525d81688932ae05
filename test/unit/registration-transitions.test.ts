import { describe, expect, it } from 'vitest';
import { InvalidTransition } from '../../shared/domain/registration/problems.ts';
import { REGISTRATION_STATUSES } from '../../shared/domain/registration/registration.ts';
import { assertCan, canDo, seatedStatus } from '../../shared/domain/registration/transitions.ts';

describe('status transitions', () => {
  it('allows exactly the documented moves', () => {
    const table = Object.fromEntries(
      (['approve', 'decline', 'cancel', 'promote', 'update'] as const).map((action) => [
        action,
        REGISTRATION_STATUSES.filter((s) => canDo(action, s)),
      ]),
    );
    expect(table).toEqual({
      approve: ['pending_approval'],
      decline: ['pending_approval', 'waitlisted'],
      // A nominee cancels themselves, or their focal point withdraws them (a cancellation); they correct their details.
      cancel: ['nominated', 'pending_approval', 'confirmed', 'waitlisted'],
      promote: ['waitlisted'],
      update: ['nominated', 'pending_approval', 'confirmed', 'waitlisted'],
    });
  });

  it('refuses a second cancellation as a 409 invalid-transition', () => {
    expect(() => assertCan('cancel', 'cancelled')).toThrow(InvalidTransition);
    try {
      assertCan('approve', 'declined');
    } catch (error) {
      expect(error).toMatchObject({
        status: 409,
        type: '/problems/invalid-transition',
        message: 'A registration that is declined cannot be approved.',
      });
    }
  });

  it('seats a delegate as pending approval only where the secretariat approves each one', () => {
    expect(seatedStatus(true)).toBe('pending_approval');
    expect(seatedStatus(false)).toBe('confirmed');
  });
});
