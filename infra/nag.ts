/**
 * Acknowledging a cdk-nag finding, next to the resource it concerns. cdk-nag 3 reports through CDK's policy
 * validation, whose acknowledgement ids carry the plugin's namespace: `AwsSolutions::AwsSolutions-IAM5[...]`.
 */
import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** `rule` as cdk-nag prints it, e.g. `AwsSolutions-IAM5[Resource::*]`; `reason` says why it is acceptable here. */
export const acknowledgeNag = (scope: IConstruct, rule: `AwsSolutions-${string}`, reason: string) =>
  Validations.of(scope).acknowledge({ id: `AwsSolutions::${rule}`, reason });
