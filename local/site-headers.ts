/**
 * The security headers of the site, the same as the CloudFront response headers policy in AWS (infra/
 * should build its policy from these values). No inline scripts or styles, no framing, no sniffing. `connectSources`:
 * the origins the pages may fetch besides their own (the S3 stand-in, where the note verbale is POSTed straight).
 */
export const siteSecurityHeaders = (connectSources: readonly string[] = []): Readonly<Record<string, string>> => ({
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${connectSources.join(' ')}`.trim(),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
});
