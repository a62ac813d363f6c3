/** exceljs is large and needed only by imports and exports: loaded on first use. */
export const loadExcel = async () => (await import('exceljs')).default;
