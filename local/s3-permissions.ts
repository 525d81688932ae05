/**
 * IAM for the local platform's S3 calls, as local/dynamodb-permissions.ts does for DynamoDB: during a function's
 * invocation (`runAs`), each call of the S3 client must be one its route or worker declares in `access.s3`, on a
 * `notes-verbales/` key, exactly as infra grants it (infra/functions/access-grants.ts); otherwise it fails like
 * IAM's AccessDenied. Presigning makes no call, so it is not checked here: a URL signed by a function without
 * the action would work locally and be refused by S3 in AWS (the route's tests must declare what they sign).
 */
import { S3Client } from '@aws-sdk/client-s3';
import { NOTES_VERBALES_PREFIX } from '../shared/domain/documents/note-verbale-key.ts';
import type { FunctionAccess, S3ObjectAction } from '../shared/function-access.ts';
import { AccessDenied, currentCaller } from './dynamodb-permissions.ts';

/** The IAM action each S3 command needs (HeadObject is authorized as GetObject). */
const ACTION_OF: Record<string, S3ObjectAction> = {
  HeadObjectCommand: 'GetObject',
  GetObjectCommand: 'GetObject',
  PutObjectCommand: 'PutObject',
  DeleteObjectCommand: 'DeleteObject',
  // Listing is authorized on the bucket, for the prefix listed (infra grants it only under notes-verbales/).
  ListObjectsV2Command: 'ListBucket',
  ListObjectVersionsCommand: 'ListBucketVersions',
};

/** What IAM would check for this command, or why it never could be allowed to a function. */
export const s3NeedOf = (
  commandName: string,
  input: { Key?: unknown; Prefix?: unknown; VersionId?: unknown },
): { action: S3ObjectAction; key: string } => {
  const action = ACTION_OF[commandName];
  if (!action)
    throw new AccessDenied(`local/s3-permissions.ts does not know ${commandName}: no function is granted it (infra/functions/access-grants.ts)`);
  // Deleting one version (not just adding a delete marker) is an action of its own in IAM.
  if (action === 'DeleteObject' && typeof input.VersionId === 'string') return { action: 'DeleteObjectVersion', key: String(input.Key ?? '') };
  const key = action === 'ListBucket' || action === 'ListBucketVersions' ? input.Prefix : input.Key;
  return { action, key: typeof key === 'string' ? key : '' };
};

export const allowsS3 = (access: FunctionAccess, { action, key }: { action: S3ObjectAction; key: string }): boolean =>
  (access.s3 ?? []).includes(action) && key.startsWith(NOTES_VERBALES_PREFIX);

type Send = (
  command: { constructor: { name: string }; input: { Key?: unknown; Prefix?: unknown; VersionId?: unknown } },
  ...rest: unknown[]
) => Promise<unknown>;
let installed = false;

/** Checks every S3 client call made inside an invocation. Once per process; the platform calls it. */
export const enforceDeclaredS3Access = (log: (line: string) => void = console.error): void => {
  if (installed) return;
  installed = true;
  const prototype = S3Client.prototype as unknown as { send: Send };
  const send = prototype.send;
  prototype.send = function (this: unknown, command, ...rest) {
    const who = currentCaller();
    if (who) {
      try {
        const need = s3NeedOf(command.constructor.name, command.input);
        if (!allowsS3(who.access, need)) {
          throw new AccessDenied(
            `${who.name} is not authorized to perform s3:${need.action} on ${need.key.split('/')[0]}/: ` +
              'declare it in the access of its route (functions/<capability>/<name>.route.ts) or worker (functions/workers.ts)',
          );
        }
      } catch (error) {
        log(`[iam] ${(error as Error).message}`);
        return Promise.reject(error);
      }
    }
    return send.call(this, command, ...rest);
  } as Send;
};
