/**
 * One Powertools logger per process. Rule: log ids, routes, statuses and error names; never bodies,
 * names, emails, phone numbers, tokens or headers (no PII in logs).
 */
import { Logger } from '@aws-lambda-powertools/logger';

export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'plenary' });
