/** Keeps the document title in step with the page's heading, so screen readers announce where they are. */
import { useEffect } from 'preact/hooks';

export const usePageTitle = (title: string | undefined): void => {
  useEffect(() => {
    if (title) document.title = `${title} · Plenary`;
  }, [title]);
};
