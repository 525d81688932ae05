/**
 * The documents bucket on S3 (the DocumentStore port of shared/domain/documents/ports.ts): presigned POST
 * uploads whose policy S3 enforces (exact key, size range, content type), inspection of what was stored,
 * deletion, and short-lived presigned GETs. The only module that talks to S3.
 *
 * Locally the endpoint is the platform's s3rver (path-style URLs, fake credentials); it enforces no POST
 * policy and checks no signature, so callers must judge every stored object (check-note-verbale.ts).
 */
import { GetObjectCommand, DeleteObjectCommand, HeadObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { DocumentStore, StoredObject } from '../domain/documents/ports.ts';
import { env } from './env.ts';

export interface S3Target {
  bucket: string;
  /** Set locally (s3rver); absent in AWS. */
  endpoint?: string | undefined;
  region: string;
}

/** A client for AWS, or for a local endpoint with path-style URLs (s3rver has no DNS for bucket subdomains). */
export const documentsS3Client = ({ endpoint, region }: Omit<S3Target, 'bucket'>): S3Client =>
  new S3Client({
    region,
    ...(endpoint ? { endpoint, forcePathStyle: true, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });

const isStatus = (error: unknown, status: number): boolean => error instanceof S3ServiceException && error.$metadata.httpStatusCode === status;

/** How often inspect reads again when the object changed between its HEAD and its ranged GET. */
const INSPECT_ATTEMPTS = 3;

export const s3DocumentStore = (client: S3Client, bucket: string): DocumentStore => {
  const readFirstBytes = async (key: string, length: number, etag: string | undefined): Promise<Uint8Array | 'changed' | 'missing'> => {
    try {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=0-${length - 1}`, IfMatch: etag }));
      return (await object.Body?.transformToByteArray()) ?? new Uint8Array();
    } catch (error) {
      if (isStatus(error, 412)) return 'changed';
      if (isStatus(error, 404)) return 'missing';
      throw error;
    }
  };

  const inspectOnce = async (key: string, firstBytesLength: number): Promise<StoredObject | undefined | 'changed'> => {
    let head;
    try {
      head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    } catch (error) {
      // 404 needs s3:ListBucket on the prefix (granted with GetObject): without it S3 answers 403 for a missing key.
      if (isStatus(error, 404)) return undefined;
      throw error;
    }
    const size = head.ContentLength ?? 0;
    // A range on an empty object is unsatisfiable (416): there are no first bytes to read.
    const firstBytes = size === 0 ? new Uint8Array() : await readFirstBytes(key, firstBytesLength, head.ETag);
    if (firstBytes === 'changed') return 'changed';
    if (firstBytes === 'missing') return undefined;
    return { size, contentType: head.ContentType, firstBytes: firstBytes.subarray(0, firstBytesLength) };
  };

  return {
    presignUpload: async (key, { maxBytes, contentType, expiresInSeconds }) => {
      // createPresignedPost adds the bucket and the exact key as conditions itself.
      const { url, fields } = await createPresignedPost(client, {
        Bucket: bucket,
        Key: key,
        Conditions: [
          ['content-length-range', 1, maxBytes],
          ['eq', '$Content-Type', contentType],
        ],
        Fields: { 'Content-Type': contentType },
        Expires: expiresInSeconds,
      });
      return { url, fields };
    },
    inspect: async (key, firstBytesLength) => {
      for (let attempt = 1; attempt <= INSPECT_ATTEMPTS; attempt++) {
        const observed = await inspectOnce(key, firstBytesLength);
        if (observed !== 'changed') return observed;
      }
      throw new Error('inspect: the object kept changing while it was read');
    },
    remove: async (key) => {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
    presignDownload: (key, expiresInSeconds) =>
      getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key: key, ResponseContentType: 'application/pdf' }), {
        expiresIn: expiresInSeconds,
      }),
  };
};

let shared: DocumentStore | undefined;

/** The private documents bucket (notes verbales): set only for functions granted S3 access, and locally. */
const documentsBucketFromEnv = (): string => {
  const name = process.env.DOCUMENTS_BUCKET;
  if (!name) throw new Error('DOCUMENTS_BUCKET is not set');
  return name;
};

/**
 * The process's documents store, from its environment (DOCUMENTS_BUCKET; locally S3_ENDPOINT, the S3 stand-in, set
 * once it listens), made on first use.
 */
export const documentStore = (): DocumentStore => {
  shared ??= s3DocumentStore(documentsS3Client({ endpoint: process.env.S3_ENDPOINT, region: env.region }), documentsBucketFromEnv());
  return shared;
};
