/**
 * The release this function runs (infra sets PLENARY_VERSION). Its own module rather than a field of `env`
 * (shared/adapters/env.ts): the health function needs only this, and importing `env` would bundle all its getters.
 */
export const version = process.env.PLENARY_VERSION ?? '0.1.0';
