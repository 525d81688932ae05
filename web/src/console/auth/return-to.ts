/** Where to go after signing in: only console or check-in pages, never the sign-in itself, never another site (no open redirect). */
export const safeReturnTo = (value: string | null): string =>
  value && /^\/(console|checkin)(\/|$|\?)/.test(value) && !/^\/console\/(sign-in|callback)/.test(value) ? value : '/console';
