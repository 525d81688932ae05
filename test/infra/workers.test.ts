import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { STREAM_RETRY_ATTEMPTS } from '../../infra/functions/worker-triggers.ts';
import { workers } from '../../functions/workers.ts';
import { fixtureWorkers, logicalIdOf, synthPlenary } from './plenary-under-test.ts';

describe('workers are wired to their triggers', () => {
  let built: ReturnType<typeof synthPlenary>;
  beforeAll(() => {
    built = synthPlenary();
  });
  const workerFunction = (name: string) =>
    Object.values(built.stack.capabilities)
      .map((c) => c.workerFunctions.get(name))
      .find(Boolean)!;
  const fnRef = (name: string) => ({ Ref: logicalIdOf(workerFunction(name)) });

  describe('an outbox-stream worker', () => {
    it('reads the table stream through its filter and reports partial batch failures', () => {
      built.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: fnRef(fixtureWorkers.mailer.name),
        EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(built.stack.data.table), 'StreamArn'] },
        StartingPosition: 'TRIM_HORIZON',
        FilterCriteria: { Filters: [{ Pattern: JSON.stringify(fixtureWorkers.mailer.filterPattern) }] },
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        BisectBatchOnFunctionError: true,
        MaximumRetryAttempts: STREAM_RETRY_ATTEMPTS,
        MaximumRecordAgeInSeconds: 6 * 3600,
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('FailedRecords'), 'Arn'] } } },
      });
    });

    it('sends records it gives up on to an encrypted, TLS-only dead-letter queue with an alarm on it', () => {
      const [queueId] = Object.keys(built.template.findResources('AWS::SQS::Queue', { Properties: { SqsManagedSseEnabled: true } }));
      expect(queueId).toMatch(/FailedRecords/);
      built.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: queueId }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Action: 'sqs:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
      built.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Namespace: 'AWS/SQS',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        AlarmActions: [{ Ref: logicalIdOf(built.stack.alarms.topic) }],
      });
    });
  });

  it('a schedule worker runs at its rate', () => {
    built.template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: fixtureWorkers.reminder.schedule,
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [logicalIdOf(workerFunction(fixtureWorkers.reminder.name)), 'Arn'] } })],
    });
  });

  describe('the ses-notifications worker', () => {
    it('is subscribed to the topic SES sends sends, bounces and complaints to (a Send event confirms an uncertain email)', () => {
      const topicRef = { Ref: logicalIdOf(built.stack.email.feedbackTopic) };
      built.template.hasResourceProperties('AWS::SNS::Subscription', {
        Protocol: 'lambda',
        TopicArn: topicRef,
        Endpoint: { 'Fn::GetAtt': [logicalIdOf(workerFunction(fixtureWorkers.feedback.name)), 'Arn'] },
      });
      built.template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
        ConfigurationSetName: { Ref: logicalIdOf(built.stack.email.configurationSet) },
        EventDestination: { Enabled: true, MatchingEventTypes: ['send', 'bounce', 'complaint'], SnsDestination: { TopicARN: topicRef } },
      });
    });

    it('that topic is encrypted with a rotated key SES may use, and refuses plain HTTP', () => {
      const topic = built.stack.email.feedbackTopic;
      const keyId = logicalIdOf(topic.masterKey!);
      built.template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } });
      built.template.hasResource('AWS::KMS::Key', {
        Properties: {
          EnableKeyRotation: true,
          KeyPolicy: {
            Statement: Match.arrayWith([
              Match.objectLike({ Principal: { Service: 'ses.amazonaws.com' }, Action: ['kms:GenerateDataKey*', 'kms:Decrypt'] }),
            ]),
          },
        },
      });
      built.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
        Topics: [{ Ref: logicalIdOf(topic) }],
        PolicyDocument: {
          Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
        },
      });
    });
  });

  it('SES sends through a configuration set with reputation metrics, from the configured identity', () => {
    built.template.hasResourceProperties('AWS::SES::ConfigurationSet', { ReputationOptions: { ReputationMetricsEnabled: true } });
    built.template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'conference.example.org' });
  });

  // The real worker table, not only the fixtures: each worker Plenary ships is wired to its own trigger.
  describe.each(workers.map((w) => [w.name, w] as const))('the real worker %s', (name, worker) => {
    it('is wired to its trigger', () => {
      const fn = workerFunction(name);
      expect(fn, `no function for ${name}`).toBeDefined();
      if (worker.trigger === 'schedule') {
        built.template.hasResourceProperties('AWS::Events::Rule', {
          ScheduleExpression: worker.schedule,
          State: 'ENABLED',
          Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [logicalIdOf(fn), 'Arn'] } })],
        });
      } else if (worker.trigger === 'outbox-stream') {
        built.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
          FunctionName: { Ref: logicalIdOf(fn) },
          FilterCriteria: { Filters: [{ Pattern: JSON.stringify(worker.filterPattern) }] },
          FunctionResponseTypes: ['ReportBatchItemFailures'],
        });
      } else {
        built.template.hasResourceProperties('AWS::SNS::Subscription', {
          Protocol: 'lambda',
          TopicArn: { Ref: logicalIdOf(built.stack.email.feedbackTopic) },
          Endpoint: { 'Fn::GetAtt': [logicalIdOf(fn), 'Arn'] },
        });
      }
    });
  });
});
