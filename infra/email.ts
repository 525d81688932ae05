/**
 * Sending mail through SES: the sender identity, a configuration set every send must name (reputation metrics,
 * sends, bounces and complaints), and the encrypted SNS topic those events arrive on.
 */
import { CfnOutput, Stack } from 'aws-cdk-lib';
import { Effect, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { ConfigurationSet, EmailIdentity, EmailSendingEvent, EventDestination, Identity } from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { MailSender } from './functions/access-grants.ts';

export interface EmailProps {
  /** A domain or one email address. */
  identity: string;
  fromAddress: string;
}

export class Email extends Construct {
  readonly identity: EmailIdentity;
  readonly configurationSet: ConfigurationSet;
  /** SES publishes sends, bounces and complaints here; the feedback worker (ses-bounces) subscribes. */
  readonly feedbackTopic: Topic;
  readonly sender: MailSender;

  constructor(scope: Construct, id: string, props: EmailProps) {
    super(scope, id);
    const isAddress = props.identity.includes('@');
    this.identity = new EmailIdentity(this, 'Identity', {
      identity: isAddress ? Identity.email(props.identity) : Identity.domain(props.identity),
    });
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', { reputationMetrics: true, sendingEnabled: true });

    // SES can only publish to an encrypted topic whose key lets it: AWS-managed aws/sns does not, so a key of our own.
    const key = new Key(this, 'FeedbackTopicKey', { enableKeyRotation: true, description: 'Plenary SES feedback topic' });
    key.addToResourcePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        principals: [new ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'], // in a key policy, `*` means this key
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
    this.feedbackTopic = new Topic(this, 'FeedbackTopic', { masterKey: key, enforceSSL: true });
    // Send: SES took a message, with its tags (`plenary-send` names the outbox entry). The feedback worker records
    // it on the entry, which settles an `uncertain` send (SES never answered it) without sending it twice.
    this.configurationSet.addEventDestination('SendsBouncesAndComplaints', {
      destination: EventDestination.snsTopic(this.feedbackTopic),
      events: [EmailSendingEvent.SEND, EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });

    this.sender = {
      identityArn: this.identity.emailIdentityArn,
      configurationSetName: this.configurationSet.configurationSetName,
      configurationSetArn: Stack.of(this).formatArn({
        service: 'ses',
        resource: 'configuration-set',
        resourceName: this.configurationSet.configurationSetName,
      }),
      fromAddress: props.fromAddress,
    };

    if (!isAddress) this.outputDkimRecords();
  }

  /** The three CNAME records that verify a domain identity (Easy DKIM); add them at the DNS provider. */
  private outputDkimRecords() {
    const tokens = [
      [this.identity.dkimDnsTokenName1, this.identity.dkimDnsTokenValue1],
      [this.identity.dkimDnsTokenName2, this.identity.dkimDnsTokenValue2],
      [this.identity.dkimDnsTokenName3, this.identity.dkimDnsTokenValue3],
    ] as const;
    tokens.forEach(([name, value], i) => new CfnOutput(this, `DkimRecord${i + 1}`, { value: `${name} CNAME ${value}` }));
  }
}
