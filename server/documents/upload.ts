import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Request } from 'express';
import busboy from 'busboy';
import { DocumentKind } from '../core/enums';

import type { FileStore } from './file-store';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The types we take, told by their first bytes, and the file-name endings each may carry. */
const TYPES = [
  { contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff], endings: ['jpg', 'jpeg'] },
  { contentType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], endings: ['png'] },
  { contentType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d], endings: ['pdf'] },
];

export function sniffType(head: Buffer): (typeof TYPES)[number] | null {
  return TYPES.find((t) => t.magic.every((byte, i) => head[i] === byte)) ?? null;
}

export class UploadRefused extends Error {
  constructor(readonly status: number, message: string, readonly field: string) { super(message); }
}

export interface ReceivedFile {
  kind: DocumentKind;
  fileName: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  tempPath: string;
}

/**
 * Streams one multipart upload (`kind`, `file`) to a temporary file in the store while hashing it
 * and reading its first bytes. Anything refused (no file, wrong type, too large) removes the
 * temporary file, so nothing is left behind.
 */
export function receiveUpload(req: Request, store: FileStore): Promise<ReceivedFile> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // utf8: Chinese file names arrive as UTF-8, not busboy's default latin1.
      parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, fieldSize: 1024 } });
    } catch {
      reject(new UploadRefused(400, 'send multipart/form-data with the fields kind and file', 'file'));
      return;
    }
    let kind: string | null = null;
    let received: Omit<ReceivedFile, 'kind'> | null = null;
    let refused: UploadRefused | null = null;
    let writing: Promise<void> = Promise.resolve();
    const temp = store.tempPath();
    parser.on('field', (name, value) => { if (name === 'kind') kind = value; });
    parser.on('file', (_name, stream, info) => {
      const hash = createHash('sha256');
      const out = fs.createWriteStream(temp);
      let size = 0;
      let head = Buffer.alloc(0);
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (head.length < 16) head = Buffer.concat([head, chunk]).subarray(0, 16);
        hash.update(chunk);
      });
      stream.on('limit', () => { refused = new UploadRefused(413, `the file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB`, 'file'); });
      stream.pipe(out);
      writing = new Promise((done, fail) => { out.on('finish', done); out.on('error', fail); });
      stream.on('end', () => {
        const fileName = (info.filename ?? '').trim() || 'upload';
        received = { fileName, contentType: '', byteSize: size, sha256: hash.digest('hex'), tempPath: temp };
        if (refused) return;
        const type = sniffType(head);
        const ending = fileName.toLowerCase().split('.').pop() ?? '';
        if (!type) refused = new UploadRefused(415, 'only JPEG, PNG and PDF files are taken (by their content)', 'file');
        else if (!type.endings.includes(ending)) {
          refused = new UploadRefused(415, `the file is ${type.contentType} but its name ends in .${ending}`, 'file');
        } else received.contentType = type.contentType;
        if (size === 0) refused = new UploadRefused(400, 'the file is empty', 'file');
      });
    });
    parser.on('error', () => { refused ??= new UploadRefused(400, 'the upload could not be read', 'file'); });
    parser.on('close', async () => {
      await writing.catch(() => { refused ??= new UploadRefused(500, 'the file could not be stored', 'file'); });
      if (!refused && !received) refused = new UploadRefused(400, 'no file was sent', 'file');
      if (!refused && !Object.values(DocumentKind).includes(kind as DocumentKind)) {
        refused = new UploadRefused(400, `kind must be one of ${Object.values(DocumentKind).join(', ')}`, 'kind');
      }
      if (refused) {
        fs.rmSync(temp, { force: true });
        reject(refused);
      } else {
        resolve({ ...received!, kind: kind as DocumentKind });
      }
    });
    req.pipe(parser);
  });
}

