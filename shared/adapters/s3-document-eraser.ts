/**
 * Deletes an event's documents for the retention job (the DocumentEraser port of
 * shared/domain/personal-data/retention-job.ts): every object under `notes-verbales/<eventId>/`, and in AWS, where the
 * bucket is versioned (infra/documents.ts), every version and delete marker of each, so nothing waits for the
 * lifecycle rule. The local stand-in (s3rver) keeps no versions and lists none: there, the current objects.
 */
import { DeleteObjectCommand, ListObjectVersionsCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { DocumentEraser } from '../domain/personal-data/retention-job.ts';
import { NOTES_VERBALES_PREFIX } from '../domain/documents/note-verbale-key.ts';
import { Slug } from '../domain/primitives.ts';
import { env } from './env.ts';
import { documentsS3Client } from './s3-document-store.ts';

export const s3DocumentEraser = (client: S3Client, bucket: string, { versioned }: { versioned: boolean }): DocumentEraser => ({
  async eraseEventDocuments(eventId, max) {
    // A checked identifier: no `/` could widen the prefix to another event's documents.
    if (!Slug.safeParse(eventId).success) throw new Error('eraseEventDocuments: an event id is required');
    const prefix = `${NOTES_VERBALES_PREFIX}${eventId}/`;
    const limit = Math.max(0, Math.min(max, 1000));
    if (limit === 0) return { deleted: 0, complete: false };
    if (versioned) {
      const listed = await client.send(new ListObjectVersionsCommand({ Bucket: bucket, Prefix: prefix, MaxKeys: limit }));
      const versions = [...(listed.Versions ?? []), ...(listed.DeleteMarkers ?? [])].slice(0, limit);
      for (const { Key, VersionId } of versions) await client.send(new DeleteObjectCommand({ Bucket: bucket, Key, VersionId }));
      return { deleted: versions.length, complete: !listed.IsTruncated };
    }
    const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, MaxKeys: limit }));
    const objects = listed.Contents ?? [];
    for (const { Key } of objects) await client.send(new DeleteObjectCommand({ Bucket: bucket, Key }));
    return { deleted: objects.length, complete: !listed.IsTruncated };
  },
});

/**
 * The process's eraser, from its environment, read at the first erasure (locally the S3 stand-in's endpoint is set
 * once it listens): locally (S3_ENDPOINT set) the unversioned stand-in.
 */
export const documentEraser = (): DocumentEraser => {
  let eraser: DocumentEraser | undefined;
  return {
    eraseEventDocuments: (eventId, max) => {
      if (!eraser) {
        const bucket = process.env.DOCUMENTS_BUCKET;
        if (!bucket) throw new Error('DOCUMENTS_BUCKET is not set');
        const endpoint = process.env.S3_ENDPOINT;
        eraser = s3DocumentEraser(documentsS3Client({ endpoint, region: env.region }), bucket, { versioned: !endpoint });
      }
      return eraser.eraseEventDocuments(eventId, max);
    },
  };
};
