/**
 * One Powertools logger per process. Rule: log ids, routes, statuses and error names; never bodies,
 * names, emails, phone numbers, tokens or headers (no PII in logs).
 */
import { Logger } from '@aws-lambda-powertools/logger';

export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'plenary' });

/**
 * What may be logged of an error: its name and where it was thrown, never its message, which can quote
 * what it was about (a DynamoDB key such as `EMAIL#...`, an address SES refused).
 */
export const errorFacts = (error: unknown): { errorName: string; at?: string } => {
  if (!(error instanceof Error)) return { errorName: typeof error };
  const frame = error.stack?.split('\n').find((line) => line.trim().startsWith('at '));
  return { errorName: error.name, ...(frame ? { at: frame.trim().slice(3) } : {}) };
};
