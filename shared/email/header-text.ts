/**
 * Text bound for a header (display names, subjects): control characters, CR, LF and NUL included, become one
 * space, so no value can end a header and start another. Schemas refuse them already; this is the last line.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_RUNS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** Long enough for any subject we build; mail clients cut long ones anyway. */
const MAX_HEADER_TEXT = 250;

export const headerText = (value: string): string => value.replace(CONTROL_RUNS, ' ').replace(/ {2,}/g, ' ').trim().slice(0, MAX_HEADER_TEXT);
