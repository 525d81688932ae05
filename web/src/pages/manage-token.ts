/**
 * The manage token arrives in the email link (`?token=`). It is moved out of the address bar at once (so
 * it is not left in history, bookmarks or screenshots) and kept for this tab only, per registration.
 */
const key = (registrationId: string) => `plenary.manage.${registrationId}`;

export const takeManageToken = (registrationId: string, query: URLSearchParams): string | undefined => {
  const fromLink = query.get('token');
  try {
    if (fromLink) sessionStorage.setItem(key(registrationId), fromLink);
    return fromLink ?? sessionStorage.getItem(key(registrationId)) ?? undefined;
  } catch {
    return fromLink ?? undefined;
  }
};
