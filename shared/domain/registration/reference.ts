/** Human references: the event code, `D` for delegate, and a number from a per-event sequence (4 digits or more). */
export const formatReference = (eventCode: string, sequence: number): string => `${eventCode}-D-${String(sequence).padStart(4, '0')}`;
