/**
 * The security headers of the site, the same as the CloudFront response headers policy in AWS (the CSP and the
 * Permissions-Policy come from one module, shared/http/site-policy.ts, that infra/web.ts uses too). No inline scripts
 * or styles, no framing, no sniffing. `connectSources`: the origins the pages may fetch besides their own (the S3
 * stand-in, where the note verbale is POSTed straight).
 */
import { contentSecurityPolicy, PERMISSIONS_POLICY } from '../shared/http/site-policy.ts';

export const siteSecurityHeaders = (connectSources: readonly string[] = []): Readonly<Record<string, string>> => ({
  'Content-Security-Policy': contentSecurityPolicy(connectSources),
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': PERMISSIONS_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
});
