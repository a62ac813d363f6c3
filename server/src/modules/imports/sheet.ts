import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '../../platform/errors/app-error.ts';

/** A file's rows as header → text, headers matched without regard to case or spaces. */
export type Sheet = Record<string, string>[];

export const MAX_ROWS = 5000;

const key = (header: string) =>
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
    transformHeader: key,
  });
  return capped(parsed.data);
}

/** The first worksheet; the first row is the header. */
export async function sheetFromXlsx(base64: string): Promise<Sheet> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  } catch {
    throw unreadable('not an Excel workbook (.xlsx)');
  }
  const ws = book.worksheets[0];
  if (!ws) throw unreadable('the workbook has no worksheet');
  const headers: string[] = [];
  ws.getRow(1).eachCell((cell, col) => {
    headers[col] = key(cell.text);
  });
  const rows: Sheet = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const values: Record<string, string> = {};
    row.eachCell((cell, col) => {
      const header = headers[col];
      if (header) values[header] = cell.text;
    });
    if (Object.values(values).some((v) => v.trim() !== '')) rows.push(values);
  });
  return capped(rows);
}
