import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { AppError } from '../errors/app-error.ts';
import { loadExcel } from './excel.ts';

/** A file's rows as header → text, headers matched without regard to case or spaces. */
export type Sheet = Record<string, string>[];

export const MAX_ROWS = 5000;

/** A header as the sheet keys it: lower case, without spaces, underscores or dashes. */
export const headerKey = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');

const unreadable = (message: string) =>
  new AppError('validation_failed', message, { fields: { 'body.content': [message] } });

function capped(rows: Sheet): Sheet {
  if (rows.length === 0) throw unreadable('the file has no rows under its header');
  if (rows.length > MAX_ROWS) throw unreadable(`at most ${MAX_ROWS} rows at a time`);
  return rows;
}

export function sheetFromCsv(text: string): Sheet {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: headerKey,
  });
  return capped(parsed.data);
}

/**
 * The first worksheet; the first row is the header. The workbook is read as a stream and
 * reading stops past the row limit, so a large file costs no more memory than a small one.
 */
export async function sheetFromXlsx(base64: string): Promise<Sheet> {
  const ExcelJS = await loadExcel();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    Readable.from([Buffer.from(base64, 'base64')]),
    { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit' },
  );
  let headers: string[] | null = null;
  const rows: Sheet = [];
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        if (!headers) {
          const found: string[] = [];
          row.eachCell((cell, col) => {
            found[col] = headerKey(cell.text);
          });
          headers = found;
          continue;
        }
        const values: Record<string, string> = {};
        row.eachCell((cell, col) => {
          const header = headers?.[col];
          if (header) values[header] = cell.text;
        });
        if (Object.values(values).some((v) => v.trim() !== '')) rows.push(values);
        if (rows.length > MAX_ROWS) break;
      }
      break;
    }
  } catch {
    throw unreadable('not an Excel workbook (.xlsx)');
  }
  if (!headers) throw unreadable('the workbook has no worksheet');
  return capped(rows);
}
