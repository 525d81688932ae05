import { describe, expect, it } from 'vitest';
import { allowsS3, s3NeedOf } from '../../local/s3-permissions.ts';

const KEY = 'notes-verbales/sacm-8/PE/01JDQ5V0Z8X3M4N5P6Q7R8S9T0.pdf';

describe('local IAM for S3', () => {
  it('authorizes each command as IAM does (HeadObject as GetObject)', () => {
    expect(s3NeedOf('HeadObjectCommand', { Key: KEY })).toEqual({ action: 'GetObject', key: KEY });
    expect(s3NeedOf('GetObjectCommand', { Key: KEY }).action).toBe('GetObject');
    expect(s3NeedOf('PutObjectCommand', { Key: KEY }).action).toBe('PutObject');
    expect(s3NeedOf('DeleteObjectCommand', { Key: KEY }).action).toBe('DeleteObject');
    expect(() => s3NeedOf('CopyObjectCommand', {})).toThrow(/does not know CopyObjectCommand/);
  });

  it('authorizes deleting one version as DeleteObjectVersion, and listings as ListBucket(Versions) on the prefix listed', () => {
    expect(s3NeedOf('DeleteObjectCommand', { Key: KEY, VersionId: 'v1' })).toEqual({ action: 'DeleteObjectVersion', key: KEY });
    expect(s3NeedOf('ListObjectsV2Command', { Prefix: 'notes-verbales/sacm-8/' })).toEqual({ action: 'ListBucket', key: 'notes-verbales/sacm-8/' });
    expect(s3NeedOf('ListObjectVersionsCommand', { Prefix: 'notes-verbales/sacm-8/' })).toEqual({
      action: 'ListBucketVersions',
      key: 'notes-verbales/sacm-8/',
    });
    const eraser = { s3: ['ListBucketVersions', 'DeleteObjectVersion'] as const };
    expect(allowsS3(eraser, { action: 'ListBucketVersions', key: 'notes-verbales/sacm-8/' })).toBe(true);
    expect(allowsS3(eraser, { action: 'ListBucketVersions', key: '' })).toBe(false);
    expect(allowsS3(eraser, { action: 'DeleteObject', key: KEY })).toBe(false);
  });

  it('allows only the declared actions, and only under notes-verbales/', () => {
    const reader = { s3: ['GetObject'] as const };
    expect(allowsS3(reader, { action: 'GetObject', key: KEY })).toBe(true);
    expect(allowsS3(reader, { action: 'DeleteObject', key: KEY })).toBe(false);
    expect(allowsS3(reader, { action: 'GetObject', key: 'other/secret.pdf' })).toBe(false);
    expect(allowsS3({ dynamodb: ['GetItem'] }, { action: 'GetObject', key: KEY })).toBe(false);
  });
});
