/**
 * DecisionBody types a decision as approve (reason optional) or decline (reason required), and answers bad input
 * exactly as the one-object schema with a cross-field rule did before it: the same fields named, with the same words.
 */
import { describe, expect, it } from 'vitest';
import { DecisionBody } from '../../shared/domain/registration/requests.ts';
import { toFieldErrors } from '../../shared/http/validation.ts';

const answer = (input: unknown) => {
  const parsed = DecisionBody.safeParse(input);
  return parsed.success ? { ok: parsed.data } : { errors: toFieldErrors(parsed.error.issues) };
};

const ONE_OF = { path: 'decision', message: 'Must be one of: approve, decline' };
const TO_DECLINE = { path: 'reason', message: 'Required to decline' };

describe('DecisionBody', () => {
  it('accepts an approval with or without a reason, and a decline with one', () => {
    expect(answer({ decision: 'approve' })).toEqual({ ok: { decision: 'approve' } });
    expect(answer({ decision: 'approve', reason: 'Accredited' })).toEqual({ ok: { decision: 'approve', reason: 'Accredited' } });
    expect(answer({ decision: 'decline', reason: 'Not accredited' })).toEqual({ ok: { decision: 'decline', reason: 'Not accredited' } });
  });

  it.each([
    [{}, [ONE_OF]],
    [{ decision: 'maybe', reason: 'x' }, [ONE_OF]],
    [{ decision: null }, [ONE_OF]],
    [{ decision: 'maybe', extra: 1 }, [ONE_OF, { path: 'extra', message: 'Unknown field' }]],
    [{ decision: 'decline' }, [TO_DECLINE]],
    [{ decision: 'decline', reason: '   ' }, [{ path: 'reason', message: 'Required' }, TO_DECLINE]],
    [{ decision: 'decline', extra: 1 }, [{ path: 'extra', message: 'Unknown field' }, TO_DECLINE]],
  ])('answers %j by naming %j', (input, errors) => {
    expect(answer(input)).toEqual({ errors });
  });
});
