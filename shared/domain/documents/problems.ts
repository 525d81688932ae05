/** The answer to a note verbale that failed the server's check (it has already been deleted). */
import { DomainError } from '../errors.ts';
import type { RejectionReason } from './note-verbale-verdict.ts';

const DETAILS: Record<RejectionReason, string> = {
  'wrong-key': 'This document does not belong to this delegation.',
  missing: 'No file arrived for this document; upload it again.',
  empty: 'The file is empty.',
  'too-large': 'The file is larger than 10 MB.',
  'not-pdf': 'The file is not a PDF.',
};

export class InvalidDocument extends DomainError {
  readonly reason: RejectionReason;

  constructor(reason: RejectionReason) {
    super({
      slug: 'invalid-document',
      status: 422,
      title: 'Invalid document',
      detail: DETAILS[reason],
      errors: [{ path: 'file', message: DETAILS[reason] }],
    });
    this.reason = reason;
  }
}
