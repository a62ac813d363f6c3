import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { loggerOptions, redactUrl } from './logger.ts';

describe('the server log', () => {
  it('never writes the token of a link that signs someone in', async () => {
    const lines: string[] = [];
    const options = loggerOptions('info', false) as object;
    const app = Fastify({
      logger: { ...options, stream: { write: (l: string) => lines.push(l) } },
    });
    app.get('/api/v1/invitations/lookup', async () => ({ ok: true }));
    app.get('/api/v1/public/surveys/:token', async () => ({ ok: true }));
    await app.inject({ url: '/api/v1/invitations/lookup?token=inv-secret-123&x=1' });
    await app.inject({ url: '/api/v1/public/surveys/srv_secret456' });
    await app.close();
    const log = lines.join('');
    expect(log).toContain('token=[redacted]&x=1');
    expect(log).toContain('/public/surveys/[redacted]');
    expect(log).not.toMatch(/inv-secret-123|srv_secret456/);
    // JSON for a collector when no person watches the terminal.
    expect(() => JSON.parse(lines[0] as string)).not.toThrow();
  });

  it('keeps every other URL as it came', () => {
    expect(redactUrl('/api/v1/clients?q=token&limit=5')).toBe('/api/v1/clients?q=token&limit=5');
  });
});
