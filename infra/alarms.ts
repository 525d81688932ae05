/**
 * Where alarms go: an encrypted SNS topic that emails the admins. Constructs add their alarms with `watch`.
 */
import { Stack } from 'aws-cdk-lib';
import { type Alarm } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Effect, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

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
}
