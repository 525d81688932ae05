/**
 * Where alarms go: an encrypted SNS topic that emails the admins (the stack outputs its ARN as `AlarmTopicArn`).
 * Constructs add their alarms with `watch`; `watchPlatform` adds the ones about the whole platform. What each alarm
 * means and what to do: docs/operations.md.
 */
import { Duration, Stack } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, MathExpression, Metric, TreatMissingData, type AlarmProps } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { FilterPattern, MetricFilter, type ILogGroup } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { METRICS_NAMESPACE, OVERDUE_EMAILS_METRIC } from '../shared/observability/metrics.ts';
import { serviceNameOf } from './functions/plenary-function.ts';

export interface PlatformWatch {
  httpApi: HttpApi;
  /** The API's access log group (JSON lines with `status`). */
  accessLogs: ILogGroup;
  table: ITableV2;
}

export class Alarms extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: { emails: readonly string[] }) {
    super(scope, id);
    // CloudWatch may only publish to an encrypted topic whose key policy lets it, hence a key of our own.
    const key = new Key(this, 'TopicKey', { enableKeyRotation: true, description: 'Plenary alarm topic' });
    key.addToResourcePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'], // in a key policy, `*` means this key
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
    this.topic = new Topic(this, 'Topic', { masterKey: key, enforceSSL: true });
    for (const email of props.emails) this.topic.addSubscription(new EmailSubscription(email));
  }

  watch(alarm: Alarm) {
    alarm.addAlarmAction(new SnsAction(this.topic));
  }

  /** The platform-wide alarms; each one's name ends in what docs/operations.md calls it. */
  watchPlatform({ httpApi, accessLogs, table }: PlatformWatch) {
    const stackName = Stack.of(this).stackName;
    const fiveMinutes = Duration.minutes(5);
    const add = (name: string, props: Omit<AlarmProps, 'alarmName' | 'evaluationPeriods' | 'comparisonOperator'>) =>
      this.watch(
        new Alarm(this, name, {
          alarmName: `${stackName}-${name}`,
          evaluationPeriods: 1,
          comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          ...props,
        }),
      );

    // The retry sweep (every 10 minutes) reports the count on every run, 0 included; a 15-minute period always holds
    // one report, so no data means the sweep itself failed or stopped: that is trouble too.
    add('OverdueEmails', {
      alarmDescription:
        'Emails owed more than 30 minutes ago are still not delivered (or their outcome is uncertain), or the retry sweep stopped reporting. See docs/operations.md.',
      metric: new Metric({
        namespace: METRICS_NAMESPACE,
        metricName: OVERDUE_EMAILS_METRIC,
        dimensionsMap: { service: serviceNameOf('notifications') },
        statistic: 'Maximum',
        period: Duration.minutes(15),
      }),
      threshold: 1,
      treatMissingData: TreatMissingData.BREACHING,
    });

    add('Api5xx', {
      alarmDescription: 'The API answered with a server error (5xx): someone was refused by a fault of ours. See docs/operations.md.',
      metric: httpApi.metricServerError({ statistic: 'Sum', period: fiveMinutes }),
      threshold: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    // One alarm for AWS refusing work: a metric math alarm may hold 10 metrics, so Lambda's is the Region-wide total
    // (Plenary is meant to have its account to itself; docs/operations.md).
    add('Throttles', {
      alarmDescription: 'Lambda refused to run a function (concurrency limit) or DynamoDB throttled the table. See docs/operations.md.',
      metric: new MathExpression({
        label: 'Throttled Lambda invocations and DynamoDB requests',
        expression: 'FILL(lambda, 0) + FILL(reads, 0) + FILL(writes, 0)',
        usingMetrics: {
          lambda: LambdaFunction.metricAllThrottles({ statistic: 'Sum', period: fiveMinutes }),
          reads: table.metric('ReadThrottleEvents', { statistic: 'Sum', period: fiveMinutes }),
          writes: table.metric('WriteThrottleEvents', { statistic: 'Sum', period: fiveMinutes }),
        },
        period: fiveMinutes,
      }),
      threshold: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    // HTTP APIs publish no metric for their own throttling (it hides in 4xx), so 429s are counted from the access log:
    // the stage's throttling and the application's rate limits alike. A few are expected; many mean a flood.
    const tooManyRequests = new MetricFilter(this, 'ApiTooManyRequestsFilter', {
      logGroup: accessLogs,
      filterPattern: FilterPattern.stringValue('$.status', '=', '429'),
      metricNamespace: METRICS_NAMESPACE,
      metricName: 'ApiTooManyRequests',
      metricValue: '1',
    });
    add('ApiTooManyRequests', {
      alarmDescription: 'The API answered 429 (too many requests) 10 times or more in 5 minutes. See docs/operations.md.',
      metric: tooManyRequests.metric({ statistic: 'Sum', period: fiveMinutes }),
      threshold: 10,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
}
