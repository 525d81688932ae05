/**
 * Connects a worker function to what starts it (functions/workers.ts says which): the table's stream, a
 * schedule, or the SES feedback topic. Stream failures end in an encrypted dead-letter queue with an alarm.
 */
import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { FilterCriteria, StartingPosition, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { Worker } from '../../functions/workers.ts';
import type { Alarms } from '../alarms.ts';
import { acknowledgeNag } from '../nag.ts';

export interface TriggerTargets {
  table: ITableV2;
  feedbackTopic: ITopic;
  alarms: Alarms;
}

export const STREAM_RETRY_ATTEMPTS = 5;

export const connectTrigger = (scope: Construct, id: string, worker: Worker, fn: IFunction, targets: TriggerTargets) => {
  switch (worker.trigger) {
    case 'outbox-stream':
      return connectStream(scope, id, worker, fn, targets);
    case 'schedule':
      return connectSchedule(scope, id, worker, fn);
    case 'ses-notifications':
      return targets.feedbackTopic.addSubscription(new LambdaSubscription(fn));
  }
};

const connectStream = (scope: Construct, id: string, worker: Worker, fn: IFunction, targets: TriggerTargets) => {
  const dlq = new Queue(scope, `${id}FailedRecords`, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  acknowledgeNag(
    dlq,
    'AwsSolutions-SQS3',
    'This queue is itself the dead-letter destination of the stream event source mapping; it has nowhere further to fail to.',
  );
  const alarm = new Alarm(scope, `${id}FailedRecordsAlarm`, {
    alarmDescription: `Stream records that ${worker.name} gave up on: read them from the queue, fix, and replay.`,
    metric: dlq.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  targets.alarms.watch(alarm);

  fn.addEventSource(
    new DynamoEventSource(targets.table, {
      // TRIM_HORIZON: a first deployment (or a redeployed mapping) still sees the outbox entries already written.
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: 10,
      filters: worker.filterPattern ? [FilterCriteria.filter(worker.filterPattern)] : [],
      reportBatchItemFailures: true,
      bisectBatchOnError: true,
      retryAttempts: STREAM_RETRY_ATTEMPTS,
      maxRecordAge: Duration.hours(6),
      onFailure: new SqsDlq(dlq),
    }),
  );
};

const connectSchedule = (scope: Construct, id: string, worker: Worker, fn: IFunction) => {
  if (!worker.schedule) throw new Error(`Worker ${worker.name} has trigger 'schedule' but no schedule`);
  new Rule(scope, `${id}Schedule`, {
    schedule: Schedule.expression(worker.schedule),
    targets: [new LambdaFunction(fn, { retryAttempts: 2, maxEventAge: Duration.minutes(10) })],
  });
};
