/**
 * Points this test process at the shared local platform before any test imports an adapter
 * (adapters read their configuration when first imported).
 */
import { inject } from 'vitest';

const platform = inject('platform');

Object.assign(process.env, {
  TABLE_NAME: platform.tableName,
  DYNAMODB_ENDPOINT: platform.dynamoEndpoint,
  SES_ENDPOINT: platform.sesEndpoint,
  S3_ENDPOINT: platform.s3Endpoint,
  DOCUMENTS_BUCKET: platform.documentsBucket,
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
  PUBLIC_BASE_URL: platform.baseUrl,
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
});
