/** No personal data in logs: an error is logged by its name and place, never by its message. */
import { describe, expect, it } from 'vitest';
import { errorFacts } from '../../shared/observability/logger.ts';

describe('errorFacts', () => {
  it('keeps the error name and where it was thrown, and drops a message that quotes an address', () => {
    const error = new TypeError('One or more parameter values were invalid: EMAIL#ana.perez@example.org');
    const facts = errorFacts(error);
    expect(facts.errorName).toBe('TypeError');
    expect(facts.at).toContain('http-logging.test.ts');
    expect(JSON.stringify(facts)).not.toContain('ana.perez');
  });

  it('says only the type of a thrown non-error', () => {
    expect(errorFacts('ana@example.org')).toEqual({ errorName: 'string' });
  });
});
