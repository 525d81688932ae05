/**
 * The private documents bucket: the notes verbales governments send with their delegation lists (issue 12).
 * Official letters with names on them, so: encrypted with a customer managed KMS key (rotated yearly; its use is
 * visible in CloudTrail and it can be disabled to cut every read at once), never public, TLS only, versioned (an
 * overwrite or delete can be undone for 30 days), its access logged, and kept when the stack goes.
 *
 * Browsers upload straight to it by presigned POST (shared/adapters/s3-document-store.ts), hence CORS for the
 * site's origin, POST only; the secretariat reads through presigned GETs, which are navigations and need no CORS.
 * No function gets any access here: a route's `access.s3` asks for it (infra/functions/access-grants.ts).
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Key } from 'aws-cdk-lib/aws-kms';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, ObjectOwnership, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { NOTES_VERBALES_PREFIX } from '../shared/domain/documents/note-verbale-key.ts';

export interface DocumentsProps {
  /** `https://` origin of the site, whose pages upload. */
  siteUrl: string;
  /** The existing S3 access-log bucket (infra/web.ts). */
  accessLogs: IBucket;
}

/** How long a replaced or deleted version stays recoverable. */
export const NONCURRENT_VERSION_DAYS = 30;

export class Documents extends Construct {
  readonly bucket: Bucket;
  readonly key: Key;
  /** The one prefix any grant may reach (`notes-verbales/`). */
  readonly notesVerbalesPrefix = NOTES_VERBALES_PREFIX;

  constructor(scope: Construct, id: string, props: DocumentsProps) {
    super(scope, id);
    this.key = new Key(this, 'Key', {
      description: 'Plenary: encrypts the documents bucket (notes verbales)',
      enableKeyRotation: true,
      // Without the key the documents cannot be read: it goes only with the bucket, by hand.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.KMS,
      encryptionKey: this.key,
      // One data key per bucket for a while instead of a KMS call per object: cheaper, same protection.
      bucketKeyEnabled: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      versioned: true,
      lifecycleRules: [
        {
          id: 'expire-old-versions',
          noncurrentVersionExpiration: Duration.days(NONCURRENT_VERSION_DAYS),
          // A deleted document leaves a delete marker; once its versions have expired, the marker goes too.
          expiredObjectDeleteMarker: true,
        },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
      cors: [{ allowedOrigins: [props.siteUrl], allowedMethods: [HttpMethods.POST], allowedHeaders: ['*'], exposedHeaders: ['ETag'], maxAge: 3000 }],
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'documents/',
      // The secretariat's records: a stack deletion must never take them along.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /** ARN of every object a grant may reach: `<bucket>/notes-verbales/*`. */
  get objectsArn(): string {
    return this.bucket.arnForObjects(`${NOTES_VERBALES_PREFIX}*`);
  }
}
