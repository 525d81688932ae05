/**
 * What every Lambda bundle gets in place of `@aws-sdk/credential-provider-node`, whose `defaultProvider` each SDK
 * client's runtime config imports (infra/functions/plenary-function.ts aliases it at build time; the local platform
 * and the tests run the real chain and never load this file). It is that chain's first link, the environment: in
 * Lambda it always answers, because the runtime sets AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN
 * from the function's role before any code runs, so the chain never reached the rest. The rest (profiles, SSO,
 * web identity, container and instance metadata, and the STS, SSO and sign-in clients they bring) was about 130 KB
 * that every cold start parsed for nothing (issue 15).
 */
export { fromEnv as defaultProvider } from '@aws-sdk/credential-provider-env';
