/**
 * After a client-side navigation, move focus to the new page's heading (or its main landmark) and scroll
 * to the top, as a full page load would, so screen-reader and keyboard users start at the new content.
 * The first render is left alone: the browser already starts at the top of a freshly loaded page.
 */
import { useEffect, useRef } from 'preact/hooks';

export const useRouteFocus = (path: string): void => {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    // Wait a frame so the new page's heading exists.
    requestAnimationFrame(() => {
      const target = document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
      target?.focus();
    });
  }, [path]);
};
