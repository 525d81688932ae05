/**
 * The summary's `checkIn` part: checked in against expected (confirmed), in all, by delegation and by category.
 * Checked-in numbers come from the counters the check-in transaction keeps; they count arrivals, so a participant
 * cancelled after arriving still counts as checked in (and no longer as expected).
 */
import * as z from 'zod/mini';
import { PARTICIPANT_CATEGORIES, PRESS_DELEGATION, categoryOf, type ParticipantCategory } from '../badges/category.ts';
import type { EventConfig } from '../event-config.ts';
import type { CheckInCounts } from './ports.ts';

export const checkInSummary = (event: Pick<EventConfig, 'delegations'>, counts: CheckInCounts) => {
  const expectedByCategory: Record<ParticipantCategory, number> = { member_state: 0, observer: 0, press: 0 };
  for (const [code, n] of Object.entries(counts.confirmedByDelegation)) {
    const category = categoryOf(code, event.delegations);
    if (category) expectedByCategory[category] += n;
  }
  const codes = [...event.delegations.map((d) => d.code)];
  // Journalists appear as a row of their own once there are any.
  if (counts.confirmedByDelegation[PRESS_DELEGATION] || counts.checkedIn.byDelegation[PRESS_DELEGATION]) codes.push(PRESS_DELEGATION);
  const byCategory = PARTICIPANT_CATEGORIES.map((category) => ({
    category,
    checkedIn: counts.checkedIn.byCategory[category] ?? 0,
    expected: expectedByCategory[category],
  }));
  return {
    checkedIn: byCategory.reduce((sum, c) => sum + c.checkedIn, 0),
    expected: byCategory.reduce((sum, c) => sum + c.expected, 0),
    byDelegation: codes.map((code) => ({
      code,
      checkedIn: counts.checkedIn.byDelegation[code] ?? 0,
      expected: counts.confirmedByDelegation[code] ?? 0,
    })),
    byCategory,
  };
};

export const noCheckIns: CheckInCounts = { checkedIn: { byDelegation: {}, byCategory: {} }, confirmedByDelegation: {} };

/** For the OpenAPI document (inside the summary's schema). */
export const CheckInSummarySchema = /* @__PURE__ */ z.object({
  checkedIn: z.int(),
  expected: z.int(),
  byDelegation: z.array(z.object({ code: z.string(), checkedIn: z.int(), expected: z.int() })),
  byCategory: z.array(z.object({ category: z.enum(PARTICIPANT_CATEGORIES), checkedIn: z.int(), expected: z.int() })),
});
