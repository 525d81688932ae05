/** What the document rules need from object storage; shared/adapters/s3-document-store.ts implements it on S3. */

/** What the server observed of a stored object: its size and type (HeadObject) and its first bytes (a ranged GET). */
export interface StoredObject {
  size: number;
  contentType: string | undefined;
  firstBytes: Uint8Array;
}

/** A browser form upload: POST `fields` (then the file, last) as multipart/form-data to `url`. */
export interface PresignedUpload {
  url: string;
  fields: Record<string, string>;
}

export interface UploadLimits {
  maxBytes: number;
  contentType: string;
  expiresInSeconds: number;
}

export interface DocumentStore {
  /** A presigned POST for exactly `key`, with the size range and content type as policy conditions (S3 enforces them). */
  presignUpload(key: string, limits: UploadLimits): Promise<PresignedUpload>;
  /** What is stored under `key`, or undefined when nothing is. `firstBytes` holds at most `firstBytesLength` bytes. */
  inspect(key: string, firstBytesLength: number): Promise<StoredObject | undefined>;
  /** Deletes the object (its current version; a versioned bucket keeps the older ones for the lifecycle to expire). */
  remove(key: string): Promise<void>;
  /** A short-lived GET URL for the object. */
  presignDownload(key: string, expiresInSeconds: number): Promise<string>;
}
