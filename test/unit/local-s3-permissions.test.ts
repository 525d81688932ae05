import { describe, expect, it } from 'vitest';
import { allowsS3, s3NeedOf } from '../../local/s3-permissions.ts';

const KEY = 'notes-verbales/sacm-8/PE/01JDQ5V0Z8X3M4N5P6Q7R8S9T0.pdf';

describe('local IAM for S3', () => {
  it('authorizes each command as IAM does (HeadObject as GetObject)', () => {
    expect(s3NeedOf('HeadObjectCommand', { Key: KEY })).toEqual({ action: 'GetObject', key: KEY });
    expect(s3NeedOf('GetObjectCommand', { Key: KEY }).action).toBe('GetObject');
    expect(s3NeedOf('PutObjectCommand', { Key: KEY }).action).toBe('PutObject');
    expect(s3NeedOf('DeleteObjectCommand', { Key: KEY }).action).toBe('DeleteObject');
    expect(() => s3NeedOf('ListObjectsV2Command', {})).toThrow(/does not know ListObjectsV2Command/);
  });

  it('allows only the declared actions, and only under notes-verbales/', () => {
    const reader = { s3: ['GetObject'] as const };
    expect(allowsS3(reader, { action: 'GetObject', key: KEY })).toBe(true);
    expect(allowsS3(reader, { action: 'DeleteObject', key: KEY })).toBe(false);
    expect(allowsS3(reader, { action: 'GetObject', key: 'other/secret.pdf' })).toBe(false);
    expect(allowsS3({ dynamodb: ['GetItem'] }, { action: 'GetObject', key: KEY })).toBe(false);
  });
});
