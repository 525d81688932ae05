/**
 * The manage token arrives in the email link's fragment (`#token=`), which browsers never send to a server, so it
 * lands in no access log. Only the fragment is read: a `?token=` in the address would already have been sent (and
 * logged), and the API refuses the token in a URL for the same reason. It is moved out of the address bar at once
 * (so it is not left in history, bookmarks or screenshots) and kept for this tab only, per registration.
 */
const key = (registrationId: string) => `plenary.manage.${registrationId}`;

/** The token in the current address's fragment. */
export const tokenInAddress = (): string | null => new URLSearchParams(window.location.hash.slice(1)).get('token');

export const takeManageToken = (registrationId: string): string | undefined => {
  const fromLink = tokenInAddress();
  try {
    if (fromLink) sessionStorage.setItem(key(registrationId), fromLink);
    return fromLink ?? sessionStorage.getItem(key(registrationId)) ?? undefined;
  } catch {
    return fromLink ?? undefined;
  }
};
