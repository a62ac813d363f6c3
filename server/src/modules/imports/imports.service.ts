import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { type Sheet, sheetFromCsv, sheetFromXlsx } from '../../platform/http/sheet.ts';
import { type ImportKindName, importKinds } from './import-kinds.ts';
import type { importBody } from './imports.schema.ts';

type Input = z.infer<typeof importBody>;

const sheetOf = (input: Input): Promise<Sheet> | Sheet =>
  input.format === 'csv' ? sheetFromCsv(input.content) : sheetFromXlsx(input.content);

/** Every row read and checked, nothing written: what the preview shows and the import trusts. */
async function checkRows(ctx: Ctx, kind: ImportKindName, input: Input) {
  const spec = importKinds[kind];
  const sheet = await sheetOf(input);
  const rows = [];
  for (const [i, values] of sheet.entries()) {
    const { body, errors } = await spec.read(ctx.db, ctx, values);
    rows.push({ row: i + 2, values, errors, body });
  }
  return rows;
}

const shown = (rows: Awaited<ReturnType<typeof checkRows>>) =>
  rows.map(({ row, values, errors }) => ({ row, values, errors }));

export async function previewImport(ctx: Ctx, kind: ImportKindName, input: Input) {
  const rows = await checkRows(ctx, kind, input);
  const invalid = rows.filter((r) => Object.keys(r.errors).length > 0).length;
  return { rows: shown(rows), valid: rows.length - invalid, invalid };
}

/**
 * Imports the rows in one transaction through the same code as creating them by hand (numbers,
 * audit entries, events). In "all" mode one bad row stops everything and names each problem;
 * in "valid" mode the bad rows are skipped and reported.
 */
export async function runImport(ctx: Ctx, kind: ImportKindName, input: Input) {
  const spec = importKinds[kind];
  const rows = await checkRows(ctx, kind, input);
  const bad = rows.filter((r) => Object.keys(r.errors).length > 0);
  if (input.mode === 'all' && bad.length > 0) {
    throw new AppError(
      'validation_failed',
      `${bad.length} of ${rows.length} rows have errors; nothing was imported`,
      {
        fields: Object.fromEntries(
          bad.flatMap((r) =>
            Object.entries(r.errors).map(([field, messages]) => [
              `row ${r.row}.${field}`,
              messages,
            ]),
          ),
        ),
      },
    );
  }
  const good = rows.filter((r) => Object.keys(r.errors).length === 0);
  await ctx.db.transaction().execute(async (trx) => {
    for (const r of good) await spec.insert(trx, ctx, r.body as never);
    await audit(trx, ctx, {
      action: `${kind}.import`,
      changes: {
        created: { after: good.length },
        skipped: { after: bad.length },
        format: { after: input.format },
      },
    });
  });
  return { created: good.length, skipped: bad.length, rows: shown(bad) };
}
