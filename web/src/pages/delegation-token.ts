/**
 * The focal point's token arrives like the manage token (manage-token.ts): in the link's fragment, which no server
 * and no access log sees. It is kept for this tab only, per delegation, and the page takes it out of the address bar
 * at once (not left in history, bookmarks or screenshots).
 */
import { tokenInAddress } from './manage-token.ts';

const key = (eventId: string, code: string) => `plenary.delegation.${eventId}.${code}`;

export const takeDelegationToken = (eventId: string, code: string): string | undefined => {
  const fromLink = tokenInAddress();
  try {
    if (fromLink) sessionStorage.setItem(key(eventId, code), fromLink);
    return fromLink ?? sessionStorage.getItem(key(eventId, code)) ?? undefined;
  } catch {
    return fromLink ?? undefined;
  }
};

/** A refused token is forgotten, so a reload does not present it again. */
export const forgetDelegationToken = (eventId: string, code: string): void => {
  try {
    sessionStorage.removeItem(key(eventId, code));
  } catch {
    // Storage blocked: nothing was kept.
  }
};
