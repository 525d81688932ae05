/**
 * How the mailer sends: from which verified identity, through which configuration set (whose event destination
 * publishes bounces and complaints to SNS). Read once at module load, so a missing variable fails fast in AWS.
 */
import { env } from './env.ts';

/** Locally (an SES emulator endpoint is set) any sender works; in AWS the identity must be given. */
const LOCAL_SENDER = 'no-reply@plenary.example.org';

const required = (name: string, localDefault: string | undefined): string => {
  const value = process.env[name] ?? (env.sesEndpoint ? localDefault : undefined);
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

export const sesConfig = () => ({
  /** The verified SES identity in From; the event's sender name is its display name. */
  fromAddress: required('SES_FROM', LOCAL_SENDER),
  /** Sent as ConfigurationSetName; the emulator ignores it. */
  configurationSet: process.env.SES_CONFIGURATION_SET ?? (env.sesEndpoint ? 'plenary-local' : required('SES_CONFIGURATION_SET', undefined)),
});
