/**
 * Builds the public pages and the console into web/dist: plain static files that the local platform
 * serves at `/` and CloudFront serves from S3. Run from the repository root:
 * `vite build --config web/vite.config.ts`.
 */
import { defineConfig } from 'vite';

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
});
