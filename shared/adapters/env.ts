/**
 * Process configuration from the environment. Most values are read when this module loads; `tableName` and
 * `publicBaseUrl` are read on each use (getters), so the local platform and tests can set them after import, and
 * a missing `TABLE_NAME` fails at the first use that needs it. The construct that creates a function sets these
 * (infra/), and the local platform sets them for itself.
 *
 * What only a few functions need is read where it is used, not here, because every function bundles this object
 * whole: the release (version.ts), the user pool (cognito-user-directory.ts), the documents bucket and the S3
 * stand-in's endpoint (s3-document-store.ts).
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
  /** Public origin of the site, for links in emails (manage link, console). */
  get publicBaseUrl(): string {
    return process.env.PUBLIC_BASE_URL ?? 'http://localhost:3000';
  },
};
