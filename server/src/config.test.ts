import { describe, expect, it } from 'vitest';
import { loadConfig, parseDatabaseUrl } from './config.ts';

describe('configuration', () => {
  it('needs nothing: SQLite in ./data, port 3000, a generated secret', () => {
    const c = loadConfig({ DATABASE_URL: '/tmp/pontis-config-test/p.db' });
    expect(c.database).toEqual({ dialect: 'sqlite', file: '/tmp/pontis-config-test/p.db' });
    expect(c.port).toBe(3000);
    expect(c.trustProxy).toBe(false);
    expect(
      loadConfig({ DATABASE_URL: '/tmp/pontis-config-test/p.db', TRUST_PROXY: '1' }).trustProxy,
    ).toBe(1);
    expect(
      loadConfig({ DATABASE_URL: '/tmp/pontis-config-test/p.db', TRUST_PROXY: '10.0.0.0/8' })
        .trustProxy,
    ).toBe('10.0.0.0/8');
    expect(c.secretKey.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATABASE_URL: '/tmp/pontis-config-test/p.db' }).secretKey).toBe(
      c.secretKey,
    );
  });

  it('reads the public URL once, so its scheme decides Secure cookies whatever its case', () => {
    const c = loadConfig({
      DATABASE_URL: '/tmp/pontis-config-test/p.db',
      PUBLIC_URL: 'HTTPS://Pontis.Example.COM/',
    });
    expect(c.publicUrl).toBe('https://pontis.example.com');
  });

  it('names every wrong variable in one message', () => {
    expect(() => loadConfig({ PORT: 'eighty', SMTP_URL: 'http://x', LOG_LEVEL: 'loud' })).toThrow(
      /PORT[\s\S]*SMTP_URL[\s\S]*LOG_LEVEL|PORT[\s\S]*LOG_LEVEL[\s\S]*SMTP_URL/,
    );
  });

  it('reads sqlite: and postgres:// URLs', () => {
    expect(parseDatabaseUrl('postgres://u@h/db')).toEqual({
      dialect: 'postgres',
      url: 'postgres://u@h/db',
    });
    expect(parseDatabaseUrl('sqlite:///tmp/x.db')).toEqual({
      dialect: 'sqlite',
      file: '/tmp/x.db',
    });
  });
});
