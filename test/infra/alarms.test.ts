/**
 * The secretariat learns of trouble before a delegate does: alarms on the named metrics, every one of them sending
 * to the SNS topic the stack outputs; metrics come from Powertools Metrics; no X-Ray anywhere (no traces are written).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { METRICS_NAMESPACE, OVERDUE_EMAILS_METRIC } from '../../shared/observability/metrics.ts';
import { logicalIdOf, synthPlenary } from './plenary-under-test.ts';

type Resource = { Properties: Record<string, unknown> };
type Alarm = {
  AlarmName?: string;
  MetricName?: string;
  Namespace?: string;
  Dimensions?: { Name: string; Value: unknown }[];
  Metrics?: {
    Id: string;
    Expression?: string;
    MetricStat?: { Metric: { MetricName: string; Namespace: string; Dimensions?: { Name: string; Value: unknown }[] } };
  }[];
  Threshold: number;
  ComparisonOperator: string;
  TreatMissingData?: string;
  AlarmActions: unknown[];
};

describe('alarms', () => {
  let built: ReturnType<typeof synthPlenary>;
  let alarms: Alarm[];
  let topicRef: { Ref: string };
  beforeAll(() => {
    built = synthPlenary();
    alarms = (Object.values(built.template.findResources('AWS::CloudWatch::Alarm')) as { Properties: Alarm }[]).map((a) => a.Properties);
    topicRef = { Ref: logicalIdOf(built.stack.alarms.topic) };
  });
  const named = (suffix: string) => {
    const alarm = alarms.find((a) => JSON.stringify(a.AlarmName ?? '').includes(`-${suffix}`));
    expect(alarm, `an alarm named ...-${suffix}`).toBeDefined();
    return alarm!;
  };
  const metricsOf = (alarm: Alarm) => (alarm.Metrics ?? []).flatMap((m) => (m.MetricStat ? [m.MetricStat.Metric] : []));

  it('all go to the alarm topic, which the stack outputs and the admins are subscribed to', () => {
    expect(alarms.length).toBeGreaterThanOrEqual(5);
    for (const alarm of alarms) expect(alarm.AlarmActions, JSON.stringify(alarm.AlarmName)).toEqual([topicRef]);
    built.template.hasOutput('AlarmTopicArn', { Value: topicRef });
    built.template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'secretariat@example.org', TopicArn: topicRef });
  });

  it('OverdueEmails: an email owed more than 30 minutes ago is still undelivered, or the sweep stopped reporting', () => {
    const alarm = named('OverdueEmails');
    expect(alarm).toMatchObject({
      Namespace: METRICS_NAMESPACE,
      MetricName: OVERDUE_EMAILS_METRIC,
      Dimensions: [{ Name: 'service', Value: 'plenary-notifications' }],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'breaching',
    });
  });

  it("the mailer's dead-letter queue holds a record", () => {
    const mailerDlq = alarms.find(
      (a) => a.MetricName === 'ApproximateNumberOfMessagesVisible' && JSON.stringify(a.Dimensions).includes('OutboxMailerFailedRecords'),
    );
    expect(mailerDlq).toMatchObject({ Namespace: 'AWS/SQS', Threshold: 1, AlarmActions: [topicRef] });
  });

  it('Api5xx: the API answered a 5xx', () => {
    expect(named('Api5xx')).toMatchObject({
      Namespace: 'AWS/ApiGateway',
      MetricName: '5xx',
      Dimensions: [{ Name: 'ApiId', Value: { Ref: logicalIdOf(built.stack.api.httpApi) } }],
      Threshold: 1,
    });
  });

  it('Throttles: Lambda refused to run a function, or DynamoDB throttled the table', () => {
    const alarm = named('Throttles');
    const table = { Ref: logicalIdOf(built.stack.data.table) };
    expect(metricsOf(alarm)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Namespace: 'AWS/Lambda', MetricName: 'Throttles' }),
        expect.objectContaining({ Namespace: 'AWS/DynamoDB', MetricName: 'ReadThrottleEvents', Dimensions: [{ Name: 'TableName', Value: table }] }),
        expect.objectContaining({ Namespace: 'AWS/DynamoDB', MetricName: 'WriteThrottleEvents', Dimensions: [{ Name: 'TableName', Value: table }] }),
      ]),
    );
    expect(alarm.Threshold).toBe(1);
  });

  it('ApiTooManyRequests: the API answered 429 many times (its throttling or the rate limits), counted from the access log', () => {
    const alarm = named('ApiTooManyRequests');
    expect(alarm).toMatchObject({ Namespace: METRICS_NAMESPACE, MetricName: 'ApiTooManyRequests' });
    built.template.hasResourceProperties('AWS::Logs::MetricFilter', {
      LogGroupName: { Ref: logicalIdOf(built.stack.api.accessLogs) },
      FilterPattern: '{ $.status = "429" }',
      MetricTransformations: [{ MetricNamespace: METRICS_NAMESPACE, MetricName: 'ApiTooManyRequests', MetricValue: '1' }],
    });
  });
});

describe('tracing: no X-Ray at all (docs/operations.md says why)', () => {
  let built: ReturnType<typeof synthPlenary>;
  beforeAll(() => {
    built = synthPlenary();
  });

  it('no function traces, and no role may write traces', () => {
    const functions = Object.values(built.template.findResources('AWS::Lambda::Function')) as Resource[];
    const ours = functions.filter(
      (f) => (f.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables?.POWERTOOLS_SERVICE_NAME,
    );
    expect(ours.length).toBeGreaterThan(0);
    for (const fn of ours)
      expect((fn.Properties.TracingConfig as { Mode: string } | undefined) ?? { Mode: 'PassThrough' }).toEqual({ Mode: 'PassThrough' });
    const policies = JSON.stringify(built.template.findResources('AWS::IAM::Policy'));
    expect(policies).not.toContain('xray:');
  });
});
