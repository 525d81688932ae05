import { describe, expect, it } from 'vitest';
import { api } from '../support/api.ts';

describe('the local platform', () => {
  it('answers the health check', async () => {
    const { status, json } = await api('/health');
    expect(status).toBe(200);
    expect(json.status).toBe('ok');
  });
});
