/**
 * Calls `refresh` every `intervalMs` while the page is visible, and at once when it becomes visible again: a
 * dashboard left open on a screen keeps itself current, and a background tab costs no requests.
 */
import { useEffect } from 'preact/hooks';

export const usePolling = (refresh: () => void, intervalMs: number, key: readonly unknown[] = []): void => {
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const start = () => {
      timer ??= setInterval(refresh, intervalMs);
    };
    const stop = () => {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') {
        refresh();
        start();
      } else stop();
    };
    if (document.visibilityState === 'visible') start();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [intervalMs, ...key]);
};
