/** The human reference of a press inquiry: `<EVENTCODE>-P-<sequence>`, at least four digits (SACM7-P-0007). */
export const inquiryReference = (eventCode: string, sequence: number): string => `${eventCode}-P-${String(sequence).padStart(4, '0')}`;
