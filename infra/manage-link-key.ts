/**
 * The secret key that manage links (the delegate's link to read, correct or cancel a registration) are
 * derived from; shared/adapters/manage-link-key.ts reads it at cold start through the Parameters and Secrets
 * extension (infra/functions/secrets-extension.ts).
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledgeNag } from './nag.ts';

export class ManageLinkKey extends Construct {
  readonly secret: Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.secret = new Secret(this, 'Secret', {
      description: "Plenary: key for delegates' manage links (base64 alphabet, 64 characters = 48 bytes)",
      // Letters and digits only: every character is valid base64, which is how the adapter decodes it.
      generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
      // Losing it would break every manage link already emailed.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledgeNag(
      this.secret,
      'AwsSolutions-SMG4',
      'Not rotated on a schedule: rotating would invalidate every manage link already emailed to delegates. Rotate by hand after a suspected leak (see docs/deploy.md).',
    );
  }
}
