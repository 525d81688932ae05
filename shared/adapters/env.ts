/**
 * Process configuration from the environment. Most values are read when this module loads; `tableName` and
 * `publicBaseUrl` are read on each use (getters), so the local platform and tests can set them after import, and
 * a missing `TABLE_NAME` fails at the first use that needs it. The construct that creates a function sets these
 * (infra/), and the local platform sets them for itself.
 */
export const env = {
  get tableName(): string {
    const name = process.env.TABLE_NAME;
    if (!name) throw new Error('TABLE_NAME is not set');
    return name;
  },
  /** Only set locally: DynamoDB Local's endpoint. */
  dynamoEndpoint: process.env.DYNAMODB_ENDPOINT,
  /** Only set locally: the SES emulator's endpoint. */
  sesEndpoint: process.env.SES_ENDPOINT,
  region: process.env.AWS_REGION ?? 'eu-west-1',
  /** The console's Cognito user pool (the colleague routes); read on use, as only they need it. */
  get userPoolId(): string {
    const id = process.env.USER_POOL_ID;
    if (!id) throw new Error('USER_POOL_ID is not set');
    return id;
  },
  /** Public origin of the site, for links in emails (manage link, console). */
  get publicBaseUrl(): string {
    return process.env.PUBLIC_BASE_URL ?? 'http://localhost:3000';
  },
  /** The private documents bucket (notes verbales); set only for functions granted S3 access, and locally. */
  get documentsBucket(): string {
    const name = process.env.DOCUMENTS_BUCKET;
    if (!name) throw new Error('DOCUMENTS_BUCKET is not set');
    return name;
  },
  /** Only set locally: the S3 stand-in's endpoint (s3rver), read on use because it starts after the site listens. */
  get s3Endpoint(): string | undefined {
    return process.env.S3_ENDPOINT;
  },
};
