/**
 * Registers the site's service worker (built by vite-plugin-pwa: the app shell, the barcode reader and the styles,
 * precached) and links the check-in manifest, both from the check-in app only: the public pages need neither.
 */
export const enableOfflineShell = (): void => {
  if (!document.querySelector('link[rel="manifest"]')) {
    const link = document.createElement('link');
    link.rel = 'manifest';
    link.href = '/checkin.webmanifest';
    document.head.append(link);
  }
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
};
