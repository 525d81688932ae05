/**
 * The retention job sweeps the expired idempotency records of every operation in IDEMPOTENT_OPERATIONS
 * (shared/http/idempotent-operations.ts), a list it can bundle without the route table: it must be exactly the
 * operations the route table declares, or some records would be left to TTL alone.
 */
import { describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes.ts';
import { IDEMPOTENT_OPERATIONS } from '../../shared/http/idempotent-operations.ts';

describe('IDEMPOTENT_OPERATIONS', () => {
  it("is exactly the set of the route table's idempotent operations, each listed once", () => {
    const declared = routes.flatMap((r) => (r.spec?.idempotent ? [r.spec.idempotent.operation] : []));
    expect([...IDEMPOTENT_OPERATIONS].sort()).toEqual([...new Set(declared)].sort());
    expect(new Set(IDEMPOTENT_OPERATIONS).size).toBe(IDEMPOTENT_OPERATIONS.length);
  });

  it('is what the route table grants each idempotent route (access.idempotency)', () => {
    const granted = routes.flatMap((r) => (r.access.idempotency ? [r.access.idempotency] : []));
    expect(new Set(granted)).toEqual(new Set(IDEMPOTENT_OPERATIONS));
  });
});
