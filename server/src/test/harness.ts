import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../app.ts';
import type { Config, DatabaseConfig } from '../config.ts';
import type { Db } from '../db/database.ts';
import { moduleDispatcher, moduleJob } from '../modules/registry.ts';
import type { BuiltinRoleKey } from '../platform/access/builtin-roles.ts';
import type { Clock } from '../platform/clock.ts';
import { systemActor } from '../platform/context.ts';
import { hashPassword } from '../platform/crypto.ts';
import { newId } from '../platform/ids.ts';
import { insertMember } from '../platform/workspaces/members.repository.ts';
import { createWorkspace } from '../platform/workspaces/workspaces.service.ts';
import { freshDatabase } from './databases.ts';

export const PASSWORD = 'correct horse battery';

/** A clock tests can move forward, for expiry and throttling. */
export function testClock(start = new Date('2026-11-27T09:00:00.000Z')) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
  } satisfies Clock & { advance: (ms: number) => void };
}

export type Harness = {
  app: FastifyInstance;
  db: Db;
  clock: ReturnType<typeof testClock>;
  config: Config;
};

/** One app over one fresh database for a describe block; torn down after it. */
export function useHarness(
  dialect: DatabaseConfig['dialect'],
  overrides: Partial<Config> = {},
): Harness {
  const h = {} as Harness;
  let drop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const fresh = await freshDatabase(dialect);
    drop = fresh.drop;
    h.db = fresh.db;
    h.clock = testClock();
    h.config = {
      database: fresh.config,
      port: 0,
      host: '127.0.0.1',
      publicUrl: 'http://localhost:3000',
      smtpUrl: undefined,
      inboundSmtpPort: undefined,
      logLevel: 'silent',
      trustProxy: false,
      secretKey: 'test-secret-key-test-secret-key-0123456789',
      dataDir: '/tmp',
      maxUploadBytes: 1024 * 1024,
      workspaceCreation: 'anyone',
      webConcurrency: 1,
      ...overrides,
    };
    h.app = await buildApp({ db: h.db, config: h.config, clock: h.clock });
    await h.app.ready();
  });
  afterAll(async () => {
    await h.app?.close();
    await drop();
  });
  return h;
}

export type Session = { cookie: string; userId: string; workspaceId: string; email: string };

/** Creates a user (and, unless joining one, a workspace they own) straight in the database. */
export async function createUser(
  h: Harness,
  options: { email?: string; workspaceId?: string; role?: BuiltinRoleKey } = {},
): Promise<{ userId: string; email: string; workspaceId: string }> {
  const email = options.email ?? `user-${newId()}@example.com`;
  const userId = newId();
  const now = h.clock.now().toISOString();
  const ctx = {
    db: h.db,
    config: h.config,
    clock: h.clock,
    actor: systemActor,
    membership: null,
    requestId: null,
    ip: null,
  };
  const passwordHash = await hashPassword(PASSWORD);
  const workspaceId = await h.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('users')
      .values({
        id: userId,
        email,
        name: email.split('@')[0] ?? email,
        password_hash: passwordHash,
        locale: 'en-US',
        time_zone: 'UTC',
        created_at: now,
        updated_at: now,
      })
      .execute();
    if (!options.workspaceId) {
      return (
        await createWorkspace(trx, ctx, {
          name: `WS ${email}`,
          baseCurrency: 'EUR',
          ownerUserId: userId,
        })
      ).workspaceId;
    }
    const role = await trx
      .selectFrom('roles')
      .select('id')
      .where('workspace_id', '=', options.workspaceId)
      .where('key', '=', options.role ?? 'member')
      .executeTakeFirstOrThrow();
    await insertMember(trx, {
      workspaceId: options.workspaceId,
      userId,
      roleId: role.id,
      name: email.split('@')[0] ?? email,
      createdBy: null,
      at: now,
    });
    return options.workspaceId;
  });
  return { userId, email, workspaceId };
}

let logins = 0;

