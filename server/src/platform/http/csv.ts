/** Quotes every field and neutralises spreadsheet formulas (CSV injection). */
export function csvField(value: unknown): string {
  return `"${spreadsheetSafe(value).replace(/"/g, '""')}"`;
}

/** Text a spreadsheet will not run as a formula: a leading = + - @ or control gets a quote. */
export function spreadsheetSafe(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
