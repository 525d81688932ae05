/**
 * The manage token arrives in the email link's fragment (`#token=`, never sent to a server; `?token=` is
 * accepted too). It is moved out of the address bar at once (so it is not left in history, bookmarks or
 * screenshots) and kept for this tab only, per registration.
 */
const key = (registrationId: string) => `plenary.manage.${registrationId}`;

/** The token in the current address, fragment first. */
export const tokenInAddress = (query: URLSearchParams): string | null =>
  new URLSearchParams(window.location.hash.slice(1)).get('token') ?? query.get('token');

export const takeManageToken = (registrationId: string, query: URLSearchParams): string | undefined => {
  const fromLink = tokenInAddress(query);
  try {
    if (fromLink) sessionStorage.setItem(key(registrationId), fromLink);
    return fromLink ?? sessionStorage.getItem(key(registrationId)) ?? undefined;
  } catch {
    return fromLink ?? undefined;
  }
};
