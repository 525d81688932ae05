/**
 * Deployment settings, read once from CDK context (`-c key=value` or cdk.json) or the environment.
 * Every setting has an offline-safe default so `cdk synth` runs with no credentials and no lookups.
 */
import type { Node } from 'constructs';

export interface PlenaryConfig {
  account: string;
  region: string;
  /** The SES identity mail is sent from: a domain (`conference.example.org`) or one address. */
  sesIdentity: string;
  /** The From address; must belong to `sesIdentity`. */
  sesFrom: string;
  /** People who become secretariat users at deploy time and receive alarm emails. */
  adminEmails: string[];
  /** A custom domain for the site (needs `siteCertificateArn`, an ACM certificate in us-east-1). */
  siteDomain?: string;
  siteCertificateArn?: string;
  /** Globally unique prefix of the Cognito hosted UI domain. */
  authDomainPrefix: string;
  /** Default stage throttling of the HTTP API (requests per second, burst). */
  apiRateLimit: number;
  apiBurstLimit: number;
  /** The web ACL's rate-based rules, per client IP in 5 minutes: writes under /api/, and requests of any kind. */
  wafWritesPerIp: number;
  wafRequestsPerIp: number;
}

const DEFAULT_ACCOUNT = '111111111111';
const DEFAULT_REGION = 'eu-west-1';
const DEFAULT_SES_IDENTITY = 'plenary.example.org';

const list = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string' && value
      ? value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];

const optional = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Mail goes out from `no-reply@<domain>` for a domain identity, or from the verified address itself. */
const defaultFrom = (identity: string) => (identity.includes('@') ? identity : `no-reply@${identity}`);

export const readConfig = (node: Node, env: NodeJS.ProcessEnv = process.env): PlenaryConfig => {
  const ctx = (key: string): unknown => node.tryGetContext(key);
  const account = optional(ctx('account')) ?? optional(env.CDK_DEFAULT_ACCOUNT) ?? DEFAULT_ACCOUNT;
  const region = optional(ctx('region')) ?? optional(env.CDK_DEFAULT_REGION) ?? DEFAULT_REGION;
  const sesIdentity = optional(ctx('sesIdentity')) ?? DEFAULT_SES_IDENTITY;
  const siteDomain = optional(ctx('siteDomain'));
  const siteCertificateArn = optional(ctx('siteCertificateArn'));
  if (siteDomain && !siteCertificateArn) throw new Error('siteDomain needs siteCertificateArn (an ACM certificate in us-east-1)');
  return {
    account,
    region,
    sesIdentity,
    sesFrom: optional(ctx('sesFrom')) ?? defaultFrom(sesIdentity),
    adminEmails: list(ctx('adminEmails')),
    siteDomain,
    siteCertificateArn,
    authDomainPrefix: optional(ctx('authDomainPrefix')) ?? `plenary-${account}`,
    apiRateLimit: Number(ctx('apiRateLimit') ?? 50),
    apiBurstLimit: Number(ctx('apiBurstLimit') ?? 100),
    wafWritesPerIp: Number(ctx('wafWritesPerIp') ?? 100),
    wafRequestsPerIp: Number(ctx('wafRequestsPerIp') ?? 5000),
  };
};
