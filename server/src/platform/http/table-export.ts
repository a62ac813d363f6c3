import { PassThrough, Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { csvField, spreadsheetSafe } from './csv.ts';
import { loadExcel } from './excel.ts';

export const exportQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });
export type ExportFormat = z.infer<typeof exportQuery>['format'];

/** A column of an export: the header (the API's field name, so a file can be imported back). */
export type Column<T> = { header: string; value: (item: T) => string | number | null };

type Page<T> = { items: T[]; nextCursor: string | null };

/** An export stops here; the list's filters narrow anything larger. */
const EXPORT_MAX = 100_000;
const PAGE = 200;

/** Every item of a list, through its own pages and cursor, as the list endpoint would give them. */
async function* allItems<T>(page: (limit: number, cursor?: string) => Promise<Page<T>>) {
  let cursor: string | undefined;
  for (let sent = 0; sent < EXPORT_MAX; ) {
    const p = await page(PAGE, cursor);
    yield p.items;
    sent += p.items.length;
    if (!p.nextCursor) return;
    cursor = p.nextCursor;
  }
}

async function* csvLines<T>(columns: Column<T>[], pages: AsyncGenerator<T[]>) {
  // A byte-order mark, so spreadsheet programs read the UTF-8 (Chinese names) correctly.
  yield `\uFEFF${columns.map((c) => csvField(c.header)).join(',')}\n`;
  for await (const items of pages) {
    yield items
      .map((item) => `${columns.map((c) => csvField(c.value(item))).join(',')}\n`)
      .join('');
  }
}

/**
 * The workbook written row by row into the response as the pages arrive: a 100,000-row export
 * never sits in memory whole.
 */
function workbookStream<T>(sheet: string, columns: Column<T>[], pages: AsyncGenerator<T[]>) {
  const out = new PassThrough();
  const write = async () => {
    const ExcelJS = await loadExcel();
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
    const ws = book.addWorksheet(sheet);
    const header = ws.addRow(columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    for await (const items of pages) {
      for (const item of items) {
        ws.addRow(
          columns.map((c) => {
            const v = c.value(item);
            return typeof v === 'number' ? v : spreadsheetSafe(v);
          }),
        ).commit();
      }
    }
    ws.commit();
    await book.commit();
  };
  write().catch((error: unknown) => out.destroy(error as Error));
  return out;
}

/** The download's name: the list and the caller's day. */
export function exportFile(
  req: { ctx: { clock: { now: () => Date } }; query: { format: ExportFormat } },
  name: string,
) {
  return { name, day: req.ctx.clock.now().toISOString().slice(0, 10), format: req.query.format };
}

/**
 * Sends a list as CSV or an Excel workbook, both streamed, every row the list's filters match,
 * in the list's order, named after the list and the day.
 */
export async function sendExport<T>(
  reply: FastifyReply,
  file: { name: string; day: string; format: ExportFormat },
  columns: Column<T>[],
  page: (limit: number, cursor?: string) => Promise<Page<T>>,
) {
  const { name, day, format } = file;
  reply.header('content-disposition', `attachment; filename="${name}-${day}.${format}"`);
  if (format === 'csv') {
    return reply
      .type('text/csv; charset=utf-8')
      .send(Readable.from(csvLines(columns, allItems(page))));
  }
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .send(workbookStream(name, columns, allItems(page)));
}
