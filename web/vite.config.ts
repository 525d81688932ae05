/**
 * Builds the public pages and the console into web/dist: plain static files that the local platform
 * serves at `/` and CloudFront serves from S3. Run from the repository root:
 * `vite build --config web/vite.config.ts`.
 */
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  root: import.meta.dirname,
  publicDir: 'public',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The strict CSP allows scripts from files only: no inline polyfill, no inline assets.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: true,
    target: 'es2022',
  },
  plugins: [
    // The check-in app's offline shell (web/src/checkin/service-worker-registration.ts registers it, nothing else
    // does): a Workbox service worker precaching the built site, the barcode reader's .wasm included, so a door
    // phone that loses the network can still reload the app. The manifest is web/public/checkin.webmanifest,
    // linked by the check-in app only (so the public pages do not offer to be installed as the scanner).
    VitePWA({
      strategies: 'generateSW',
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: false,
      filename: 'sw.js',
      workbox: {
        // config.json is rewritten per deployment after the build: fetched fresh, never precached.
        globPatterns: ['**/*.{js,css,html,wasm,svg,webmanifest,woff2}'],
        globIgnores: ['**/*.map'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/local\//],
        // The ZXing reader is about 1.1 MB.
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        sourcemap: false,
        runtimeCaching: [{ urlPattern: ({ url }) => url.pathname === '/config.json', handler: 'NetworkFirst' }],
      },
    }),
  ],
});
