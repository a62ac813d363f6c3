import { extname } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../errors/app-error.ts';

/** Formats a contract, certificate or deliverable arrives in; nothing a browser would run. */
const binaryTypes = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
]);

/** Older Office files share one container format; their extension says which they are. */
const legacyOffice: Record<string, string> = {
  '.doc': 'application/msword',
  '.xls': 'application/vnd.ms-excel',
  '.ppt': 'application/vnd.ms-powerpoint',
};

/** Plain text has no signature, so the extension decides and the bytes must not be binary. */
const textTypes: Record<string, string> = {
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.md': 'text/markdown',
};

export const ACCEPTED_EXTENSIONS = [
  '.pdf',
  '.png',
  '.jpg',
  '.jpeg',
  '.docx',
  '.xlsx',
  '.pptx',
  '.odt',
  '.ods',
  ...Object.keys(legacyOffice),
  ...Object.keys(textTypes),
];

const unsupported = (fileName: string) =>
  new AppError(
    'unsupported_media_type',
    `${fileName} is not an accepted file type (${ACCEPTED_EXTENSIONS.join(', ')})`,
  );

/**
 * The file's real type from its first bytes, never from what the browser claimed: a file
 * renamed to .pdf is refused, and what is served back is always the type that was checked.
 */
export async function detectMediaType(bytes: Uint8Array, fileName: string): Promise<string> {
  const ext = extname(fileName).toLowerCase();
  const found = await fileTypeFromBuffer(bytes);
  if (found?.mime === 'application/x-cfb' && legacyOffice[ext]) return legacyOffice[ext];
  if (found) {
    if (binaryTypes.has(found.mime)) return found.mime;
    throw unsupported(fileName);
  }
  const text = textTypes[ext];
  if (text && !bytes.subarray(0, 8192).includes(0)) return text;
  throw unsupported(fileName);
}
