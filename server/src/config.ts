import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';

export type DatabaseConfig =
  | { dialect: 'sqlite'; file: string }
  | { dialect: 'postgres'; url: string };

export type Config = {
  database: DatabaseConfig;
  port: number;
  host: string;
  publicUrl: string;
  smtpUrl: string | undefined;
  /** The service desk's inbound SMTP listener, when set: mail to it opens and threads tickets. */
  inboundSmtpPort: number | undefined;
  logLevel: string;
  /** Whose X-Forwarded-For to believe: false, true, a hop count, or addresses/CIDRs. */
  trustProxy: boolean | number | string;
  /** Signs nothing a client can forge today; kept for TOTP secret sealing. */
  secretKey: string;
  dataDir: string;
  /** The largest file a document upload accepts. */
  maxUploadBytes: number;
  /**
   * Who may create a workspace on this installation: any signed-in user, only users who
   * already own one, or nobody (the operator seeds them).
   */
  workspaceCreation: WorkspaceCreation;
  /** How many HTTP processes `npm start` runs (one per core unless told otherwise). */
  webConcurrency: number;
};

export type WorkspaceCreation = 'anyone' | 'owners' | 'nobody';

const envSchema = z.object({
  DATABASE_URL: z.string().min(1).default('./data/pontis.db'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  INBOUND_SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d+|[\d.:/a-fA-F, ]+)$/, 'true, false, a hop count, or addresses/CIDRs')
    .default('false'),
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(1024).default(25),
  WORKSPACE_CREATION: z.enum(['anyone', 'owners', 'nobody']).default('anyone'),
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
});

export function parseDatabaseUrl(value: string): DatabaseConfig {
  if (/^postgres(ql)?:\/\//.test(value)) return { dialect: 'postgres', url: value };
  const file = value.startsWith('sqlite:')
    ? value.slice('sqlite:'.length).replace(/^\/\//, '')
    : value;
  return { dialect: 'sqlite', file: file === ':memory:' ? file : resolve(file) };
}

/** Reads the environment; throws one message listing every wrong variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (as left by a copied .env.example) means "not set".
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const database = parseDatabaseUrl(e.DATABASE_URL);
  const dataDir =
    database.dialect === 'sqlite' && database.file !== ':memory:'
      ? dirname(database.file)
      : resolve('data');
  const port = e.PORT;
  return {
    database,
    port,
    host: e.HOST,
    // Parsed and printed again: `HTTPS://Example.COM/` and `https://example.com` are one URL,
    // so every check of its scheme (Secure cookies, HSTS) sees the same answer.
    publicUrl: new URL(e.PUBLIC_URL ?? `http://localhost:${port}`).href.replace(/\/$/, ''),
    smtpUrl: e.SMTP_URL,
    inboundSmtpPort: e.INBOUND_SMTP_PORT,
    logLevel: e.LOG_LEVEL,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    secretKey: e.SECRET_KEY ?? readOrCreateSecret(dataDir),
    dataDir,
    maxUploadBytes: e.MAX_UPLOAD_MB * 1024 * 1024,
    workspaceCreation: e.WORKSPACE_CREATION,
    webConcurrency: e.WEB_CONCURRENCY ?? availableParallelism(),
  };
}

/** `npm start` needs no configuration: the key is generated once and kept beside the data. */
function readOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'secret.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32).toString('base64url');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}
