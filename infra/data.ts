/**
 * The single DynamoDB table (key design in docs/data-model.md). Its stream feeds the outbox workers.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, StreamViewType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE_KEYS } from '../shared/adapters/table.ts';

export class Data extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const key = (name: string) => ({ name, type: AttributeType.STRING });
    this.table = new TableV2(this, 'Table', {
      partitionKey: key(TABLE_KEYS.partitionKey),
      sortKey: key(TABLE_KEYS.sortKey),
      globalSecondaryIndexes: [TABLE_KEYS.gsi1, TABLE_KEYS.gsi2].map((gsi) => ({
        indexName: gsi.name,
        partitionKey: key(gsi.partitionKey),
        sortKey: key(gsi.sortKey),
      })),
      timeToLiveAttribute: TABLE_KEYS.ttlAttribute,
      // NEW_IMAGE is all the outbox workers read; old images would only add stream volume.
      dynamoStream: StreamViewType.NEW_IMAGE,
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // The AWS-managed key (aws/dynamodb): encrypted at rest, key use visible in CloudTrail, and no key policy
      // or kms:Decrypt grant to keep in step with every function. A customer-managed key would only pay off
      // for cross-account access or crypto-shredding, which Plenary does not need.
      encryption: TableEncryptionV2.awsManagedKey(),
      deletionProtection: true,
      // Registrations are the secretariat's records: a stack deletion must never take them along.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
