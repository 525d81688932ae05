/**
 * The site's Content-Security-Policy and Permissions-Policy, in one place: the local server (local/site-headers.ts)
 * and CloudFront (infra/web.ts) both send these, so a page that works locally works deployed.
 * - No inline scripts or styles: the built pages load their code and CSS from files.
 * - `'wasm-unsafe-eval'`: compiling WebAssembly (the check-in app's QR reader, served by the site itself); it allows
 *   no JavaScript `eval`.
 * - `worker-src 'self'`: the check-in app's service worker (the offline shell), from this origin only.
 * - The camera, for this origin only (the check-in app scans badges); nothing else.
 * `connectSources`: origins the pages may fetch besides their own (the documents bucket, the Cognito token endpoint).
 */
export const contentSecurityPolicy = (connectSources: readonly string[], { upgradeInsecureRequests = false } = {}): string =>
  [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${connectSources.join(' ')}`.trim(),
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(upgradeInsecureRequests ? ['upgrade-insecure-requests'] : []),
  ].join('; ');

export const PERMISSIONS_POLICY = 'camera=(self), microphone=(), geolocation=(), payment=()';
