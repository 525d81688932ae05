import { describe, expect, it } from 'vitest';
import { sampleEvent } from '../../shared/domain/sample-event.ts';
import { inquiryBody, pressEvent, submit } from './press-helpers.ts';

describe('inquiry references', () => {
  it('200 inquiries sent at once get 200 distinct, consecutive references', async () => {
    // One test client is one source IP: lift the hourly limits so only the sequence is under test.
    const { eventId } = await pressEvent('press-refs', {
      press: { defaultContact: 'technical-secretariat', hourlyLimit: 1000 },
      registration: { ...sampleEvent().registration, clientLimitPerHour: 1000 },
    });
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        submit(eventId, inquiryBody({ journalist: { name: `Reporter ${i}`, email: `reporter-${i}@example.com`, outlet: 'Wire' } })),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(200).fill(202));
    const numbers = answers.map((a) => Number(/^SACM7-P-(\d{4,})$/.exec(a.json.reference)?.[1])).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(new Set(answers.map((a) => a.json.id)).size).toBe(200);
  });
});
