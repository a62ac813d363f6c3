import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '../..');
const i18n = resolve(src, '../../web/src/i18n');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/**
 * Every audit action the server writes: `action: 'x.y'` literals, and `'x.y'` literals of the
 * same entities handed to the write helpers (writeContract(…, 'contract.submit')). Notification
 * kinds and event names look the same and are named apart, so they are left out.
 */
function auditActions(notificationKinds: Set<string>): string[] {
  const files = sourceFiles(src).map((f) => readFileSync(f, 'utf8'));
  const entities = new Set(
    files.flatMap((t) => [...t.matchAll(/action: '([a-z_]+)\.[a-z_]+'/g)].map((m) => m[1])),
  );
  const actions = new Set<string>();
  for (const line of files.flatMap((t) => t.split('\n'))) {
    // Notification kinds, links, imports and event names (outbox types) are not audit actions.
    if (/kind|tell\(|link:|[eE]vent|type: '|import /.test(line)) continue;
    for (const m of line.matchAll(/'([a-z_]+)\.([a-z_]+)'/g)) {
      const action = `${m[1]}.${m[2]}`;
      if (entities.has(m[1] as string) && !notificationKinds.has(action)) actions.add(action);
    }
  }
  return [...actions].sort();
}

describe('audit log labels', () => {
  it('name every audit action in both languages', () => {
    const read = (locale: string) => JSON.parse(readFileSync(join(i18n, `${locale}.json`), 'utf8'));
    const kinds = read('en-US').notification.kind as Record<string, Record<string, string>>;
    const actions = auditActions(
      new Set(
        Object.entries(kinds).flatMap(([e, verbs]) => Object.keys(verbs).map((v) => `${e}.${v}`)),
      ),
    );
    expect(actions).toEqual(expect.arrayContaining(['contract.submit', 'change.create']));
    for (const locale of ['en-US', 'zh-CN']) {
      const labels = read(locale).auditAction;
      const missing = actions.filter((a) => {
        const [entity, verb] = a.split('.') as [string, string];
        return typeof labels[entity]?.[verb] !== 'string';
      });
      expect(missing, locale).toEqual([]);
    }
  });
});
