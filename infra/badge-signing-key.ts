/**
 * The secret every event's badge-signing key is derived from (shared/domain/badges/check-in-code.ts: HKDF with the
 * event id): read only by the functions that make badges (route access `badgeSigningKey: true`). Scanners never
 * see it: they verify with the event's public key, which the check-in roster publishes.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledgeNag } from './nag.ts';

export class BadgeSigningKey extends Construct {
  readonly secret: Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.secret = new Secret(this, 'Secret', {
      description: "Plenary: secret the events' badge-signing keys are derived from (base64 alphabet, 64 characters = 48 bytes)",
      // Letters and digits only: every character is valid base64, which is how the adapter decodes it.
      generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
      // Losing it would make every badge already printed fail at the door.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledgeNag(
      this.secret,
      'AwsSolutions-SMG4',
      'Not rotated on a schedule: rotating changes every event public key, so badges already printed would be refused at the door. Rotate by hand after a suspected leak, then reprint (see docs/deploy.md).',
    );
  }
}
