/**
 * One Powertools Metrics instance per process: metrics go out as CloudWatch embedded metric format on stdout (no
 * API call, no extra permission), in the `Plenary` namespace with the function's `service` dimension. The names
 * here are the ones infra's alarms watch (infra/alarms.ts), so a renamed metric breaks the infra test, not an alarm.
 */
import { Metrics } from '@aws-lambda-powertools/metrics';

export const METRICS_NAMESPACE = 'Plenary';

/** Emails owed 30 minutes to 24 hours ago and still undelivered (shared/domain/notifications/outbox-overdue.ts); the retry sweep reports it. */
export const OVERDUE_EMAILS_METRIC = 'OverdueEmails';

export const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'plenary' });