export async function login(
  h: Harness,
  email: string,
  password = PASSWORD,
  totp?: string,
): Promise<string> {
  const res = await call(h, {
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password, ...(totp ? { totp } : {}) },
    // Each sign-in from its own address: tests sign in far more often than one person could,
    // and the per-IP limit on the login route is meant to notice exactly that.
    remoteAddress: `10.200.${(logins >> 8) & 255}.${logins++ & 255}`,
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'pontis_session');
  if (!cookie) throw new Error('no session cookie');
  return `pontis_session=${cookie.value}`;
}

/** A user with a workspace, signed in. */
export async function signedIn(
  h: Harness,
  options: Parameters<typeof createUser>[1] = {},
): Promise<Session> {
  const user = await createUser(h, options);
  const cookie = await login(h, user.email);
  return { ...user, cookie };
}

/** app.inject with the browser's CSRF header and an optional session. */
export function call(
  h: Harness,
  options: InjectOptions & { cookie?: string },
): Promise<LightMyRequestResponse> {
  const { cookie, headers, ...rest } = options;
  return h.app.inject({
    ...rest,
    headers: { 'x-requested-with': 'test', ...(cookie ? { cookie } : {}), ...headers },
  });
}

/** Uploads a file as the browser's upload control does: multipart, with its category. */
export function uploadFile(
  h: Harness,
  s: Session,
  url: string,
  file: { category: string; name: string; type: string; content: string },
): Promise<LightMyRequestResponse> {
  const boundary = 'pontis-upload';
  return call(h, {
    method: 'POST',
    url,
    cookie: s.cookie,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: [
      `--${boundary}`,
      'Content-Disposition: form-data; name="category"',
      '',
      file.category,
      `--${boundary}`,
      `Content-Disposition: form-data; name="file"; filename="${file.name}"`,
      `Content-Type: ${file.type}`,
      '',
      file.content,
      `--${boundary}--`,
      '',
    ].join('\r\n'),
  });
}

export async function auditCount(h: Harness, workspaceId: string | null): Promise<number> {
  let q = h.db.selectFrom('audit_entries').select((eb) => eb.fn.countAll<number>().as('n'));
  q = workspaceId ? q.where('workspace_id', '=', workspaceId) : q.where('workspace_id', 'is', null);
  return (await q.executeTakeFirstOrThrow()).n;
}

/** Binds a portal member to their client or supplier, as an admin would on the members page. */
export async function bindParty(
  h: Harness,
  s: Session,
  party: { type: 'client' | 'supplier'; id: string },
): Promise<void> {
  await h.db
    .updateTable('members')
    .set({ party_type: party.type, party_id: party.id })
    .where('user_id', '=', s.userId)
    .where('workspace_id', '=', s.workspaceId)
    .execute();
}

/**
 * The id of a position named `nameEn` in the session's workspace, added to the catalogue
 * through the API the first time a test names it.
 */
export async function positionId(h: Harness, s: Session, nameEn: string): Promise<string> {
  const found = await call(h, {
    method: 'GET',
    url: `/api/v1/positions?includeInactive=true&q=${encodeURIComponent(nameEn)}`,
    cookie: s.cookie,
  });
  const hit = found.json().items?.find((p: { nameEn: string }) => p.nameEn === nameEn);
  if (hit) return hit.id;
  const made = await call(h, {
    method: 'POST',
    url: '/api/v1/positions',
    cookie: s.cookie,
    payload: { nameEn, nameZh: nameEn },
  });
  if (made.statusCode !== 201) throw new Error(`position ${nameEn}: ${made.body}`);
  return made.json().id;
}

/** Runs a module's declared job now, as the worker would, and answers what it returned. */
export function runJob(h: Harness, name: string): Promise<unknown> {
  return moduleJob(name).run({ db: h.db, config: h.config, clock: h.clock });
}

/** Delivers every pending event to the modules' subscriptions, as the worker would. */
export async function dispatchEvents(h: Harness): Promise<void> {
  const dispatcher = moduleDispatcher({ db: h.db, config: h.config, clock: h.clock });
  while ((await dispatcher.dispatch()) > 0);
}
