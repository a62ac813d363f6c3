import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';

export type Upload = {
  fileName: string;
  bytes: Uint8Array;
  /** The form's text fields, whichever order they came in. */
  fields: Record<string, string>;
};

/**
 * Reads a multipart/form-data request with one `file` part into memory. The size limit is the
 * multipart plugin's: a larger file ends the request with 413 before it is all read.
 */
export async function readUpload(req: FastifyRequest): Promise<Upload> {
  if (!req.isMultipart()) {
    throw new AppError('unsupported_media_type', 'Send the file as multipart/form-data');
  }
  const fields: Record<string, string> = {};
  let file: { fileName: string; bytes: Uint8Array } | undefined;
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' || file) {
        throw new AppError('bad_request', 'Send exactly one file, in the field "file"');
      }
      file = { fileName: part.filename, bytes: await part.toBuffer() };
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  if (!file) throw new AppError('bad_request', 'The field "file" is missing');
  if (file.bytes.length === 0) throw new AppError('bad_request', 'The file is empty');
  return { ...file, fields };
}
