/**
 * Client-side routing with the History API (no hashes): the local server and CloudFront answer every
 * page path with index.html, and this module turns the path into a view. Same-origin link clicks are
 * intercepted so moving between pages never reloads the app.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Location {
  path: string;
  query: URLSearchParams;
  state: unknown;
}

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

const current = (): Location => ({
  path: window.location.pathname,
  query: new URLSearchParams(window.location.search),
  state: window.history.state as unknown,
});

export const navigate = (to: string, { replace = false, state = null }: { replace?: boolean; state?: unknown } = {}): void => {
  if (replace) window.history.replaceState(state, '', to);
  else window.history.pushState(state, '', to);
  notify();
};

export const useLocation = (): Location => {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current());
    listeners.add(update);
    window.addEventListener('popstate', update);
    // A child's effect may have navigated before this one subscribed (children's effects run first).
    if (window.location.pathname !== location.path || window.location.search !== (location.query.size ? `?${location.query}` : '')) update();
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
    // Subscribe once; `location` is only compared on the first run.
  }, []);
  return location;
};

/** Matches `/events/:eventId/register` against a path; values are URI-decoded. */
export const matchPath = (pattern: string, path: string): Record<string, string> | undefined => {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const value = got[i] as string;
    if (part.startsWith(':')) {
      try {
        params[part.slice(1)] = decodeURIComponent(value);
      } catch {
        return undefined;
      }
    } else if (part !== value) return undefined;
  }
  return params;
};

/** Lets ordinary `<a href="/...">` links navigate in place; downloads, new tabs and other origins are left alone. */
export const interceptLinks = (root: Document): void => {
  root.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.dataset.reload !== undefined) return;
    const url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return;
    // In-page anchors (the error summary's links) keep their own behaviour.
    if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
};
